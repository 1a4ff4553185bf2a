import type { ChartData, Source } from '$lib/data/types';

/**
 * A chart's distinct sources, most-cited first, one entry per publisher
 * (the first URL seen for it), so the source line names outlets rather than listing every page.
 */
export function chartSources(data: ChartData): Source[] {
	const counts = new Map<string, { source: Source; count: number }>();
	for (const d of data.datums) {
		for (const s of d.sources) {
			const entry = counts.get(s.title);
			if (entry) entry.count++;
			else counts.set(s.title, { source: s, count: 1 });
		}
	}
	return [...counts.values()].sort((a, b) => b.count - a.count).map((e) => e.source);
}

/** Every distinct source URL of a chart, in first-seen order (the full list on chart pages). */
export function allSources(data: ChartData): Source[] {
	const seen = new Map<string, Source>();
	for (const d of data.datums) for (const s of d.sources) if (!seen.has(s.url)) seen.set(s.url, s);
	return [...seen.values()];
}
