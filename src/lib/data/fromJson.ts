import type { ChartJson } from './export';
import type { ChartData, Datum } from './types';

/** The address of chart `id`'s published data file (`/data/<id>.json`, see `chartJson`). */
export const dataFileUrl = (id: string) => `/data/${encodeURIComponent(id)}.json`;

/** What separates several producers in a data file's `producer` field (see `exportRows`). */
const PRODUCERS = ' ; ';

/**
 * The chart data behind a published data file, exactly as the build had it (a unit test round-trips
 * every chart): what the islands hydrate with, so a page's HTML carries its data once, drawn, and the
 * scripts fetch the file the data downloads already publish (cached, shared by every page of the chart).
 * Throws when the document is not a data file of this shape.
 */
export function chartDataFromJson(doc: ChartJson): ChartData {
	if (typeof doc?.id !== 'string' || typeof doc.updated !== 'string' || !Array.isArray(doc.rows))
		throw new Error('not a chart data file');
	const datums = doc.rows.map((row): Datum => {
		const d: Datum = {
			key: row.key,
			series: row.series,
			x: row.x,
			value: row.value,
			unit: row.unit,
			producers: row.producer.split(PRODUCERS),
			sources: [{ url: row.source_url, title: row.source_title }, ...row.other_sources],
			confidence: row.confidence
		};
		if (row.stack !== null) d.stack = row.stack;
		if (row.note !== null) d.note = row.note;
		return d;
	});
	return { id: doc.id, datums, updated: doc.updated };
}

/** Datum notes in a page's language, by datum key: only those that differ from `data`'s. */
export function notesBetween(data: ChartData, translated: ChartData): Record<string, string> {
	const notes: Record<string, string> = {};
	translated.datums.forEach((d, i) => {
		if (d.note !== undefined && d.note !== data.datums[i]?.note) notes[d.key] = d.note;
	});
	return notes;
}

/** `data` with the notes of `notes` (datum key → note) in place of its own. */
export function withNotes(data: ChartData, notes: Readonly<Record<string, string>> = {}): ChartData {
	return { ...data, datums: data.datums.map((d) => (notes[d.key] !== undefined ? { ...d, note: notes[d.key] } : d)) };
}
