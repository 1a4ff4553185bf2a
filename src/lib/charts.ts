import type { Component } from 'svelte';
import type { ChartProps } from './charts/shared/chartProps';

/** Chart ids are public URLs: never rename one, only add. */
export const CHART_IDS = ['h1b-cost', 'visa-costs', 'foreign-workers', 'youth-unemployment', 'h1b-demand'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export interface ChartEntry {
	id: ChartId;
	/** Loads the chart's component; pages that show one chart load only that chart's code. */
	load: () => Promise<{ default: Component<ChartProps> }>;
}

/** The registry: the home page, chart pages, embeds, data files and tests all iterate this list. */
export const CHARTS: readonly ChartEntry[] = [
	{ id: 'h1b-cost', load: () => import('./charts/h1b-cost/H1bCost.svelte') },
	{ id: 'visa-costs', load: () => import('./charts/visa-costs/VisaCosts.svelte') },
	{ id: 'foreign-workers', load: () => import('./charts/foreign-workers/ForeignWorkers.svelte') },
	{
		id: 'youth-unemployment',
		load: () => import('./charts/youth-unemployment/YouthUnemployment.svelte')
	},
	{ id: 'h1b-demand', load: () => import('./charts/h1b-demand/H1bDemand.svelte') }
];

export function isChartId(id: string): id is ChartId {
	return (CHART_IDS as readonly string[]).includes(id);
}
