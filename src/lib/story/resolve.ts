import type { ChartData, Datum } from '$lib/data/types';
import type { Locale } from '$lib/i18n/locale';
import { formatValue, xLabel } from '$lib/charts/shared/describe';
import type { Excerpt } from './excerpts';

/**
 * The datums an excerpt cites, looked up in its chart's data.
 * @throws when the excerpt points at a datum that does not exist (fails the build)
 */
export function citedDatums(excerpt: Excerpt, data: ChartData): Datum[] {
	return [excerpt.datum, ...excerpt.refs].map((key) => {
		const datum = data.datums.find((d) => d.key === key);
		if (!datum)
			throw new Error(
				`story excerpt "${excerpt.id}" cites datum "${key}", which chart "${excerpt.chart}" does not have`
			);
		return datum;
	});
}

/** The annotation under an excerpt: what the data shows, with the cited values filled in. */
export function annotationText(excerpt: Excerpt, cited: readonly Datum[], locale: Locale): string {
	const vars: Record<string, string> = {};
	cited.forEach((d, i) => {
		const suffix = i === 0 ? '' : String(i + 1);
		vars[`value${suffix}`] = formatValue(d, locale);
		vars[`when${suffix}`] = xLabel(excerpt.chart, d.at, locale);
	});
	return locale.t(`story.${excerpt.id}.annotation`, vars);
}
