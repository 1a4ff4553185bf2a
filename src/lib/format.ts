/**
 * Number and date formatters for one language, built once with an explicit locale.
 * Values in percent units are already percentages (17.7 means 17.7%), as the sources give them.
 * Dates are ISO strings and are formatted in UTC, so server and reader always agree.
 */
export type Lang = 'en' | 'zh';

export const INTL_LOCALE: Record<Lang, string> = { en: 'en-US', zh: 'zh-CN' };

export interface Formatters {
	/** 711000 → "711,000" */
	number(n: number): string;
	/** Axis ticks and tight labels: 711000 → "711K" / "71.1万" */
	compact(n: number): string;
	/** 103595 → "$103,595" / "103,595美元"; cents only when the figure has them */
	usd(n: number): string;
	/** Axis ticks: 100000 → "$100K" / "10万美元" */
	usdCompact(n: number): string;
	/** 17.7 → "17.7%" (one decimal, as NBS publishes) */
	percent(n: number): string;
	/** Axis ticks: 20 → "20%" */
	percentTick(n: number): string;
	/** "2025-09" → "Sep 2025" / "2025年9月" */
	month(isoMonth: string): string;
	/** "2025-09-21" → "Sep 21, 2025" / "2025年9月21日" */
	day(isoDay: string): string;
	/** "2025" → "2025" / "2025年" */
	year(isoYear: string): string;
	/** "2025" → "FY2025" / "2025财年" */
	fiscalYear(isoYear: string): string;
}

function utc(iso: string): Date {
	const [y, m = '01', d = '01'] = iso.split('-');
	return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

export function formatters(lang: Lang): Formatters {
	const locale = INTL_LOCALE[lang];
	const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
	const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
	// Chinese news sites write dollar sums as 103,595美元; English ones as $103,595.
	const dollars = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
	const dollarsCents = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
	const pct1 = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
	const pct0 = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
	// zh-CN 'long' months give 2025年9月; en 'short' gives Sep 2025.
	const monthStyle = lang === 'zh' ? 'long' : 'short';
	const monthFmt = new Intl.DateTimeFormat(locale, { year: 'numeric', month: monthStyle, timeZone: 'UTC' });
	const dayFmt = new Intl.DateTimeFormat(locale, {
		year: 'numeric',
		month: monthStyle,
		day: 'numeric',
		timeZone: 'UTC'
	});

	return {
		number: (n) => integer.format(n),
		compact: (n) => compact.format(n),
		usd: (n) => {
			const digits = (Number.isInteger(n) ? dollars : dollarsCents).format(n);
			return lang === 'zh' ? `${digits}美元` : `$${digits}`;
		},
		usdCompact: (n) =>
			lang === 'zh' ? `${compact.format(n)}美元` : `$${compact.format(n)}`,
		percent: (n) => `${pct1.format(n)}%`,
		percentTick: (n) => `${pct0.format(n)}%`,
		month: (iso) => monthFmt.format(utc(iso)),
		day: (iso) => dayFmt.format(utc(iso)),
		year: (iso) => (lang === 'zh' ? `${iso}年` : iso),
		fiscalYear: (iso) => (lang === 'zh' ? `${iso}财年` : `FY${iso}`)
	};
}
