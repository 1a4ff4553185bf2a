import { scaleLinear } from 'd3-scale';
import type { Datum } from '$lib/data/types';
import type { Locale } from '$lib/i18n/locale';
import type { EmployerSize } from '$lib/data/h1bFees';
import { ANNOTATIONS } from '$lib/story/annotations';
import type { FocusPoint } from '../shared/chartProps';
import { tickCount } from '../shared/size';
import { round } from '../shared/path';
import type { Box, Tick } from '../kit/geometry';
import { LINE_HEIGHT, blockBox, blockWidth, measure, textBlock, wrapBalanced, type TextBlock } from '../kit/text';
import { AXIS_ROOM, SLACK, bottomOf, panelTitle } from './h1bCost.shared';

/** Keyboard rows of the payment bars come after every fee component's row. */
const PAYMENT_ROW = 50;
/** The ratio to the old cost is the panel's headline figure: larger and bold. */
const RATIO_STYLE = { size: 15, bold: true, slack: SLACK } as const;
const RATIO_LINE = 18;

export interface PaymentBar {
	key: string;
	where: 'in-us' | 'abroad';
	x: number;
	y: number;
	width: number;
	height: number;
	/** Where the ordinary fees end inside an abroad bar (px), or null. */
	divider: number | null;
	/** The ordinary fees inside an abroad bar, drawn in a quieter tone than the payment after them. */
	base: { x: number; width: number } | null;
	label: TextBlock;
	value: TextBlock;
	/** The value is drawn inside the bar (light text on the bar colour). */
	inside: boolean;
}

export interface PaymentPanel {
	panel: Box;
	title: TextBlock;
	plot: Box;
	xTicks: Tick[];
	groups: TextBlock[];
	bars: PaymentBar[];
	/**
	 * Bracket under the large employer's abroad bar, spanning the $100,000 payment: what it is
	 * (`label`) and, larger and bold under it, its ratio to the cost before it (`ratio`).
	 */
	bracket: { path: string; label: TextBlock; ratio: TextBlock } | null;
}

/**
 * The payment panel: the petition cost from 21 September 2025 for a worker in the US or abroad,
 * one bar per employer size and place, on its own linear dollar axis, with a bracket under the
 * large employer's abroad bar spanning the $100,000 payment. Adds the bars' focus points to `points`.
 */
export function paymentPanel(
	bars: { employer: EmployerSize; where: 'in-us' | 'abroad'; datum: Datum }[],
	panel: Box,
	locale: Locale,
	points: FocusPoint[]
): PaymentPanel {
	const { t, fmt } = locale;
	const title = panelTitle('payment-title', t('h1b-cost.panelPayment'), panel);
	const employers = [...new Set(bars.map((b) => b.employer))];
	const value = (employer: string, where: string) =>
		bars.find((b) => b.employer === employer && b.where === where)?.datum.value;
	// The bracket marks the story's payment (annotations.ts) where the cost in the US is there to compare.
	const annotated = bars.find((b) => b.datum.key === ANNOTATIONS.payment.datum);
	const bracketFor = annotated && value(annotated.employer, 'in-us') !== undefined ? annotated.employer : undefined;

	// A linear axis of its own, with room on the right for the last tick label.
	const maxValue = Math.max(...bars.map((b) => b.datum.value));
	const domainMax = maxValue * 1.02;
	// Room on the left for half of the "$0" tick label.
	const plotLeft = panel.left + Math.ceil(measure(fmt.usdCompact(0), { slack: SLACK }) / 2) + 1;
	let plotRight = panel.right - 2;
	let x = scaleLinear([0, domainMax], [plotLeft, plotRight]);
	for (let i = 0; i < 2; i++) {
		const ticks = x.ticks(tickCount(plotRight - plotLeft, 90));
		const overhang = Math.max(
			0,
			...ticks.map((v) => x(v) + measure(fmt.usdCompact(v), { slack: SLACK }) / 2 - (panel.right - 1))
		);
		plotRight -= overhang;
		x = scaleLinear([0, domainMax], [plotLeft, plotRight]);
	}
	const tickValues = x.ticks(tickCount(plotRight - plotLeft, 90));

	const HEADER = 18;
	const CATEGORY = 16;
	const ROW_GAP = 8;
	// The ratio to the old cost, from the two datums: $103,595 / $3,595 ≈ 29.
	const ratioText = (employer: string) =>
		t('h1b-cost.annotation.ratio', {
			ratio: Math.round(value(employer, 'abroad')! / value(employer, 'in-us')!),
			before: fmt.usd(value(employer, 'in-us')!)
		});
	const plan = Math.max(100, (plotRight - plotLeft) * 0.9);
	const bracketRoom = bracketFor
		? 8 +
			wrapBalanced(t('h1b-cost.annotation.payment'), plan, { slack: SLACK }).length * LINE_HEIGHT +
			wrapBalanced(ratioText(bracketFor), plan, RATIO_STYLE).length * RATIO_LINE +
			6
		: 0;
	const start = bottomOf(title) + 10;
	const fixed =
		employers.length * HEADER + bars.length * (CATEGORY + ROW_GAP) + bracketRoom + (employers.length - 1) * 6;
	let barHeight = 18;
	if (Number.isFinite(panel.bottom)) {
		const available = panel.bottom - AXIS_ROOM - start;
		barHeight = Math.max(10, Math.min(34, (available - fixed) / bars.length));
	}
	// The groups sit together under the title, the axis right under them; height left over stays
	// below (spread between the groups it left two islands of bars in a blank panel).
	const groupGap = 6;
	let cursor = start;
	const plotTop = cursor;

	const groups: TextBlock[] = [];
	const out: PaymentBar[] = [];
	let bracket: PaymentPanel['bracket'] = null;
	employers.forEach((employer, gi) => {
		if (gi > 0) cursor += groupGap;
		groups.push(
			textBlock(`group-${employer}`, [t(`h1b-cost.series.payment-${employer}`)], plotLeft, cursor + 12, 'start', {
				bold: true
			})
		);
		cursor += HEADER;
		for (const [bi, bar] of bars.filter((b) => b.employer === employer).entries()) {
			const rowTop = bi === 0 ? cursor - HEADER : cursor - ROW_GAP;
			const label = textBlock(`label-${bar.datum.key}`, [t(`h1b-cost.category.${bar.where}`)], plotLeft, cursor + 12);
			cursor += CATEGORY;
			const barTop = cursor;
			const end = x(bar.datum.value);
			const text = fmt.usd(bar.datum.value);
			const inside = end - plotLeft >= measure(text, { bold: true, slack: SLACK }) + 14;
			const baseline = barTop + barHeight / 2 + 4.5;
			const valueLabel = inside
				? textBlock(`value-${bar.datum.key}`, [text], end - 6, baseline, 'end', { bold: true })
				: textBlock(`value-${bar.datum.key}`, [text], end + 5, baseline, 'start', { bold: true });
			const fees = value(employer, 'in-us');
			out.push({
				key: bar.datum.key,
				where: bar.where,
				x: plotLeft,
				y: barTop,
				width: end - plotLeft,
				height: barHeight,
				divider: bar.where === 'abroad' && fees !== undefined ? x(fees) : null,
				base: bar.where === 'abroad' && fees !== undefined ? { x: plotLeft, width: x(fees) - plotLeft } : null,
				label,
				value: valueLabel,
				inside
			});
			// The bar's hit area is its whole row, labels included, so a short bar is as easy to point at.
			const hit = { left: panel.left, right: panel.right, top: rowTop, bottom: barTop + barHeight };
			points.push({ key: bar.datum.key, x: end, y: barTop + barHeight / 2, row: PAYMENT_ROW + out.length, hit });
			cursor += barHeight;
			if (employer === bracketFor && bar.where === 'abroad') {
				const x0 = x(value(employer, 'in-us')!);
				const x1 = end;
				const by = cursor + 3;
				const room = Math.max(100, (x1 - x0) * 0.95);
				const draft = textBlock(
					'bracket',
					wrapBalanced(t('h1b-cost.annotation.payment'), room, { slack: SLACK }),
					(x0 + x1) / 2,
					by + 5 + 13,
					'middle'
				);
				const ratioLines = wrapBalanced(ratioText(employer), room, RATIO_STYLE);
				const ratioDraft = textBlock('bracket-ratio', ratioLines, (x0 + x1) / 2, 0, 'middle', RATIO_STYLE);
				const ratioY = bottomOf(draft) - blockBox(ratioDraft, SLACK).top + 2;
				// Both centred on the payment's span, kept inside the panel.
				const centre = (block: TextBlock) => {
					const w = blockWidth(block, SLACK);
					return Math.min(panel.right - w / 2 - 1, Math.max(panel.left + w / 2 + 1, (x0 + x1) / 2));
				};
				bracket = {
					path: `M${round(x0)},${round(by)}V${round(by + 5)}H${round(x1)}V${round(by)}`,
					label: { ...draft, x: centre(draft) },
					ratio: { ...ratioDraft, x: centre(ratioDraft), y: ratioY }
				};
				cursor = Math.ceil(blockBox(bracket.ratio, SLACK).bottom + 6);
				points.at(-1)!.hit!.bottom = cursor;
			} else cursor += ROW_GAP;
		}
	});
	const plot: Box = { top: plotTop, left: plotLeft, right: plotRight, bottom: cursor };
	const xTicks = tickValues.map((v) => ({ key: String(v), pos: x(v), label: fmt.usdCompact(v) }));
	const bottom = Number.isFinite(panel.bottom) ? panel.bottom : cursor + AXIS_ROOM;
	return { panel: { ...panel, bottom }, title, plot, xTicks, groups, bars: out, bracket };
}
