import { describe, expect, it } from 'vitest';
import { CAP_AT_LINE_END_MIN_WIDTH, h1bDemandLayout, type H1bDemandLayout } from './h1bDemand.layout';
import { LAYOUT_VARIANTS } from '../shared/responsive';
import { legibilityProblems } from '../kit/legibility';
import { boxesOverlap } from '../kit/geometry';
import { loadChartData } from '$lib/data/loadFromDisk';
import { EN } from '$lib/i18n/locale';
import { ZH } from '$lib/i18n/current';
import { nearestPoint, stepPoint } from '../shared/nearest';
import type { Tick } from '../kit/geometry';
import { expectLegible } from '../kit/legibility';
import { WIDE_FONT_SLACK, blockBox, wrap, type TextBlock } from '../kit/text';

const labelBox = (l: TextBlock) => blockBox(l, WIDE_FONT_SLACK);
/** The cap's label, right of the line or in the legend, on one line. */
const capText = (layout: Ok) => (layout.capLabel ?? layout.legend.find((l) => l.key === 'cap')!.label).lines.join(' ');

const data = (await loadChartData())['h1b-demand'];
const WIDTHS = [280, 360, 640, 1200];
type Ok = Extract<H1bDemandLayout, { kind: 'ok' }>;

function ok(width: number, locale = EN): Ok {
	const layout = h1bDemandLayout(data.datums, width, locale);
	if (layout.kind !== 'ok') throw new Error('expected a layout');
	return layout;
}

function valueAt(ticks: Tick[], pos: number): number {
	const [a, b] = [ticks[0], ticks.at(-1)!];
	return Number(a.key) + ((pos - a.pos) * (Number(b.key) - Number(a.key))) / (b.pos - a.pos);
}

describe('h1bDemandLayout(datums, width, locale)', () => {
	it('returns the empty layout for no data, or a single column', () => {
		expect(h1bDemandLayout([], 640, EN).kind).toBe('empty');
		const one = data.datums.filter((d) => d.key === 'eligible-2024');
		expect(h1bDemandLayout(one, 640, EN).kind).toBe('empty');
	});

	it('draws one column per fiscal year from 2021 to 2027, as tall as its registrations', () => {
		const layout = ok(640);
		expect(layout.columns.map((c) => c.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027]);
		const fy2024 = layout.columns.find((c) => c.year === 2024)!;
		expect(valueAt(layout.yTicks, fy2024.y)).toBeCloseTo(758994, -1);
		expect(fy2024.y + fy2024.height).toBeCloseTo(layout.plot.bottom, 5);
	});

	it('flags 2027, and only 2027, as a different measure, with a label over its column', () => {
		const layout = ok(640);
		expect(layout.columns.filter((c) => c.flagged).map((c) => c.year)).toEqual([2027]);
		// The flag comes with the data: the flagged datum carries the "properly submitted" caveat.
		const flagged = data.datums.filter((d) => d.flag === 'other-measure');
		expect(flagged.map((d) => d.key)).toEqual(['eligible-2027']);
		expect(EN.t(flagged[0].note!)).toMatch(/properly submitted/);
		const col = layout.columns.find((c) => c.flagged)!;
		expect(layout.flag!.label.lines.join(' ')).toBe(EN.t('h1b-demand.annotation.submitted'));
		expect(labelBox(layout.flag!.label).bottom).toBeLessThan(col.y);
		expect(layout.flag!.x).toBeCloseTo(col.x + col.width / 2, 5);
		expect(layout.inner.some((r) => r.key === 'selected-2027')).toBe(false);
	});

	it.each(WIDTHS)('at %i px, draws the cap at 85,000 across the chart and labels it clear of the columns', (width) => {
		const layout = ok(width);
		expect(layout.cap.map((c) => c.key)).toEqual(data.datums.filter((d) => d.series === 'cap').map((d) => d.key));
		for (const c of layout.cap) expect(valueAt(layout.yTicks, c.y)).toBeCloseTo(85000, -1);
		// Segments join into one line.
		for (let i = 1; i < layout.cap.length; i++) expect(layout.cap[i].x1).toBeCloseTo(layout.cap[i - 1].x2, 5);
		const label = capText(layout);
		expect(label).toMatch(width >= 640 ? /^Cap: 85,000$/ : /^Cap: 85K$/);
		if (width >= CAP_AT_LINE_END_MIN_WIDTH) {
			// Right of the line's end, level with it.
			const box = labelBox(layout.capLabel!);
			expect(box.left).toBeGreaterThan(layout.cap.at(-1)!.x2);
			expect(box.top).toBeLessThan(layout.cap[0].y);
			expect(box.bottom).toBeGreaterThan(layout.cap[0].y);
			expect(layout.legend.map((l) => l.key)).not.toContain('cap');
		} else {
			expect(layout.capLabel).toBeNull();
			expect(layout.legend.map((l) => l.key)).toEqual(['eligible', 'selected', 'cap']);
		}
	});

	it('writes the cap label from the data: another cap gives another label', () => {
		const moved = data.datums.map((d) => (d.key === 'cap-2027' ? { ...d, value: 90000 } : d));
		for (const width of [360, 1000]) {
			const layout = h1bDemandLayout(moved, width, EN) as Ok;
			expect(capText(layout)).toBe(width >= 640 ? 'Cap: 90,000' : 'Cap: 90K');
		}
	});

	it('puts each selected column inside its eligible column, narrower and shorter', () => {
		const layout = ok(640);
		for (const r of layout.inner) {
			const c = layout.columns.find((c) => String(c.year) === r.key.slice(-4))!;
			expect(r.x).toBeGreaterThan(c.x);
			expect(r.x + r.width).toBeLessThan(c.x + c.width);
			expect(r.y).toBeGreaterThan(c.y);
		}
		expect(layout.inner.length).toBe(6);
	});

	it.each(WIDTHS)('at %i px, no two labels overlap and none leaves the chart', (width) => {
		expectLegible(ok(width), width, { slack: WIDE_FONT_SLACK });
	});

	it.each(LAYOUT_VARIANTS.map((v) => v.width))(
		'at %i px (a drawn layout), every column has its value label, in full where it fits',
		(width) => {
			const layout = ok(width);
			for (const c of layout.columns)
				expect(
					layout.values.some((v) => v.key === `value-${c.key}`),
					c.key
				).toBe(true);
			const top = layout.values.find((v) => v.key === 'value-eligible-2024')!.lines[0];
			expect(top).toBe(width >= 640 ? '758,994' : '759K');
			// Every eligible column; every selected one, or (on a phone) none.
			const selectedLabels = layout.values.filter((v) => v.key.startsWith('value-selected')).length;
			expect([0, layout.inner.length]).toContain(selectedLabels);
			// One format across the row: all full numbers or all rounded thousands.
			const eligibleTexts = layout.values.filter((v) => v.key.startsWith('value-eligible')).map((v) => v.lines[0]);
			expect(eligibleTexts.every((t) => /^\d{3},\d{3}$/.test(t)) || eligibleTexts.every((t) => /^\d+K$/.test(t))).toBe(
				true
			);
		}
	);

	it('labels the x axis with fiscal years, fewer on a phone, always including FY2027', () => {
		const wide = ok(1200).xTicks.map((t) => t.label);
		expect(wide).toEqual(['FY2021', 'FY2022', 'FY2023', 'FY2024', 'FY2025', 'FY2026', 'FY2027']);
		const phone = ok(280).xTicks.map((t) => t.label);
		expect(phone.length).toBeLessThan(wide.length);
		expect(phone.at(-1)).toBe('FY2027');
	});

	it('gives one focus point per datum, each a real datum key, and moves between series with up and down', () => {
		const layout = ok(640);
		const keys = new Set(data.datums.map((d) => d.key));
		expect(layout.points.length).toBe(data.datums.length);
		for (const p of layout.points) expect(keys.has(p.key)).toBe(true);
		const at = (key: string) => layout.points.find((p) => p.key === key);
		expect(stepPoint(layout.points, at('eligible-2024'), 'ArrowDown')?.key).toBe('selected-2024');
		expect(stepPoint(layout.points, at('selected-2024'), 'ArrowDown')?.key).toBe('cap-2024');
		expect(stepPoint(layout.points, at('eligible-2026'), 'ArrowRight')?.key).toBe('eligible-2027');
	});

	it.each(WIDTHS)(
		'at %i px, the pointer picks the part of a column it is over, the space above it, and the cap line',
		(width) => {
			const layout = ok(width);
			const pick = (px: number, py: number) => nearestPoint(layout.points, px, py, 'x')?.key;
			for (const c of layout.columns) {
				const centre = c.x + c.width / 2;
				const r = layout.inner.find((i) => i.key === `selected-${c.year}`);
				const under = r ? r.y : c.y + c.height;
				expect(pick(centre, c.y + (under - c.y) * 0.25), c.key).toBe(c.key);
				// Inside the selected column, away from the cap line (which wins within 5 px of it).
				const capY = layout.cap[0].y;
				if (r)
					expect(pick(centre, capY - r.y > 14 ? (r.y + capY) / 2 : (capY + r.y + r.height) / 2), r.key).toBe(r.key);
				else expect(pick(centre, (c.y + capY) / 2), c.key).toBe(c.key);
			}
			const c = layout.columns[1];
			expect(pick(c.x + c.width / 2, layout.cap[1].y + 2)).toBe('cap-2022');
			expect(pick(c.x + c.width / 2, c.y - 20)).toBe(c.key);
		}
	);

	/** Widths a container may have, 288 to 1200 px, every 12 px. */
	const SWEEP = Array.from({ length: (1200 - 288) / 12 + 1 }, (_, i) => 288 + i * 12);
	const SWEEP_TIMEOUT = 30_000;

	/**
	 * Texts that cover a column: any text on an eligible or selected column, except a selected value
	 * label, which sits inside its own eligible column's tint above the selected one, by design.
	 */
	function textsOnBars(layout: Ok): string[] {
		const bars = [
			...layout.columns.map((c) => ({ key: c.key, year: c.year, box: rectBox(c) })),
			...layout.inner.map((r) => ({ key: r.key, year: r.key.slice(-4), box: rectBox(r) }))
		];
		const texts = [
			...layout.values,
			...(layout.capLabel ? [layout.capLabel] : []),
			...(layout.flag ? [layout.flag.label] : []),
			...layout.legend.map((l) => l.label)
		];
		return texts.flatMap((t) =>
			bars
				.filter((b) => !(t.key === `value-selected-${b.year}` && b.key === `eligible-${b.year}`))
				.filter((b) => boxesOverlap(labelBox(t), b.box, -0.5))
				.map((b) => `${t.key} (${t.lines.join(' ')}) on ${b.key}`)
		);
	}
	const rectBox = (r: { x: number; y: number; width: number; height: number }) => ({
		left: r.x,
		right: r.x + r.width,
		top: r.y,
		bottom: r.y + r.height
	});

	describe.each([
		['English', EN],
		['Chinese', ZH]
	] as const)('in %s, at every width from 288 to 1200 px (every 12)', (_, locale) => {
		it(
			'no label covers a column, and no two labels (ticks included) overlap or leave the chart',
			() => {
				const problems = SWEEP.flatMap((width) => {
					const layout = ok(width, locale);
					return [...textsOnBars(layout), ...legibilityProblems(layout, { slack: WIDE_FONT_SLACK })].map(
						(p) => `${width} px: ${p}`
					);
				});
				expect(problems).toEqual([]);
			},
			SWEEP_TIMEOUT
		);

		it(
			'writes every number label of the chart, the cap included, in one form',
			() => {
				for (const width of SWEEP) {
					const layout = ok(width, locale);
					const numbers = [...layout.values.map((v) => v.lines[0]), capText(layout).replace(/^\D*/, '')];
					const digits = numbers.every((n) => /^\d{1,3}(,\d{3})+$/.test(n));
					const short = numbers.every((n) => /^\d+(\.\d)?(K|万)$/.test(n));
					expect(digits || short, `${width} px: ${numbers.join(' ')}`).toBe(true);
				}
			},
			SWEEP_TIMEOUT
		);
	});

	describe('in Chinese', () => {
		it.each(WIDTHS)('at %i px, no two labels overlap and none leaves the chart', (width) => {
			expectLegible(ok(width, ZH), width, { slack: WIDE_FONT_SLACK });
		});

		it.each(WIDTHS)('at %i px, writes each row of value labels in one form, never 12.76万 beside 124,415', (width) => {
			const layout = ok(width, ZH);
			for (const row of ['value-eligible', 'value-selected']) {
				const texts = layout.values.filter((v) => v.key.startsWith(row)).map((v) => v.lines[0]);
				if (width >= 640) expect(texts.length, row).toBeGreaterThan(0);
				const allDigits = texts.every((t) => /^\d{2,3},\d{3}$/.test(t));
				const allWan = texts.every((t) => /^\d+(\.\d)?万$/.test(t));
				expect(allDigits || allWan, `${row}: ${texts.join(' ')}`).toBe(true);
			}
		});

		it('keeps the 2027 flag on at most two lines at 640 px and wider, whole words', () => {
			for (const width of [640, 1200]) {
				const flag = ok(width, ZH).flag!.label;
				expect(flag.lines.join('')).toBe(ZH.t('h1b-demand.annotation.submitted'));
				expect(flag.lines.length).toBeLessThanOrEqual(2);
			}
			expect(wrap(ZH.t('h1b-demand.annotation.submitted'), 1000)).toHaveLength(1);
		});
	});
});
