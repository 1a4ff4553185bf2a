import type { Datum } from '$lib/data/types';
import type { At } from '$lib/data/at';
import type { Locale } from '$lib/i18n/locale';
import { producerIds } from '$lib/data/producers';
import type { ChartId } from '$lib/charts';
import { datumLabelKey } from '$lib/i18n/keys';

/** What a tooltip, the live region and the data table say about one datum. */
export interface DatumText {
	series: string;
	when: string;
	value: string;
	/** Who produced the number, in the reader's language, e.g. "National Bureau of Statistics of China". */
	producer: string;
	/** Where we read it: the strongest source's title (publisher names stay English). */
	source: string;
	/** "Unconfirmed: …" for a weak datum, '' otherwise. */
	unconfirmed: string;
	/**
	 * For a part of a stacked mark: the whole mark's total (the year's fees for that employer) with who
	 * produced its parts, e.g. "Total in 2024: $5,460, the sum of 4 fees (…)"; '' otherwise.
	 */
	total: string;
	/** All of it in one sentence, for screen readers. */
	sentence: string;
}

/** Label of a datum's x value (`Datum.at`): a category from the catalogue, a day, a month, a year or a fiscal year. */
export function xLabel(chartId: string, at: At, locale: Locale): string {
	switch (at.kind) {
		case 'category': {
			const key = `${chartId}.category.${at.id}`;
			return locale.has(key) ? locale.t(key) : at.id;
		}
		case 'day':
			return locale.fmt.day(at.date);
		case 'month':
			return locale.fmt.month(at.date);
		case 'year':
			return locale.fmt.year(at.year);
		case 'fiscal-year':
			return locale.fmt.fiscalYear(at.year);
	}
}

export function formatValue(d: Pick<Datum, 'value' | 'unit'>, locale: Locale): string {
	switch (d.unit) {
		case 'percent':
			return locale.fmt.percent(d.value);
		case 'usd':
			return locale.fmt.usd(d.value);
		default:
			return locale.fmt.number(d.value);
	}
}

/** The institutions behind a datum, named in the reader's language ("A and B"). */
export function producerNames(d: Pick<Datum, 'producers'>, locale: Locale): string {
	const names = producerIds(d.producers).map((id) => locale.t(`producer.${id}`));
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(locale.t('ui.listComma'))}${locale.t('ui.and')}${names.at(-1)}`;
}

/**
 * Label of a datum's series, as the chart's direct labels and tooltips name it. A datum that measures
 * something else than the rest of its series has its own label, `<chartId>.datum.<key>` (h1b-demand's
 * 2027 column counts "properly submitted", not eligible, registrations).
 */
export function seriesLabel(
	chartId: ChartId,
	d: Pick<Datum, 'series'> & Partial<Pick<Datum, 'key'>>,
	locale: Locale
): string {
	const own = `${chartId}.datum.${d.key}`;
	if (d.key !== undefined && locale.has(own)) return locale.t(own);
	return locale.t(datumLabelKey(locale, chartId, 'series', d.series));
}

/** Label of a datum's stack component (fee item, …), or '' when it is not stacked. */
export function stackLabel(chartId: ChartId, d: Pick<Datum, 'stack'>, locale: Locale): string {
	return d.stack ? locale.t(datumLabelKey(locale, chartId, 'stack', d.stack)) : '';
}

/**
 * The total of the stacked mark `d` is part of (its series at its x, every part summed), worded with
 * the number of parts and the institutions that produced them; '' when `d` is not part of a stack
 * of two or more, or no datums are given.
 */
export function stackTotal(chartId: ChartId, d: Datum, datums: readonly Datum[], locale: Locale): string {
	if (!d.stack) return '';
	const parts = datums.filter((p) => p.stack && p.series === d.series && p.x === d.x && p.unit === d.unit);
	if (parts.length < 2) return '';
	const sum = parts.reduce((acc, p) => acc + p.value, 0);
	const own = `${chartId}.stackTotal`;
	return locale.t(locale.has(own) ? own : 'ui.stackTotal', {
		when: xLabel(chartId, d.at, locale),
		value: formatValue({ value: sum, unit: d.unit }, locale),
		count: parts.length,
		producer: producerNames({ producers: [...new Set(parts.flatMap((p) => p.producers))] }, locale)
	});
}

/**
 * What a tooltip says about `d`; given the chart's `datums`, a part of a stacked mark also gets the
 * mark's total (`stackTotal`).
 */
export function describeDatum(chartId: ChartId, d: Datum, locale: Locale, datums: readonly Datum[] = []): DatumText {
	const label = seriesLabel(chartId, d, locale);
	const series = d.stack ? locale.t('ui.seriesStack', { series: label, stack: stackLabel(chartId, d, locale) }) : label;
	const when = xLabel(chartId, d.at, locale);
	const value = formatValue(d, locale);
	const first = d.sources[0]?.title ?? '';
	const source = d.sources.length > 1 ? locale.t('ui.sourceAndMore', { first, count: d.sources.length - 1 }) : first;
	const producer = producerNames(d, locale);
	const unconfirmed = d.confidence === 'weak' ? locale.t('ui.unconfirmed') : '';
	const total = stackTotal(chartId, d, datums, locale);
	const sentence = [locale.t('ui.datumSentence', { series, when, value, producer, source, unconfirmed }).trim(), total]
		.filter(Boolean)
		.join(' ');
	return { series, when, value, producer, source, unconfirmed, total, sentence };
}
