import type { Datum } from '$lib/data/types';
import { yearOf } from '$lib/data/at';
import type { Locale } from '$lib/i18n/locale';
import type { FocusPoint } from '../shared/chartProps';
import type { Box } from '../kit/geometry';
import { heightFor } from '../shared/size';
import { historyPanel, type HistoryPanel } from './h1bCost.history';
import { paymentPanel, type PaymentPanel } from './h1bCost.payment';
import type { ChartLayout } from '../kit/layout';

export { FEE_COLOUR, FEE_STACK } from './h1bCost.shared';
export type { DirectLabel, HistoryPanel, LegendItem, Segment } from './h1bCost.history';
export type { PaymentBar, PaymentPanel } from './h1bCost.payment';

/** Bars of the payment panel, top to bottom. */
export const PAYMENT_BARS = [
	{ employer: 'large', where: 'in-us' },
	{ employer: 'large', where: 'abroad' },
	{ employer: 'small', where: 'in-us' },
	{ employer: 'small', where: 'abroad' }
] as const;
/**
 * Below this width (px) the panels are stacked, the payment's above the history, instead of side by
 * side (where the history's 28 columns would get less room than on a phone).
 */
export const STACK_BELOW = 720;
/** Side by side, the payment's panel (first, on the left) takes this share of the width: it is the story. */
export const PAYMENT_SHARE = 0.54;
/** Space between the two panels, px. */
const PANEL_GAP = 28;

export type H1bCostLayout = ChartLayout<{
	/** The panels are one above the other. */
	stacked: boolean;
	/** The history's plot; the exemplar's `plot`. */
	plot: Box;
	history: HistoryPanel;
	payment: PaymentPanel | null;
}>;

/**
 * Geometry for the H-1B fee chart, in two panels on separate linear scales (US dollars):
 * the history (large employer's fee components stacked per year, small employer's total as a step
 * line) and the petition cost from 21 September 2025 for a worker in the US or abroad (bars).
 * The payment's panel comes first: on the left and wider when `width` is at least STACK_BELOW, else
 * above the history, and the chart then taller to fit both panels: the returned `size` is the chart's.
 */
export function h1bCostLayout(datums: readonly Datum[], width: number, locale: Locale): H1bCostLayout {
	const size = { width, height: heightFor(width) };
	const years = [...new Set(datums.filter((d) => d.series === 'large').map((d) => yearOf(d.at)))].sort((a, b) => a - b);
	if (years.length < 2) return { kind: 'empty', size };
	const payments = PAYMENT_BARS.flatMap((b) => {
		const d = datums.find((x) => x.key === `payment-${b.employer}-${b.where}`);
		return d ? [{ ...b, datum: d }] : [];
	});
	const stacked = payments.length > 0 && width < STACK_BELOW;
	const historyHeight = stacked ? Math.max(size.height, 360) : size.height;
	const paymentRight = payments.length === 0 || stacked ? width : Math.round((width - PANEL_GAP) * PAYMENT_SHARE);
	const points: FocusPoint[] = [];

	// The $100,000 panel comes first, on top on a phone and on the left (and larger) beside the
	// history: it is the story; the history explains it.
	const payment =
		payments.length === 0
			? null
			: paymentPanel(
					payments,
					stacked
						? { top: 0, left: 0, right: width, bottom: Infinity }
						: { top: 0, left: 0, right: paymentRight, bottom: size.height },
					locale,
					points
				);
	const historyTop = payment && stacked ? payment.panel.bottom + PANEL_GAP : 0;
	const historyLeft = payment && !stacked ? paymentRight + PANEL_GAP : 0;
	const history = historyPanel(
		datums,
		years,
		{ top: historyTop, left: historyLeft, right: width, bottom: historyTop + historyHeight },
		locale,
		points
	);
	const height = payment && stacked ? history.panel.bottom : size.height;
	return { kind: 'ok', size: { width, height }, stacked, plot: history.plot, history, payment, points };
}
