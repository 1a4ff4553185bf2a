import { describe, expect, it } from 'vitest';
import { h1bCostLayout, FEE_STACK, STACK_BELOW, type H1bCostLayout } from './h1bCost.layout';
import { chartSources, loadChartData, readRawFiles } from '$lib/data/loadFromDisk';
import { loadData } from '$lib/data/load';
import { EN } from '$lib/i18n/locale';
import { nearestPoint, stepPoint } from '../shared/nearest';
import { boxesOverlap, type Tick } from '../kit/geometry';
import { expectLegible } from '../kit/legibility';
import { WIDE_FONT_SLACK, blockBox, type TextBlock } from '../kit/text';

const labelBox = (l: TextBlock) => blockBox(l, WIDE_FONT_SLACK);

const data = (await loadChartData())['h1b-cost'];
const WIDTHS = [280, 360, 640, 1200];
type Ok = Extract<H1bCostLayout, { kind: 'ok' }>;

function ok(width: number): Ok {
	const layout = h1bCostLayout(data.datums, width, EN);
	if (layout.kind !== 'ok') throw new Error('expected a layout');
	return layout;
}

/** Value at pixel position `pos`, from the linear ticks of an axis. */
function valueAt(ticks: Tick[], pos: number): number {
	const [a, b] = [ticks[0], ticks.at(-1)!];
	return Number(a.key) + ((pos - a.pos) * (Number(b.key) - Number(a.key))) / (b.pos - a.pos);
}

describe('h1bCostLayout(datums, width, locale)', () => {
	it('returns the empty layout for no data, or a single year', () => {
		expect(h1bCostLayout([], 640, EN).kind).toBe('empty');
		const oneYear = data.datums.filter((d) => d.series === 'large' && d.x === '2025');
		expect(h1bCostLayout(oneYear, 640, EN).kind).toBe('empty');
	});

	it.each(WIDTHS)('at %i px, the 2025 large-employer column tops out at the 3,595-dollar level', (width) => {
		const h = ok(width).history;
		const column = h.segments.filter((s) => s.key.startsWith('large-2025-'));
		expect(column.map((s) => s.component)).toEqual([...FEE_STACK]);
		const top = Math.min(...column.map((s) => s.y));
		expect(valueAt(h.yTicks, top)).toBeCloseTo(3595, 0);
		// The components fill the column from the baseline without gaps.
		expect(Math.max(...column.map((s) => s.y + s.height))).toBeCloseTo(h.plot.bottom, 5);
	});

	it('shows the 2004 column as the I-129 fee alone and points the lapse annotation at it', () => {
		const h = ok(640).history;
		const column = h.segments.filter((s) => s.key.startsWith('large-2004-'));
		expect(column.map((s) => s.component)).toEqual(['i129']);
		expect(h.lapse).not.toBeNull();
		expect(h.lapse!.x).toBeCloseTo(column[0].x + column[0].width / 2, 5);
		expect(h.lapse!.y2).toBeLessThan(column[0].y);
		expect(h.lapse!.label.lines.join(' ')).toBe(EN.t('h1b-cost.annotation.lapse'));
	});

	it('notes the lapse on the column the data flags: the year a fee in force was $0', async () => {
		expect(new Set(data.datums.filter((d) => d.flag === 'fee-lapsed').map((d) => d.x))).toEqual(new Set(['2004']));
		// Had the training fee lapsed from 31 March 2003, 2003 would be the first year without it.
		const raw = readRawFiles();
		const file = 'h1b-fee-components.csv';
		const text = raw[file]
			.replace('acwia,all,always,1000,2000-12-18,2003-09-30,', 'acwia,all,always,1000,2000-12-18,2003-03-30,')
			.replace('acwia,all,always,0,2003-10-01,2004-12-07,', 'acwia,all,always,0,2003-03-31,2004-12-07,');
		const edited = loadData({ ...raw, [file]: text }, await chartSources()).charts['h1b-cost'].datums;
		expect(new Set(edited.filter((d) => d.flag === 'fee-lapsed').map((d) => d.x))).toEqual(new Set(['2003', '2004']));
		const layout = h1bCostLayout(edited, 640, EN);
		if (layout.kind !== 'ok') throw new Error('expected a layout');
		const column = layout.history.segments.find((s) => s.key === 'large-2003-i129')!;
		expect(layout.history.lapse!.x).toBeCloseTo(column.x + column.width / 2, 5);
		const unflagged = data.datums.map((d) => ({ ...d, flag: undefined }));
		expect(h1bCostLayout(unflagged, 640, EN)).toMatchObject({ history: { lapse: null } });
	});

	it('ends the small-employer step line at the $2,225 level and labels it with that total', () => {
		const h = ok(1200).history;
		const lastY = Number(h.smallPath!.match(/V(-?[\d.]+)H[\d.]+$/)![1]);
		expect(valueAt(h.yTicks, lastY)).toBeCloseTo(2225, 0);
		expect(h.direct.find((d) => d.key === 'small-total')!.label.lines.join(' ')).toContain('$2,225');
	});

	it.each(WIDTHS)('at %i px, the abroad bar is about 28.8 times the in-US bar, on its own axis', (width) => {
		const p = ok(width).payment!;
		const bar = (key: string) => p.bars.find((b) => b.key === key)!;
		expect(bar('payment-large-abroad').width / bar('payment-large-in-us').width).toBeCloseTo(103595 / 3595, 1);
		expect(bar('payment-small-abroad').width / bar('payment-small-in-us').width).toBeCloseTo(102225 / 2225, 1);
		expect(p.bars.map((b) => b.value.lines[0])).toEqual(['$3,595', '$103,595', '$2,225', '$102,225']);
		expect(valueAt(p.xTicks, bar('payment-large-abroad').x + bar('payment-large-abroad').width)).toBeCloseTo(
			103595,
			-1
		);
		expect(Number(p.xTicks.at(-1)!.key)).toBe(100000);
	});

	it('brackets the $100,000 payment: from the end of the ordinary fees to the end of the abroad bar', () => {
		const p = ok(640).payment!;
		const abroad = p.bars.find((b) => b.key === 'payment-large-abroad')!;
		const inUs = p.bars.find((b) => b.key === 'payment-large-in-us')!;
		const [x0, x1] = p
			.bracket!.path.match(/^M([\d.]+),.*H([\d.]+)/)!
			.slice(1)
			.map(Number);
		// The path is written to 0.1 px.
		expect(Math.abs(x0 - (inUs.x + inUs.width))).toBeLessThanOrEqual(0.05);
		expect(Math.abs(x1 - (abroad.x + abroad.width))).toBeLessThanOrEqual(0.05);
		expect(Math.abs(abroad.divider! - x0)).toBeLessThanOrEqual(0.05);
		expect([...p.bracket!.label.lines, ...p.bracket!.ratio.lines].join(' ')).toBe(
			'$100,000 payment from 21 Sep 2025 ≈29× the $3,595 it cost before'
		);
		// The ordinary fees inside the abroad bar are drawn apart, in the quiet tone, up to the divider.
		expect(abroad.base).toEqual({ x: abroad.x, width: abroad.divider! - abroad.x });
		expect(inUs.base).toBeNull();
	});

	it('computes the ratio on the payment bar from the data: a changed fee changes it', () => {
		const bracket = (datums: typeof data.datums) => {
			const layout = h1bCostLayout(datums, 640, EN);
			if (layout.kind !== 'ok') throw new Error('empty');
			return layout.payment!.bracket!.ratio.lines.join(' ');
		};
		const edited = data.datums.map((d) =>
			d.key === 'payment-large-in-us'
				? { ...d, value: 5000 }
				: d.key === 'payment-large-abroad'
					? { ...d, value: 105000 }
					: d
		);
		expect(bracket(edited)).toContain('≈21× the $5,000 it cost before');
		expect(bracket(data.datums)).toContain(`≈${Math.round(103595 / 3595)}×`);
	});

	it('puts the $100,000 panel first: on the left and the larger side by side, on top when stacked on phones', () => {
		for (const width of [STACK_BELOW, 960, 1200]) {
			const wide = ok(width);
			expect(wide.stacked).toBe(false);
			const p = wide.payment!.panel;
			const h = wide.history.panel;
			expect(p.left).toBe(0);
			expect(h.left).toBeGreaterThan(p.right);
			expect(p.right - p.left).toBeGreaterThan(h.right - h.left);
			expect(h.right).toBe(width);
		}
		const phone = ok(STACK_BELOW - 1);
		expect(phone.stacked).toBe(true);
		expect(phone.history.panel.top).toBeGreaterThan(phone.payment!.panel.bottom);
		expect(phone.size.height).toBeGreaterThanOrEqual(phone.history.panel.bottom);
	});

	it.each(WIDTHS)('at %i px, no two labels overlap and none leaves the chart', (width) => {
		expectLegible(ok(width), width, { slack: WIDE_FONT_SLACK });
	});

	it.each(WIDTHS)('at %i px, annotations and totals do not cover any column, and outside values no bar', (width) => {
		const layout = ok(width);
		const h = layout.history;
		const rects = h.segments.map((s) => ({ left: s.x, right: s.x + s.width, top: s.y, bottom: s.y + s.height }));
		for (const l of [...h.totals, ...(h.lapse ? [h.lapse.label] : [])]) {
			for (const r of rects) expect(boxesOverlap(labelBox(l), r), l.key).toBe(false);
		}
		const bars = layout.payment!.bars;
		for (const bar of bars.filter((b) => !b.inside)) {
			for (const other of bars) {
				const r = { left: other.x, right: other.x + other.width, top: other.y, bottom: other.y + other.height };
				expect(boxesOverlap(labelBox(bar.value), r), bar.key).toBe(false);
			}
		}
	});

	it('labels the components directly when there is room, and with a key when there is not', () => {
		const wide = ok(1200).history;
		expect(wide.legend).toEqual([]);
		expect(wide.direct.map((d) => d.key).sort()).toEqual([...FEE_STACK, 'small-total'].sort());
		const narrow = ok(360).history;
		expect(narrow.direct).toEqual([]);
		expect(narrow.legend.map((d) => d.key).sort()).toEqual([...FEE_STACK, 'small-total'].sort());
	});

	it.each(WIDTHS)('at %i px, labels the years at an even step that reaches 2025', (width) => {
		const years = ok(width).history.xTicks.map((t) => Number(t.label));
		expect(years.length).toBeGreaterThanOrEqual(3);
		expect(years).toContain(2025);
		const steps = new Set(years.slice(1).map((y, i) => y - years[i]));
		expect(steps.size).toBe(1);
	});

	it('gives one focus point per drawn datum, each a real datum key', () => {
		const layout = ok(640);
		const keys = new Set(data.datums.map((d) => d.key));
		// Every datum is drawn: large-employer fees as segments, small-employer totals on the step line, payment bars.
		const drawn = data.datums;
		expect(layout.points.length).toBe(drawn.length);
		expect(new Set(layout.points.map((p) => p.key)).size).toBe(layout.points.length);
		for (const p of layout.points) expect(keys.has(p.key)).toBe(true);
		const segmentKeys = layout.history.segments.map((s) => s.key);
		const barKeys = layout.payment!.bars.map((b) => b.key);
		const smallKeys = layout.history.smallMarks.map((m) => m.key);
		expect(smallKeys).toHaveLength(28);
		expect([...segmentKeys, ...smallKeys, ...barKeys].sort()).toEqual(layout.points.map((p) => p.key).sort());
	});

	it('moves between fee components with up and down, and along the years with left and right', () => {
		const { points } = ok(640);
		const at = (key: string) => points.find((p) => p.key === key);
		expect(stepPoint(points, at('large-2025-i129'), 'ArrowUp')?.key).toBe('large-2025-acwia');
		expect(stepPoint(points, at('large-2025-acwia'), 'ArrowDown')?.key).toBe('large-2025-i129');
		expect(stepPoint(points, at('large-2025-i129'), 'ArrowRight')?.key).toBe('large-2026-i129');
		expect(stepPoint(points, at('large-2025-i129'), 'ArrowDown')?.key).toBe('small-2025');
		expect(stepPoint(points, at('small-2025'), 'ArrowRight')?.key).toBe('small-2026');
		expect(stepPoint(points, at('small-2025'), 'ArrowDown')?.key).toMatch(/^payment-/);
		expect(stepPoint(points, at('payment-large-in-us'), 'ArrowDown')?.key).toBe('payment-large-abroad');
	});

	it.each(WIDTHS)('at %i px, the pointer picks the segment or bar it is over', (width) => {
		const layout = ok(width);
		const pick = (px: number, py: number) => nearestPoint(layout.points, px, py, 'x')?.key;
		const smallY = new Map(layout.history.smallMarks.map((m) => [m.key.slice(-4), m.y]));
		const nearSmall = (key: string, py: number) => Math.abs((smallY.get(key.split('-')[1]) ?? -99) - py) <= 5;
		for (const s of layout.history.segments.filter((s) => s.height >= 2)) {
			for (const [px, py] of [
				[s.x + s.width / 2, s.y + s.height * 0.3],
				[s.x - 0.4, s.y + s.height * 0.7]
			]) {
				if (!nearSmall(s.key, py)) expect(pick(px, py), s.key).toBe(s.key);
			}
		}
		// On the small employer's step line: that year's small-employer total.
		for (const m of layout.history.smallMarks) expect(pick(m.x, m.y + 1)).toBe(m.key);
		// Above a column: its top segment.
		const top = layout.history.segments.filter((s) => s.key.startsWith('large-2020-')).sort((a, b) => a.y - b.y)[0];
		expect(top.key).toBe('large-2020-registration');
		expect(pick(top.x + top.width / 2, top.y - 30)).toBe('large-2020-registration');
		const p = layout.payment!;
		for (const bar of p.bars) {
			for (const px of [p.plot.left + 2, (p.plot.left + p.plot.right) / 2, p.plot.right - 2]) {
				expect(pick(px, bar.y + bar.height / 2), `${bar.key} at ${px}`).toBe(bar.key);
				expect(pick(px, bar.label.y - 4), `${bar.key} label at ${px}`).toBe(bar.key);
			}
		}
	});
});
