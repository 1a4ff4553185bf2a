import type { Datum } from '$lib/data/types';
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
	/** All of it in one sentence, for screen readers. */
	sentence: string;
}

/** Label of a datum's x value: a category from the catalogue, a month, a year or a fiscal year. */
export function xLabel(chartId: string, x: string, locale: Locale): string {
	const key = `${chartId}.category.${x}`;
	if (locale.has(key)) return locale.t(key);
	if (/^\d{4}-\d{2}-\d{2}$/.test(x)) return locale.fmt.day(x);
	if (/^\d{4}-\d{2}$/.test(x)) return locale.fmt.month(x);
	if (/^\d{4}$/.test(x)) return chartId === 'h1b-demand' ? locale.fmt.fiscalYear(x) : locale.fmt.year(x);
	return x;
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

export function describeDatum(chartId: ChartId, d: Datum, locale: Locale): DatumText {
	const label = seriesLabel(chartId, d, locale);
	const series = d.stack ? locale.t('ui.seriesStack', { series: label, stack: stackLabel(chartId, d, locale) }) : label;
	const when = xLabel(chartId, d.x, locale);
	const value = formatValue(d, locale);
	const first = d.sources[0]?.title ?? '';
	const source = d.sources.length > 1 ? locale.t('ui.sourceAndMore', { first, count: d.sources.length - 1 }) : first;
	const producer = producerNames(d, locale);
	const unconfirmed = d.confidence === 'weak' ? locale.t('ui.unconfirmed') : '';
	const sentence = locale.t('ui.datumSentence', { series, when, value, producer, source, unconfirmed }).trim();
	return { series, when, value, producer, source, unconfirmed, sentence };
}
