/**
 * Number and date formatters for one language, built once with an explicit locale.
 * Values in percent units are already percentages (17.7 means 17.7%), as the sources give them.
 * Dates are ISO strings or Dates at UTC midnight, formatted in UTC, so server and reader always agree.
 *
 * Chinese conventions (one rule for every count and every dollar sum, in text, tooltips and tables):
 * a figure of 10,000 or more that is a whole number of thousands is written in 万 or 亿 with at most
 * one decimal, because that loses nothing and reads as a round figure (711,000 → 71.1万, 100,000美元
 * → 10万美元); any other figure keeps all its digits with separators (758,994; 211,600; 103,800美元),
 * so no value is ever rounded, and two figures a sentence compares (343,981 and 211,600) are never
 * written one in 万 and one in digits because of a second decimal (21.16万). Axis ticks use
 * `compact`, which may round (75.9万). A row of value labels that readers compare (one per column)
 * uses a single form for the whole row: `digits` (127,600 beside 124,415, not 12.76万) or `compact`.
 */
export type Lang = 'en' | 'zh';

export const INTL_LOCALE: Record<Lang, string> = { en: 'en-US', zh: 'zh-CN' };

export interface Formatters {
	/** 711000 → "711,000" / "71.1万"; 758994 and 211600 keep every digit in both (exact, never rounded) */
	number(n: number): string;
	/** Always every digit, in both languages, for rows of labels that must match: 127600 → "127,600" */
	digits(n: number): string;
	/** Axis ticks and tight labels (may round): 711000 → "711K" / "71.1万" */
	compact(n: number): string;
	/** 103800 → "$103,800" / "103,800美元"; 100000 → "$100,000" / "10万美元"; cents only when the figure has them */
	usd(n: number): string;
	/** Axis ticks: 100000 → "$100K" / "10万美元" */
	usdCompact(n: number): string;
	/** 17.7 → "17.7%" (one decimal, as NBS publishes) */
	percent(n: number): string;
	/** Axis ticks: 20 → "20%" */
	percentTick(n: number): string;
	/** "2025-09" or its first day as a Date → "Sep 2025" / "2025年9月" */
	month(month: string | Date): string;
	/** "2025-09-21" or a Date → "21 Sep 2025" / "2025年9月21日" (the catalogue's English copy is day-first) */
	day(day: string | Date): string;
	/** 2025 → "2025" / "2025年" */
	year(year: number): string;
	/** 2025 → "FY2025" / "2025财年" */
	fiscalYear(year: number): string;
}

/** A Date as it is; an ISO date or month as its (first) day at UTC midnight. */
function utc(date: string | Date): Date {
	if (date instanceof Date) return date;
	const [y, m = '01', d = '01'] = date.split('-');
	return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/** Writes `n` in 万 or 亿 when that is exact with at most one decimal (see the module comment), else null. */
function chineseUnits(n: number, mantissa: Intl.NumberFormat): string | null {
	const abs = Math.abs(n);
	if (abs >= 1e8 && abs % 1e7 === 0) return `${mantissa.format(n / 1e8)}亿`;
	if (abs >= 1e4 && abs % 1e3 === 0) return `${mantissa.format(n / 1e4)}万`;
	return null;
}

/**
 * The formatters for `lang`.
 * @example formatters('zh').usd(100000) // "10万美元"
 */
export function formatters(lang: Lang): Formatters {
	const locale = INTL_LOCALE[lang];
	const zh = lang === 'zh';
	const exact = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
	// Chinese writes 1222万, not 1,222万: no separators before a unit character.
	const mantissa = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false });
	const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
	const dollarsCents = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
	const pct1 = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
	const pct0 = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
	// zh-CN 'long' months give 2025年9月; en-US 'short' gives Sep 2025 (en-GB would say "Sept").
	const monthStyle = zh ? 'long' : 'short';
	const monthFmt = new Intl.DateTimeFormat(locale, { year: 'numeric', month: monthStyle, timeZone: 'UTC' });
	const dayFmt = new Intl.DateTimeFormat(locale, {
		year: 'numeric',
		month: monthStyle,
		day: 'numeric',
		timeZone: 'UTC'
	});

	const count = (n: number) => (zh && chineseUnits(n, mantissa)) || exact.format(n);
	const dollarDigits = (n: number) => {
		const abs = Math.abs(n);
		if (!Number.isInteger(abs)) return dollarsCents.format(abs);
		return (zh && chineseUnits(abs, mantissa)) || exact.format(abs);
	};
	const sign = (n: number) => (n < 0 ? '-' : '');

	return {
		number: count,
		digits: (n) => exact.format(n),
		compact: (n) => compact.format(n),
		usd: (n) => (zh ? `${sign(n)}${dollarDigits(n)}美元` : `${sign(n)}$${dollarDigits(n)}`),
		usdCompact: (n) => (zh ? `${compact.format(n)}美元` : `${sign(n)}$${compact.format(Math.abs(n))}`),
		percent: (n) => `${pct1.format(n)}%`,
		percentTick: (n) => `${pct0.format(n)}%`,
		month: (iso) => monthFmt.format(utc(iso)),
		day: (iso) => {
			if (zh) return dayFmt.format(utc(iso));
			const parts = Object.fromEntries(dayFmt.formatToParts(utc(iso)).map((p) => [p.type, p.value]));
			return `${parts.day} ${parts.month} ${parts.year}`;
		},
		year: (year) => (zh ? `${year}年` : String(year)),
		fiscalYear: (year) => (zh ? `${year}财年` : `FY${year}`)
	};
}
