import { describe, expect, it } from 'vitest';
import { VISA_ROUTES } from './routes';
import { loadChartData } from '$lib/data/loadFromDisk';
import type { Datum } from '$lib/data/types';
import { EN } from '$lib/i18n/locale';
import { expectLegible } from '../kit/legibility';
import { blockBox as textBox } from '../kit/text';
import { DAGGER, NARROW_WIDTH, visaCostsLayout, type VisaCostsLayout } from './visaCosts.layout';

const data = (await loadChartData())['visa-costs'];
const WIDTHS = [280, 320, 360, 480, 640, 800, 1200];

type Ok = Extract<VisaCostsLayout, { kind: 'ok' }>;
function ok(width: number, datums: readonly Datum[] = data.datums): Ok {
	const layout = visaCostsLayout(datums, width, EN);
	if (layout.kind !== 'ok') throw new Error('expected a drawn chart');
	return layout;
}
const bar = (layout: Ok, key: string) => layout.bars.find((b) => b.key === key)!;

describe('visaCostsLayout', () => {
	it('returns empty for no datums or only zero values', () => {
		expect(visaCostsLayout([], 640, EN).kind).toBe('empty');
		const zero = data.datums.filter((d) => d.value === 0);
		expect(zero.length).toBeGreaterThan(0);
		expect(visaCostsLayout(zero, 640, EN).kind).toBe('empty');
	});

	it('draws one bar per route, longest first, in the registry order of routes', () => {
		const layout = ok(640);
		expect(layout.bars.map((b) => b.key)).toEqual([...VISA_ROUTES]);
		const widths = layout.bars.map((b) => b.width);
		for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeLessThanOrEqual(widths[i - 1]);
		for (let i = 1; i < layout.bars.length; i++) expect(layout.bars[i].y).toBeGreaterThan(layout.bars[i - 1].y);
	});

	it.each(WIDTHS)('at %i px the US-abroad bar is the longest, about 9.47 times the UK large-sponsor bar', (w) => {
		const layout = ok(w);
		const us = bar(layout, 'us-large-abroad');
		expect(Math.max(...layout.bars.map((b) => b.width))).toBe(us.width);
		expect(us.width / bar(layout, 'uk-large').width).toBeCloseTo(103800 / 10959.07, 3);
		expect(us.width / bar(layout, 'uk-large').width).toBeCloseTo(9.47, 1);
	});

	it('keeps the US in-country and abroad bars visible side by side', () => {
		for (const w of WIDTHS) {
			const layout = ok(w);
			expect(bar(layout, 'us-large').width).toBeGreaterThan(3);
			expect(bar(layout, 'us-small').width).toBeGreaterThan(2);
			expect(bar(layout, 'us-large-abroad').width).toBeGreaterThan(bar(layout, 'us-large').width * 25);
		}
	});

	it('writes every value at its bar end, and marks $0 as no fee rather than leaving it blank', () => {
		const layout = ok(640);
		for (const b of layout.bars) expect(b.value.x).toBeCloseTo(b.x + b.width + 6, 6);
		expect(bar(layout, 'us-large-abroad').value.lines).toEqual(['$103,800']);
		expect(bar(layout, 'uk-large').value.lines).toEqual(['$10,959']);
		expect(bar(layout, 'japan').value.lines).toEqual(['$19']);
		expect(bar(layout, 'japan').width).toBeGreaterThanOrEqual(1);
		expect(bar(layout, 'china-r').width).toBe(0);
		expect(bar(layout, 'china-r').value.lines).toEqual(['$0, no fee']);
	});

	it('marks the inferred China K-visa totals with a dagger and explains it in a footnote', () => {
		const layout = ok(640);
		const daggered = layout.bars.filter((b) => b.label.lines.join(' ').endsWith(DAGGER)).map((b) => b.key);
		expect(daggered.sort()).toEqual(['china-k-india', 'china-k-us']);
		expect(layout.footnote?.lines.join(' ')).toContain(DAGGER);
		expect(layout.footnote?.lines.join(' ')).toContain('K-visa fee');
	});

	it('colours US and China bars apart from the rest, and their labels name the country', () => {
		const layout = ok(640);
		const colourOf = (group: string) => new Set(layout.bars.filter((b) => b.group === group).map((b) => b.colour));
		const [us, china, other] = [colourOf('us'), colourOf('china'), colourOf('other')];
		expect(us.size).toBe(1);
		expect(china.size).toBe(1);
		expect(new Set([...us, ...china, ...other]).size).toBe(3);
		for (const b of layout.bars) {
			const text = b.label.lines.join(' ');
			if (b.group === 'us') expect(text).toMatch(/^US /);
			if (b.group === 'china') expect(text).toMatch(/^China /);
		}
		expect(layout.legend.map((l) => l.label.lines[0])).toEqual(['United States', 'China', 'Other countries']);
	});

	it('has one focus point per datum, at each bar end, rows in bar order', () => {
		for (const w of [280, 1200]) {
			const layout = ok(w);
			const keys = new Set(data.datums.map((d) => d.key));
			expect(layout.points.length).toBe(data.datums.length);
			for (const p of layout.points) expect(keys.has(p.key)).toBe(true);
			layout.points.forEach((p, i) => {
				const b = bar(layout, p.key);
				expect(p.row).toBe(i);
				expect(p.x).toBeCloseTo(b.x + b.width, 6);
				expect(p.y).toBeCloseTo(b.y + b.height / 2, 6);
			});
		}
	});

	it('starts the value axis at 0 with few ticks, fewer when narrow', () => {
		const narrow = ok(280);
		const wide = ok(1200);
		expect(narrow.xGrid[0]).toMatchObject({ key: '0', label: '$0', pos: narrow.plot.left });
		expect(narrow.xGrid.length).toBeGreaterThanOrEqual(2);
		expect(narrow.xGrid.length).toBeLessThanOrEqual(3);
		expect(wide.xGrid.length).toBeGreaterThan(narrow.xGrid.length);
		expect(wide.xGrid.length).toBeLessThanOrEqual(6);
		for (const t of wide.xGrid) expect(t.pos).toBeLessThanOrEqual(wide.plot.right + 1e-6);
	});

	it('puts category labels above the bars on phones and in a left column on wide screens', () => {
		const phone = ok(NARROW_WIDTH - 1);
		for (const b of phone.bars) {
			expect(b.label.anchor).toBe('start');
			expect(textBox(b.label).bottom).toBeLessThanOrEqual(b.y);
		}
		const desk = ok(1200);
		for (const b of desk.bars) {
			expect(b.label.anchor).toBe('end');
			expect(textBox(b.label).right).toBeLessThan(b.x);
		}
	});

	it.each(WIDTHS)('at %i px no text overlaps other text or a bar, and nothing is clipped', (w) => {
		const layout = ok(w);
		const bars = layout.bars.map((b) => ({
			key: b.key,
			box: { left: b.x, right: b.x + b.width, top: b.y, bottom: b.y + b.height }
		}));
		expectLegible(layout, w, { marks: bars });
	});

	it('grows taller on phones, where labels sit above the bars', () => {
		expect(ok(320).size.height).toBeGreaterThan(ok(1200).size.height);
		expect(ok(1200).size.height).toBeLessThan(560);
	});
});
