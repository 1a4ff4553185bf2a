import type { ChartId } from '$lib/charts';
import type { Between } from '$lib/i18n/keys';
import type { MessageKey } from '$lib/i18n/messages.en';

/**
 * The dated "Corrections and updates" list on the methodology page, newest first. Each entry names
 * the charts whose data or wording it changed; its text is `corrections.<id>.title` and
 * `corrections.<id>.body` in the catalogues. A chart's "data updated" date is its newest entry.
 */
export interface Correction {
	/** Has a title and a body in the catalogues (a type error otherwise). */
	id: Between<MessageKey, 'corrections.', '.title'>;
	/** ISO day the change was published. */
	date: string;
	charts: readonly ChartId[];
}

export const CORRECTIONS: readonly Correction[] = [
	{
		id: 'sources-2026-12',
		date: '2026-12-01',
		charts: ['h1b-cost', 'visa-costs', 'foreign-workers', 'youth-unemployment', 'h1b-demand']
	}
];

/** When a chart's data was last updated: the newest correction that touched it, or `null`. */
export function chartRevised(id: string): string | null {
	return CORRECTIONS.find((c) => (c.charts as readonly string[]).includes(id))?.date ?? null;
}
