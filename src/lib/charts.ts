import { CHART_IDS } from './charts/list.js';
import type { ChartDefinition } from './charts/shared/definition';

export { CHART_IDS };
export type ChartId = (typeof CHART_IDS)[number];

export interface ChartEntry {
	id: ChartId;
	/** Loads the chart's definition; pages that show one chart load only that chart's code. */
	load: () => Promise<ChartDefinition>;
}

const definitions = import.meta.glob<ChartDefinition>('./charts/*/index.ts', { import: 'default' });

/**
 * The registry: one entry per id of `charts/list.js`, each loading `charts/<id>/index.ts`. The home page,
 * chart pages, embeds, data files and tests all iterate it.
 */
export const CHARTS: readonly ChartEntry[] = CHART_IDS.map((id) => {
	const load = definitions[`./charts/${id}/index.ts`];
	if (!load) throw new Error(`chart "${id}" is listed in charts/list.js but has no charts/${id}/index.ts`);
	return { id, load };
});

export function isChartId(id: string): id is ChartId {
	return (CHART_IDS as readonly string[]).includes(id);
}
