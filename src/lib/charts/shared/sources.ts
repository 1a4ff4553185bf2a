import type { ChartData, Source } from '$lib/data/types';
import type { Locale } from '$lib/i18n/locale';
import { producerIds, type ProducerId } from '$lib/data/producers';

/**
 * The outlet a reader knows a source title by: "Reuters via Zawya" is Reuters, "Central News Agency
 * (Taiwan)" is Central News Agency. The source line credits outlets; the full title stays in the
 * tooltip, the data table and the data files.
 */
export function outletOf(title: string): string {
	return title
		.split(' via ')[0]
		.replace(/\s*\([^()]*\)$/, '')
		.trim();
}

/** An outlet on a chart's source line, linked to the first page of it the chart cites. */
export interface Outlet {
	name: string;
	url: string;
	/** Data points whose strongest source it is. */
	count: number;
}

/** A chart's source line: who produced the numbers, then where we read them. */
export interface SourceLineModel {
	/** Producer institution ids (`producer.<id>` in the catalogues), most data points first. */
	producers: ProducerId[];
	/**
	 * Outlets of each data point's strongest (first) source, most data points first. An outlet that
	 * is itself the producer (a statistics office's own release) is not repeated as "via".
	 */
	outlets: Outlet[];
}

/** Keys of `counts` by count, highest first; ties keep first-seen order. */
function byCount<T>(counts: Map<T, number>): T[] {
	return [...counts].sort((a, b) => b[1] - a[1]).map(([k]) => k);
}

export function sourceLineModel(data: ChartData): SourceLineModel {
	const producers = new Map<ProducerId, number>();
	const outlets = new Map<string, Outlet>();
	const producerNames = new Set(data.datums.flatMap((d) => d.producers));
	for (const d of data.datums) {
		for (const id of producerIds(d.producers)) producers.set(id, (producers.get(id) ?? 0) + 1);
		const first = d.sources[0];
		if (!first) continue;
		const name = outletOf(first.title);
		if ([...producerNames].some((p) => p.startsWith(name))) continue;
		const entry = outlets.get(name);
		if (entry) entry.count++;
		else outlets.set(name, { name, url: first.url, count: 1 });
	}
	return {
		producers: byCount(producers),
		outlets: [...outlets.values()].sort((a, b) => b.count - a.count)
	};
}

/** A list as a sentence: "A, B and C" ("A、B和C"). */
export function listText(items: readonly string[], locale: Locale): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(locale.t('ui.listComma'))}${locale.t('ui.and')}${items.at(-1)}`;
}

/** The parts of a source line as a reader sees them, for the page (with links) and the images (text). */
export interface SourceLineText {
	/** "Source" or "Sources". */
	label: string;
	/** "National Bureau of Statistics of China, monthly releases" */
	producers: string;
	/** Outlets shown by name, with their links. */
	outlets: Outlet[];
	/** How many further outlets ("and 9 others"), 0 for none. */
	more: number;
}

/**
 * The source line: the producers (at most `maxProducers`, then "n other bodies"), the chart's
 * `<id>.releases` wording when it has one, and the first `maxOutlets` outlets as "via".
 */
export function sourceLineText(data: ChartData, locale: Locale, maxOutlets = 2, maxProducers = 3): SourceLineText {
	const model = sourceLineModel(data);
	const names = model.producers.map((id) => locale.t(`producer.${id}`));
	const shown = names.length > maxProducers ? names.slice(0, maxProducers - 1) : names;
	const hidden = names.length - shown.length;
	if (hidden === 1) shown.push(locale.t('ui.oneOtherProducer'));
	else if (hidden > 1) shown.push(locale.t('ui.otherProducers', { count: hidden }));
	const releasesKey = `${data.id}.releases`;
	const releases = locale.has(releasesKey) ? locale.t(releasesKey) : '';
	const list = listText(shown, locale);
	const producers = releases ? locale.t('ui.producerReleases', { producers: list, releases }) : list;
	const outlets = model.outlets.slice(0, maxOutlets);
	return {
		label: locale.t(model.producers.length > 1 ? 'ui.sources' : 'ui.source'),
		producers,
		outlets,
		more: model.outlets.length - outlets.length
	};
}

/** The whole source line as plain text, e.g. "Source: National Bureau of Statistics of China, monthly releases, via Reuters, Caixin and 9 others". */
export function sourceLineString(data: ChartData, locale: Locale, maxOutlets = 2): string {
	const line = sourceLineText(data, locale, maxOutlets);
	return `${line.label}${locale.t('ui.colon')}${line.producers}${viaText(line, locale)}`;
}

/** The text after each shown outlet: ", " between them, then " and " or " and 9 others" at the end. */
export function outletSeparators(line: SourceLineText, locale: Locale): string[] {
	const n = line.outlets.length;
	return line.outlets.map((_, i) => {
		if (i === n - 1) {
			if (line.more === 1) return locale.t('ui.andOneOther');
			return line.more > 1 ? locale.t('ui.andOthers', { count: line.more }) : '';
		}
		if (i === n - 2 && line.more === 0) return locale.t('ui.and');
		return locale.t('ui.listComma');
	});
}

/** ", via Reuters, Caixin and 9 others" (empty when no outlet is credited). */
export function viaText(line: SourceLineText, locale: Locale): string {
	if (line.outlets.length === 0) return '';
	const separators = outletSeparators(line, locale);
	return `${locale.t('ui.via')}${line.outlets.map((o, i) => `${o.name}${separators[i]}`).join('')}`;
}

/** Every distinct source URL of a chart, in first-seen order (the full list on chart pages). */
export function allSources(data: ChartData): Source[] {
	const seen = new Map<string, Source>();
	for (const d of data.datums) for (const s of d.sources) if (!seen.has(s.url)) seen.set(s.url, s);
	return [...seen.values()];
}
