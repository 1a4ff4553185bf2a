import type { Lang, Locale } from '$lib/i18n/locale';
import { localizedPath } from '$lib/i18n/paths';
import { seriesLabel, stackLabel } from '$lib/charts/shared/dataTable';
import { xLabel } from '$lib/charts/shared/describe';
import type { ChartData, Confidence, Unit } from './types';

/** Columns of `/data/<id>.csv`, in order; the JSON rows have the same fields. */
export const EXPORT_COLUMNS = [
	'chart',
	'key',
	'series',
	'series_label',
	'x',
	'x_label',
	'stack',
	'stack_label',
	'value',
	'unit',
	'confidence',
	'producer',
	'source_url',
	'source_title',
	'other_sources',
	'note'
] as const;

/** One datum as the data files publish it. */
export interface ExportRow {
	chart: string;
	key: string;
	series: string;
	series_label: string;
	/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a category id. */
	x: string;
	x_label: string;
	/** Stack component id, or null when the datum is not part of a stack. */
	stack: string | null;
	stack_label: string | null;
	/** The exact number the chart draws, in `unit`. */
	value: number;
	unit: Unit;
	/** `confirmed`, `single`, `inferred` or `weak` (no reputable copy found: published, but unconfirmed). */
	confidence: Confidence;
	/** The institution(s) that produced the number, as the research names them; several joined by " ; ". */
	producer: string;
	/** The first (main) source of the number. */
	source_url: string;
	source_title: string;
	/** Further sources for the same number. */
	other_sources: { url: string; title: string }[];
	note: string | null;
}

/** One row per datum, in the chart's order, with English labels from `locale`. */
export function exportRows(data: ChartData, locale: Locale): ExportRow[] {
	return data.datums.map((d) => {
		const [main, ...others] = d.sources;
		if (!main) throw new Error(`${data.id}: datum "${d.key}" has no source`);
		return {
			chart: data.id,
			key: d.key,
			series: d.series,
			series_label: seriesLabel(data.id, d, locale),
			x: d.x,
			x_label: xLabel(data.id, d.at, locale),
			stack: d.stack ?? null,
			stack_label: d.stack ? stackLabel(data.id, d, locale) : null,
			value: d.value,
			unit: d.unit,
			confidence: d.confidence,
			producer: d.producers.join(' ; '),
			source_url: main.url,
			source_title: main.title,
			other_sources: others.map((s) => ({ url: s.url, title: s.title })),
			note: d.note ? locale.t(d.note) : null
		};
	});
}

/**
 * One CSV field per RFC 4180: quoted when it contains a comma, a double quote, CR or LF, with inner
 * quotes doubled. Numbers are written in full (`String(n)`), never in a locale's format.
 */
export function csvField(value: string | number | null): string {
	const text = value === null ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Records joined per RFC 4180: fields by commas, records by CRLF, a CRLF after the last one. */
export function toCsv(records: readonly (readonly (string | number | null)[])[]): string {
	return records.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * `/data/<id>.csv`: a header line of `EXPORT_COLUMNS`, then one record per datum. Further sources
 * are their URLs joined with ` ; ` (the research files' own separator). UTF-8 without a byte-order
 * mark, so programs read the first column's name as `chart` (see README, "Open data").
 */
export function chartCsv(rows: readonly ExportRow[]): string {
	return toCsv([
		EXPORT_COLUMNS,
		...rows.map((r) =>
			EXPORT_COLUMNS.map((column) =>
				column === 'other_sources' ? r.other_sources.map((s) => s.url).join(' ; ') : r[column]
			)
		)
	]);
}

/** The document of `/data/<id>.json`. */
export interface ChartJson {
	id: string;
	title: string;
	description: string;
	/** ISO date of the latest datum. */
	updated: string;
	licence: string;
	/** The chart page, root-relative. */
	page: string;
	columns: readonly string[];
	rows: ExportRow[];
}

/** `/data/<id>.json` for one chart, with English text. */
export function chartJson(data: ChartData, locale: Locale, licence: string): ChartJson {
	return {
		id: data.id,
		title: locale.t(`${data.id}.title`),
		description: locale.t(`${data.id}.subtitle`),
		updated: data.updated,
		licence,
		page: `/charts/${data.id}`,
		columns: EXPORT_COLUMNS,
		rows: exportRows(data, locale)
	};
}

/**
 * The files published for each chart, root-relative. The data files are English only; the images
 * exist in every language (`/zh/charts/<id>.svg`).
 */
export function chartFiles(id: string, lang: Lang = 'en') {
	return {
		csv: `/data/${id}.csv`,
		json: `/data/${id}.json`,
		svg: localizedPath(lang, `/charts/${id}.svg`),
		png: localizedPath(lang, `/charts/${id}.png`)
	};
}

/** `/data/index.json`: every dataset with its title, description, licence note and files. */
export function dataIndex(charts: readonly ChartData[], locale: Locale, licence: string) {
	return {
		title: locale.t('data.indexTitle'),
		description: locale.t('data.indexDescription'),
		licence,
		datasets: charts.map((data) => ({
			id: data.id,
			title: locale.t(`${data.id}.title`),
			description: locale.t(`${data.id}.subtitle`),
			updated: data.updated,
			rows: data.datums.length,
			page: `/charts/${data.id}`,
			files: chartFiles(data.id)
		}))
	};
}
