import type { Locale } from '$lib/i18n/locale';
import type { LedeFacts, LedeLink } from './facts';

/** One key number as the reader sees it: the figure, the sentence under it, and the datum it opens. */
export interface LedeItem {
	id: keyof LedeFacts;
	figure: string;
	text: string;
	link: LedeLink;
}

/** A percentage change with a true minus sign and one decimal: −38.5%, +4.0%. */
export function signedPercent(pct: number, locale: Locale): string {
	return `${pct < 0 ? '−' : '+'}${locale.fmt.percent(Math.abs(pct))}`;
}

/**
 * The lede's four items in reading order, with every figure formatted for `locale` from `facts`.
 * Comparisons write both figures in one form (`digits`), so Chinese never puts 21.16万 beside 343,981.
 */
export function ledeItems(facts: LedeFacts, locale: Locale): LedeItem[] {
	const { fmt } = locale;
	const { payment, youth, permits, lottery } = facts;
	const item = (id: keyof LedeFacts, link: LedeLink, figure: string, text: string): LedeItem => ({
		id,
		figure,
		text,
		link
	});
	return [
		item(
			'payment',
			payment,
			fmt.usd(payment.payment),
			locale.t('lede.payment', {
				date: fmt.day(payment.since),
				abroad: fmt.usd(payment.abroad),
				inUs: fmt.usd(payment.inUs),
				ratio: Math.round(payment.ratio)
			})
		),
		item('youth', youth, fmt.percent(youth.rate), locale.t('lede.youth', { month: fmt.month(youth.month) })),
		item(
			'permits',
			permits,
			fmt.number(permits.all),
			locale.t('lede.permits', { year: fmt.year(permits.year), work: fmt.number(permits.work) })
		),
		item(
			'lottery',
			lottery,
			signedPercent(lottery.changePct, locale),
			locale.t('lede.lottery', {
				fy: fmt.fiscalYear(lottery.fiscalYear),
				now: fmt.digits(lottery.now),
				before: fmt.digits(lottery.before)
			})
		)
	];
}
