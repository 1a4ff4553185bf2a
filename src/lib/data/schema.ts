import { z } from 'zod';
import { parseSources } from './sources';
import type { Confidence } from './types';

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

/** The research's confidence labels, folded into three levels. "gap" rows never reach a chart. */
export const confidence = z.string().transform((label, ctx): Confidence => {
	const l = label.toLowerCase();
	if (l.startsWith('confirmed')) return 'confirmed';
	if (l.startsWith('single')) return 'single';
	if (l.startsWith('inferred')) return 'inferred';
	ctx.addIssue({ code: 'custom', message: `unknown confidence "${label}"` });
	return z.NEVER;
});

export const YouthRow = z.object({
	month: isoMonth,
	series: z.enum([
		'16-24_excl_students',
		'25-29_excl_students',
		'30-59_excl_students',
		'16-24_incl_students_old',
		'urban_all'
	]),
	value_percent: amount.pipe(z.number().min(0).max(100)),
	source_url: sources,
	confidence
});
export type YouthRow = z.output<typeof YouthRow>;

export const FeeComponentRow = z.object({
	component: z.enum(['i129', 'acwia', 'fraud', 'asylum', 'registration', 'proclamation']),
	employer: z.enum(['all', 'large', 'small']),
	applies_when: z.enum(['always', 'abroad']),
	amount_usd: amount.pipe(z.number().min(0)),
	effective_from: isoDay,
	effective_to: z.union([isoDay, z.literal('')]).transform((s) => s || null),
	date_confidence: z.enum(['confirmed', 'approximate', 'inferred']),
	source_url: sources,
	confidence
});
export type FeeComponentRow = z.output<typeof FeeComponentRow>;

export const VisaCostRow = z.object({
	route: z.string().transform((s) => s.split(/\s+/).filter(Boolean)),
	country: z.string().min(1),
	visa: z.string().min(1),
	component: z.string().min(1),
	amount_local: amount,
	currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO currency code'),
	amount_usd: amount.pipe(z.number().min(0)),
	fx_date: z.string().min(1),
	source_url: sources,
	confidence
});
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

/** Rows of h1b-demand.csv. Rows marked "gap" carry no value: they are kept only to say what is missing. */
export const DemandRow = z
	.object({
		fiscal_year: year,
		measure: z.string().min(1),
		value: z.string(),
		source_url: z.string(),
		confidence: z.string()
	})
	.transform((row, ctx) => {
		if (row.confidence === 'gap') {
			return { fiscal_year: row.fiscal_year, measure: row.measure, gap: true as const };
		}
		const value = amount.safeParse(row.value);
		if (!value.success) {
			ctx.addIssue({ code: 'custom', path: ['value'], message: value.error.issues[0].message });
			return z.NEVER;
		}
		const urls = sources.safeParse(row.source_url);
		if (!urls.success) {
			ctx.addIssue({ code: 'custom', path: ['source_url'], message: urls.error.issues[0].message });
			return z.NEVER;
		}
		const level = confidence.safeParse(row.confidence);
		if (!level.success) {
			ctx.addIssue({ code: 'custom', path: ['confidence'], message: level.error.issues[0].message });
			return z.NEVER;
		}
		return {
			fiscal_year: row.fiscal_year,
			measure: row.measure,
			gap: false as const,
			value: value.data,
			sources: urls.data,
			confidence: level.data
		};
	});
export type DemandRow = z.output<typeof DemandRow>;

export const ForeignersRow = z.object({
	year,
	measure: z.string().min(1),
	value: amount.pipe(z.number().min(0)),
	unit: z.enum(['persons', 'permits', 'cards', 'crossings', 'visas', 'percent']),
	source_url: sources,
	note: z.string()
});
export type ForeignersRow = z.output<typeof ForeignersRow>;
