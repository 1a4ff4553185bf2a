import type { ChartId } from '$lib/charts';
import type { ChartData } from '$lib/data/types';
import { en } from '$lib/i18n/messages.en';
import { ANNOTATIONS, type Annotation } from './annotations';
import { EXCERPTS } from './excerpts';

// Kept apart from annotations.ts, which the charts import: the check needs the English catalogue
// and the excerpts, which embeds must not download.

/** The value an annotation checks: its datum's, less the `less` datum's. Undefined when a datum is missing. */
function annotatedValue(a: Annotation, data: Readonly<Record<ChartId, ChartData>>): number | undefined {
	const value = (key: string) => data[a.chart]?.datums.find((d) => d.key === key)?.value;
	const main = value(a.datum);
	const less = a.less === undefined ? 0 : value(a.less);
	return main === undefined || less === undefined ? undefined : main - less;
}

/**
 * Every way the annotations disagree with the data, the excerpts or the catalogue, one message each
 * (empty when all hold).
 */
export function annotationProblems(
	data: Readonly<Record<ChartId, ChartData>>,
	annotations: Readonly<Record<string, Annotation>> = ANNOTATIONS
): string[] {
	const problems: string[] = [];
	for (const [id, a] of Object.entries(annotations)) {
		const where = `annotation "${id}" (${a.chart})`;
		for (const key of a.less === undefined ? [a.datum] : [a.datum, a.less]) {
			if (!data[a.chart]?.datums.some((d) => d.key === key)) problems.push(`${where}: no datum "${key}"`);
		}
		const quote = EXCERPTS.find((e) => e.id === a.excerpt)?.quote ?? '';
		if (!quote.includes(a.phrase)) problems.push(`${where}: excerpt "${a.excerpt}" does not say "${a.phrase}"`);
		if (!en[a.message].includes(a.phrase)) {
			problems.push(`${where}: message "${a.message}" does not quote "${a.phrase}"`);
		}
		const value = annotatedValue(a, data);
		if (value === undefined) continue;
		const label = a.less === undefined ? a.datum : `${a.datum} − ${a.less}`;
		if ('equals' in a.holds && value !== a.holds.equals) {
			problems.push(`${where}: the story's "${a.phrase}", but ${label} is ${value}`);
		}
		if ('nearly' in a.holds && !(value < a.holds.nearly && Math.round(value) === a.holds.nearly)) {
			problems.push(`${where}: the story's "${a.phrase}", but ${label} is ${value}`);
		}
	}
	return problems;
}

/**
 * Checks the annotations against the data.
 * @throws listing every annotation the data, the excerpts or the catalogue no longer support (fails the build)
 */
export function checkAnnotations(
	data: Readonly<Record<ChartId, ChartData>>,
	annotations: Readonly<Record<string, Annotation>> = ANNOTATIONS
): void {
	const problems = annotationProblems(data, annotations);
	if (problems.length)
		throw new Error(`The charts' annotations disagree with the AP story:\n- ${problems.join('\n- ')}`);
}
