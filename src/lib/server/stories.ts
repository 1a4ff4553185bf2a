import { EXCERPTS, type ResolvedExcerpt } from '$lib/story/excerpts';
import { citedDatums } from '$lib/story/resolve';
import { CHART_DATA } from './datasets';

/** Every excerpt with the datums it cites; importing this module fails the build on a bad citation. */
export const RESOLVED_EXCERPTS: ResolvedExcerpt[] = EXCERPTS.map((e) => ({
	...e,
	cited: citedDatums(e, CHART_DATA[e.chart])
}));
