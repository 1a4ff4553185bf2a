import type { PageLoad } from './$types';
import { CHARTS } from '$lib/charts';

/** Loads every chart component before rendering, so the server draws every chart into the HTML. */
export const load: PageLoad = async ({ data }) => {
	const components = new Map(
		await Promise.all(CHARTS.map(async (chart) => [chart.id, (await chart.load()).default] as const))
	);
	return {
		...data,
		sections: data.sections.map((section) => {
			const component = components.get(section.id);
			if (!component) throw new Error(`no chart "${section.id}" in the registry`);
			return { ...section, component };
		})
	};
};
