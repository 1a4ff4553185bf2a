import type { PageLoad } from './$types';
import { CHARTS } from '$lib/charts';

/** Loads only this chart's component. */
export const load: PageLoad = async ({ data }) => {
	const entry = CHARTS.find((c) => c.id === data.id)!;
	return { ...data, component: (await entry.load()).default };
};
