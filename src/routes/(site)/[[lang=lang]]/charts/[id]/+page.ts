import type { PageLoad } from './$types';
import { CHARTS } from '$lib/charts';

/** Loads only this chart's definition. */
export const load: PageLoad = async ({ data }) => {
	const entry = CHARTS.find((c) => c.id === data.id)!;
	return { ...data, chart: await entry.load() };
};
