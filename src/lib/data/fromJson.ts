import { isChartId } from '$lib/charts';
import type { ChartJson } from './export';
import type { ChartData, Datum, DatumFlag } from './types';
import type { NoteKey } from './notes';
import { parseAt, xKinds, type XKinds } from './at';

/** The address of chart `id`'s published data file (`/data/<id>.json`, see `chartJson`). */
export const dataFileUrl = (id: string) => `/data/${encodeURIComponent(id)}.json`;

/** What separates several producers in a data file's `producer` field (see `exportRows`). */
const PRODUCERS = ' ; ';

/**
 * What a chart's data holds beyond its published data file: the kind of x of each series (the file
 * does not say that h1b-demand's years are fiscal years), and by datum key the catalogue key of each
 * datum's note (the file has its English words) and the flags the chart marks on numbers. Small: an
 * island's props carry it beside the messages.
 */
export interface DatumExtras {
	x: XKinds;
	notes?: Record<string, NoteKey>;
	flags?: Record<string, DatumFlag>;
}

/** The extras of `data` (see `DatumExtras`), only the fields some datum has. */
export function datumExtras(data: ChartData): DatumExtras {
	const notes = Object.fromEntries(data.datums.flatMap((d) => (d.note ? [[d.key, d.note]] : [])));
	const flags = Object.fromEntries(data.datums.flatMap((d) => (d.flag ? [[d.key, d.flag]] : [])));
	return {
		x: xKinds(data.datums),
		...(Object.keys(notes).length ? { notes } : {}),
		...(Object.keys(flags).length ? { flags } : {})
	};
}

/**
 * The chart data behind a published data file and its `extras`, exactly as the build had it (a unit
 * test round-trips every chart): what the islands hydrate with, so that a page's HTML carries its data
 * once, drawn, and the scripts fetch the file the data downloads already publish (cached, shared by
 * every page that shows the chart). Each row's x is read as its series' kind (`extras.x`).
 * @throws when the document is not a data file of this shape, or an x is not of its series' kind
 */
export function chartDataFromJson(doc: ChartJson, extras: DatumExtras): ChartData {
	const id = doc?.id;
	if (typeof id !== 'string' || !isChartId(id) || typeof doc.updated !== 'string' || !Array.isArray(doc.rows))
		throw new Error('not a chart data file');
	const atOf = (row: ChartJson['rows'][number]) => {
		const kind = extras.x?.[row.series];
		if (!kind) throw new Error(`${dataFileUrl(id)}: series "${row.series}" has no kind of x`);
		try {
			return parseAt(row.x, kind);
		} catch (error) {
			throw new Error(`${dataFileUrl(id)}: row "${row.key}": ${(error as Error).message}`, { cause: error });
		}
	};
	const datums = doc.rows.map((row): Datum => {
		const d: Datum = {
			key: row.key,
			series: row.series,
			x: row.x,
			at: atOf(row),
			value: row.value,
			unit: row.unit,
			producers: row.producer.split(PRODUCERS),
			sources: [{ url: row.source_url, title: row.source_title }, ...row.other_sources],
			confidence: row.confidence
		};
		if (row.stack !== null) d.stack = row.stack;
		const note = extras.notes?.[row.key];
		const flag = extras.flags?.[row.key];
		if (note) d.note = note;
		if (flag) d.flag = flag;
		return d;
	});
	return { id, datums, updated: doc.updated };
}
