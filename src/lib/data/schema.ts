import { z } from 'zod';
import { parseSources } from './sources';
import type { Confidence, Source } from './types';

/** How numbers are written in the raw files: digits, optionally a minus sign and one "." with decimals. */
export const PLAIN_DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/**
 * A required number written as a plain decimal (`17.7`, `100000`, `0.5`). Anything else fails
 * rather than being read some other way: `0x7`, `1e3`, `17,7`, `1,000`, `+7`, `.5`, `7.`, `007`,
 * spaces around the digits. Empty cells are rejected instead of becoming 0.
 */
export const amount = z
	.string()
	.min(1, 'value is missing')
	.transform((s, ctx) => {
		if (!PLAIN_DECIMAL.test(s)) {
			ctx.addIssue({
				code: 'custom',
				message: `"${s}" is not a number written as a plain decimal (digits with an optional "." and decimals, e.g. 17.7)`
			});
			return z.NEVER;
		}
		return Number(s);
	});

export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
export const isoMonth = z.string().regex(/^\d{4}-\d{2}$/, 'expected a month as YYYY-MM');
export const year = z.string().regex(/^\d{4}$/, 'expected a year as YYYY');

/** One or more http(s) URLs separated by ` ; ` or ` | `. */
export const sources = z.string().transform((cell, ctx) => {
	try {
		return parseSources(cell);
	} catch (error) {
		ctx.addIssue({ code: 'custom', message: (error as Error).message });
		return z.NEVER;
	}
});

/** The institution that produced a number (e.g. "National Bureau of Statistics of China"), as the research names it. */
export const producer = z.string().trim().min(1, 'no producer: every row names the institution behind its number');

/** The publisher of the first source URL, as the research names it (e.g. "Reuters via Zawya"). */
export const sourceTitle = z.string().trim().min(1, 'no source title for the first URL');

/**
 * Columns every sourced row has, before `source_url`: who produced the number and who published the
 * first URL. The first source takes the research's `source_title` (it names that page's publisher
 * exactly, e.g. "Reuters via Zawya"); further URLs are named from the publisher table.
 */
export const attribution = { producer, source_title: sourceTitle, source_url: sources };

/** Gives the first source of a row the research's own `source_title`. */
export function titled<T extends { source_title: string; source_url: Source[] }>(row: T): T {
	const [first, ...rest] = row.source_url;
	return { ...row, source_url: [{ ...first, title: row.source_title }, ...rest] };
}

/**
 * The research's confidence labels, matched exactly. A label is one of these forms, optionally followed
 * by a reason in brackets, after a colon or after a semicolon (the first form decides the level):
 * - confirmed: `confirmed`, `confirmed_2plus`, `confirmed by 2+`, `confirmed approximately`,
 *   `confirmed by 2+ for 2025` (… `for <scope>`)
 * - single: `single source`, `single_source`, `single source for 77,609` (… `for <figure>`)
 * - inferred: `inferred (from stated change)`, `inferred (sum)`, `inferred (sum: …)`, `inferred (<reason>)`, `inferred`
 * - weak (no reputable copy; published but marked unconfirmed): `weak (<reason>)`, `weak: <reason>`;
 *   a weak label names its reason
 * Anything else, such as `singlehanded guess` or `confirmedish`, is an unknown form and fails.
 */
const CONFIDENCE_FORMS: readonly [RegExp, Confidence][] = [
	[/^confirmed(?:_2plus| by 2\+)?(?: approximately)?(?: for [^;:()]+)?(?:$| \(|: |; )/, 'confirmed'],
	[/^single(?:_source| source)(?: for [^;:()]+)?(?:$| \(|: |; )/, 'single'],
	[/^inferred(?:$| \(|: |; )/, 'inferred'],
	[/^weak(?: \(|: )./, 'weak']
];

/** The level of a research confidence label, or `null` for a form the research does not use. */
export function confidenceLevel(label: string): Confidence | null {
	return CONFIDENCE_FORMS.find(([form]) => form.test(label))?.[1] ?? null;
}

/** A confidence label, folded into four levels. "gap" rows never reach a chart. */
export const confidence = z.string().transform((label, ctx): Confidence => {
	const level = confidenceLevel(label);
	if (level) return level;
	ctx.addIssue({
		code: 'custom',
		message: `unknown confidence "${label}" (expected confirmed…, single source…, inferred… or weak (reason))`
	});
	return z.NEVER;
});

export const YouthRow = z
	.object({
		month: isoMonth,
		series: z.enum([
			'16-24_excl_students',
			'25-29_excl_students',
			'30-59_excl_students',
			'16-24_incl_students_old',
			'urban_all'
		]),
		value_percent: amount.pipe(z.number().min(0).max(100)),
		...attribution,
		confidence
	})
	.transform(titled);
export type YouthRow = z.output<typeof YouthRow>;

export const FeeComponentRow = z
	.object({
		component: z.enum(['i129', 'acwia', 'fraud', 'asylum', 'registration', 'proclamation']),
		employer: z.enum(['all', 'large', 'small']),
		applies_when: z.enum(['always', 'abroad']),
		amount_usd: amount.pipe(z.number().min(0)),
		effective_from: isoDay,
		effective_to: z.union([isoDay, z.literal('')]).transform((s) => s || null),
		date_confidence: z.enum(['confirmed', 'approximate', 'inferred']),
		...attribution,
		confidence
	})
	.transform(titled);
export type FeeComponentRow = z.output<typeof FeeComponentRow>;

export const VisaCostRow = z
	.object({
		route: z.string().transform((s) => s.split(/\s+/).filter(Boolean)),
		country: z.string().min(1),
		visa: z.string().min(1),
		component: z.string().min(1),
		amount_local: amount,
		currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO currency code'),
		amount_usd: amount.pipe(z.number().min(0)),
		fx_date: z.string().min(1),
		...attribution,
		confidence
	})
	.transform(titled);
export type VisaCostRow = z.output<typeof VisaCostRow>;

/**
 * The research's own totals for routes with several components (its TOTAL rows, converted from the
 * local-currency total in one step). Their sources are the component rows of the same route.
 */
export const VisaTotalRow = z.object({
	route: z.string().regex(/^[a-z-]+$/, 'expected a route id'),
	total_local: amount.pipe(z.number().min(0)),
	currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO currency code'),
	total_usd: amount.pipe(z.number().min(0)),
	research_label: z.string().min(1)
});
export type VisaTotalRow = z.output<typeof VisaTotalRow>;

/**
 * Rows of h1b-demand.csv. Rows whose confidence is `gap` or `gap (<reason>)` carry no value: they are
 * kept only to say what is missing.
 */
export const DemandRow = z
	.object({
		fiscal_year: year,
		measure: z.string().min(1),
		value: z.string(),
		producer,
		source_title: z.string(),
		source_url: z.string(),
		confidence: z.string()
	})
	.transform((row, ctx) => {
		if (/^gap(?:$| \()/.test(row.confidence)) {
			return { fiscal_year: row.fiscal_year, measure: row.measure, gap: true as const };
		}
		const fields = [
			['value', amount],
			['source_title', sourceTitle],
			['source_url', sources],
			['confidence', confidence]
		] as const;
		for (const [field, schema] of fields) {
			const result = schema.safeParse(row[field]);
			if (!result.success) {
				ctx.addIssue({ code: 'custom', path: [field], message: result.error.issues[0].message });
				return z.NEVER;
			}
		}
		const { source_url } = titled({ source_title: row.source_title.trim(), source_url: sources.parse(row.source_url) });
		return {
			fiscal_year: row.fiscal_year,
			measure: row.measure,
			gap: false as const,
			value: amount.parse(row.value),
			producer: row.producer,
			sources: source_url,
			confidence: confidence.parse(row.confidence)
		};
	});
export type DemandRow = z.output<typeof DemandRow>;

export const ForeignersRow = z
	.object({
		year,
		measure: z.string().min(1),
		value: amount.pipe(z.number().min(0)),
		unit: z.enum(['persons', 'permits', 'cards', 'crossings', 'visas', 'percent']),
		...attribution,
		note: z.string()
	})
	.transform(titled);
export type ForeignersRow = z.output<typeof ForeignersRow>;
