import type { ChartData, Datum, Source } from '$lib/data/types';
import type { Locale } from '$lib/i18n/locale';
import { seriesLabel, stackLabel } from './dataTable';
import { xLabel } from './describe';

/** What one source backs in a chart: its data points, grouped by series (and stack component). */
export interface SourceSupport {
	source: Source;
	/** How many data points cite it. */
	count: number;
	/** One line per series, e.g. `16-24, students excluded: Dec 2023 – Nov 2025 (5 values)`. */
	lines: string[];
}

const LIST_MAX = 3;

/**
 * Every distinct source URL of a chart in first-cited order, each with the data points it supports.
 * A series with up to three points lists their dates; more are shown as a range with a count.
 */
export function sourceSupport(data: ChartData, locale: Locale): SourceSupport[] {
	const bySource = new Map<string, { source: Source; datums: Datum[] }>();
	for (const d of data.datums) {
		for (const s of d.sources) {
			const entry = bySource.get(s.url) ?? { source: s, datums: [] };
			entry.datums.push(d);
			bySource.set(s.url, entry);
		}
	}
	return [...bySource.values()].map(({ source, datums }) => {
		const groups = new Map<string, string[]>();
		for (const d of datums) {
			const series = seriesLabel(data.id, d, locale);
			const stack = stackLabel(data.id, d, locale);
			const label = stack ? locale.t('ui.seriesStack', { series, stack }) : series;
			groups.set(label, [...(groups.get(label) ?? []), xLabel(data.id, d.at, locale)]);
		}
		const lines = [...groups].map(([label, whens]) => {
			const span =
				whens.length <= LIST_MAX
					? whens.join(locale.t('chartPage.listComma'))
					: locale.t('chartPage.range', {
							from: whens[0],
							to: whens.at(-1)!,
							values: locale.t('chartPage.values', { count: whens.length })
						});
			return `${label}${locale.t('ui.colon')}${span}`;
		});
		return { source, count: datums.length, lines };
	});
}
