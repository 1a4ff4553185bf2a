import type { PageLoad } from './$types';
import { CHARTS } from '$lib/charts';
import { unpackChartData } from '$lib/embed/data';

/** Unpacks the chart's data and loads only this chart's component, so an embed carries no other chart's code. */
export const load: PageLoad = async ({ data }) => {
	const entry = CHARTS.find((c) => c.id === data.id)!;
	const { packed, ...rest } = data;
	return { ...rest, data: unpackChartData(packed), component: (await entry.load()).default };
};
