import type { ChartData, Datum, Source } from '$lib/data/types';
import type { ChartId } from '$lib/charts';
import type { NoteKey } from '$lib/data/notes';
import { sourceLineModel } from '$lib/charts/shared/sources';

/** How many outlets an embed's source line names (ChartFrame's `maxSources`). */
export const EMBED_SOURCES = 2;

/**
 * A chart's data as an embed ships it, holding only what the embed shows: every datum and value
 * unchanged, and every source still naming its publisher, but the links reduced to what can be
 * clicked. The source line links the first `shown` outlets, each with its first link in the
 * chart, exactly as on the page; the tooltips name publishers without links, so the other sources keep
 * only their publisher's site (`https://host`). Unique article URLs are most of a chart's page
 * data and compress badly; every datum's own links stay on the chart page and in the data files.
 */
export function embedData(data: ChartData, shown = EMBED_SOURCES): ChartData {
	const linked = new Set(
		sourceLineModel(data)
			.outlets.slice(0, shown)
			.map((o) => o.url)
	);
	const byTitle = new Map<string, Source>();
	const slim = (s: Source): Source => {
		if (linked.has(s.url)) return s;
		let out = byTitle.get(s.title);
		if (!out) {
			out = { url: new URL(s.url).origin, title: s.title };
			byTitle.set(s.title, out);
		}
		return out;
	};
	return { ...data, datums: data.datums.map((d) => ({ ...d, sources: d.sources.map(slim) })) };
}

/**
 * Chart data in columns, as an embed's page data carries it: one array per field and each source
 * once, referenced by index. Repeated field names and source objects are most of the row form;
 * columns compress to about 25% less (h1b-cost: 3.3 KB to 2.5 KB gzipped). `unpackChartData`
 * restores the rows exactly.
 */
export interface PackedChartData {
	id: ChartId;
	updated: string;
	sources: Source[];
	key: string[];
	series: string[];
	x: string[];
	value: number[];
	unit: Datum['unit'][];
	confidence: Datum['confidence'][];
	/** Indexes into `sources`, per datum. */
	cites: number[][];
	/** Every producer once; `made` indexes into it, per datum. */
	producers: string[];
	made: number[][];
	/** Only when some datum has one; null for the others. */
	stack?: (string | null)[];
	note?: (NoteKey | null)[];
	flag?: (Datum['flag'] | null)[];
}

/** `data` in columns (see `PackedChartData`). */
export function packChartData(data: ChartData): PackedChartData {
	const sources: Source[] = [];
	const index = new Map<Source, number>();
	const cite = (s: Source) => {
		let i = index.get(s) ?? sources.findIndex((t) => t.url === s.url && t.title === s.title);
		if (i < 0) i = sources.push({ url: s.url, title: s.title }) - 1;
		index.set(s, i);
		return i;
	};
	const producers = [...new Set(data.datums.flatMap((d) => d.producers))];
	const column = <K extends keyof Datum>(k: K) => data.datums.map((d) => d[k]);
	const optional = (k: 'stack' | 'note' | 'flag') =>
		data.datums.some((d) => d[k] !== undefined) ? { [k]: data.datums.map((d) => d[k] ?? null) } : {};
	return {
		id: data.id,
		updated: data.updated,
		sources,
		key: column('key'),
		series: column('series'),
		x: column('x'),
		value: column('value'),
		unit: column('unit'),
		confidence: column('confidence'),
		cites: data.datums.map((d) => d.sources.map(cite)),
		producers,
		made: data.datums.map((d) => d.producers.map((p) => producers.indexOf(p))),
		...optional('stack'),
		...optional('note'),
		...optional('flag')
	};
}

/** The rows of `packed`, exactly as `packChartData` was given them. */
export function unpackChartData(packed: PackedChartData): ChartData {
	const datums = packed.key.map((key, i): Datum => {
		const d: Datum = {
			key,
			series: packed.series[i],
			x: packed.x[i],
			value: packed.value[i],
			unit: packed.unit[i],
			producers: packed.made[i].map((j) => packed.producers[j]),
			sources: packed.cites[i].map((j) => packed.sources[j]),
			confidence: packed.confidence[i]
		};
		const stack = packed.stack?.[i];
		const note = packed.note?.[i];
		if (stack != null) d.stack = stack;
		if (note != null) d.note = note;
		const flag = packed.flag?.[i];
		if (flag != null) d.flag = flag;
		return d;
	});
	return { id: packed.id, datums, updated: packed.updated };
}
