import type { PageLoad } from './$types';
import { CHARTS } from '$lib/charts';

/** Loads every chart's definition before rendering, so the server draws every chart into the HTML. */
export const load: PageLoad = async ({ data }) => {
	const charts = await Promise.all(CHARTS.map((chart) => chart.load()));
	return {
		...data,
		sections: data.sections.map((section, i) => ({ ...section, chart: charts[i] }))
	};
};
