// Helpers the charts' data.ts files share to turn validated rows into datums.
import { weakest } from './h1bFees';
import type { Confidence, Source } from './types';

/** Sources of several rows, each URL once, in first-seen order. */
export function mergeSources(lists: readonly Source[][]): Source[] {
	const seen = new Map<string, Source>();
	for (const list of lists) for (const s of list) if (!seen.has(s.url)) seen.set(s.url, s);
	return [...seen.values()];
}

/** Producers of several rows, each once, in first-seen order. */
export function mergeProducers(lists: readonly string[][]): string[] {
	return [...new Set(lists.flat())];
}

/** The weakest of several confidence levels. */
export function weakestOf(levels: readonly Confidence[]): Confidence {
	return levels.reduce(weakest, 'confirmed');
}

/** Latest ISO date among `YYYY`, `YYYY-MM` or `YYYY-MM-DD` strings, as a full day. */
export function latest(dates: readonly string[]): string {
	const day = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-01` : d);
	return dates.map(day).sort().at(-1) ?? '';
}
