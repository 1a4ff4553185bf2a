import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foreignWorkersData } from './data';
import { parseCsv } from '$lib/data/parse';
import { ForeignersRow } from '$lib/data/schema';
import { EN } from '$lib/i18n/locale';
import { expectLegible, layoutTexts } from '../kit/legibility';
import { blockBox } from '../kit/text';
import { FOREIGN_SERIES, STORY_KEY, foreignWorkersLayout, type ForeignWorkersLayout } from './foreignWorkers.layout';

const csv = readFileSync(new URL('../../data/raw/foreigners-in-china.csv', import.meta.url), 'utf8');
const data = foreignWorkersData(parseCsv('foreigners-in-china.csv', csv, ForeignersRow));
const WIDTHS = [280, 320, 360, 480, 640, 800, 1200];

type Ok = Extract<ForeignWorkersLayout, { kind: 'ok' }>;
function ok(width: number): Ok {
	const layout = foreignWorkersLayout(data.datums, width, EN);
	if (layout.kind !== 'ok') throw new Error('expected a drawn chart');
	return layout;
}

/** The vertices of an SVG path made of M/L commands. */
function vertices(d: string): { x: number; y: number }[] {
	return [...d.matchAll(/[ML]\s*(-?[\d.e-]+)[ ,](-?[\d.e-]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
}

describe('foreignWorkersLayout', () => {
	it('returns empty with no datums, one datum, or only series it does not know', () => {
		expect(foreignWorkersLayout([], 640, EN).kind).toBe('empty');
		expect(foreignWorkersLayout(data.datums.slice(0, 1), 640, EN).kind).toBe('empty');
		const unknown = data.datums.map((d) => ({ ...d, series: 'other' }));
		expect(foreignWorkersLayout(unknown, 640, EN).kind).toBe('empty');
	});

	it('plots every datum once, one series per definition, on years 2003-2024 and counts from 0', () => {
		const layout = ok(640);
		const dots = layout.series.flatMap((s) => s.dots);
		expect(dots.map((d) => d.key).sort()).toEqual(data.datums.map((d) => d.key).sort());
		expect(layout.series.map((s) => s.key)).toEqual(FOREIGN_SERIES.map((s) => s.key));
		const years = layout.xTicks.map((t) => Number(t.label));
		expect(Math.min(...years)).toBeGreaterThanOrEqual(2003);
		expect(Math.max(...years)).toBeLessThanOrEqual(2024);
		expect(layout.yTicks[0]).toMatchObject({ key: '0', pos: layout.plot.bottom });
		// 711,000 sits 71.1% of the way up a 0-1M axis.
		const story = dots.find((d) => d.key === STORY_KEY)!;
		const top = layout.yTicks.at(-1)!;
		expect(top.label).toBe('1M');
		expect((layout.plot.bottom - story.cy) / (layout.plot.bottom - top.pos)).toBeCloseTo(0.711, 6);
	});

	it('joins dots only within census, all permits and work permits; never the worker estimates or the US', () => {
		const layout = ok(640);
		const joined = layout.series.filter((s) => s.path).map((s) => s.key);
		expect(joined).toEqual(['census', 'permits-all', 'permits-work']);
		expect(layout.series.find((s) => s.key === 'workers')!.dots.length).toBe(2);
		expect(layout.series.find((s) => s.key === 'workers')!.path).toBe('');
		expect(layout.series.find((s) => s.key === 'us-h1b')!.path).toBe('');
	});

	it.each(WIDTHS)('at %i px every line runs only through dots of its own series', (w) => {
		const layout = ok(w);
		for (const s of layout.series.filter((x) => x.path)) {
			const vs = vertices(s.path);
			expect(vs.length).toBe(s.dots.length);
			vs.forEach((v, i) => {
				expect(v.x).toBeCloseTo(s.dots[i].cx, 3);
				expect(v.y).toBeCloseTo(s.dots[i].cy, 3);
			});
			const others = layout.series.filter((o) => o.key !== s.key).flatMap((o) => o.dots);
			for (const v of vs) for (const o of others) expect(Math.hypot(v.x - o.cx, v.y - o.cy)).toBeGreaterThan(0.5);
		}
	});

	it('gives every series its own symbol and colour', () => {
		const layout = ok(640);
		expect(new Set(layout.series.map((s) => s.shape)).size).toBe(layout.series.length);
		expect(new Set(layout.series.map((s) => s.colour)).size).toBe(layout.series.length);
		expect(new Set(layout.series.map((s) => s.dots[0].d)).size).toBe(layout.series.length);
		expect(layout.series.find((s) => s.key === 'us-h1b')!.shape).toBe('star');
	});

	it.each(WIDTHS)('at %i px annotates the 711,000 permits of 2023 next to that dot', (w) => {
		const layout = ok(w);
		const a = layout.annotation!;
		expect(a.key).toBe(STORY_KEY);
		expect(data.datums.find((d) => d.key === a.key)!.value).toBe(711000);
		const dot = layout.series.flatMap((s) => s.dots).find((d) => d.key === STORY_KEY)!;
		expect([a.cx, a.cy]).toEqual([dot.cx, dot.cy]);
		expect(a.text.lines.join(' ')).toBe(EN.t('foreign-workers.annotation.story'));
		const box = blockBox(a.text);
		const distance = Math.hypot(
			Math.max(box.left - dot.cx, 0, dot.cx - box.right),
			Math.max(box.top - dot.cy, 0, dot.cy - box.bottom)
		);
		expect(distance).toBeLessThan(60);
	});

	it('has one focus point per datum, on its dot, with a row per series', () => {
		const layout = ok(360);
		const keys = new Set(data.datums.map((d) => d.key));
		expect(layout.points.length).toBe(data.datums.length);
		for (const p of layout.points) {
			expect(keys.has(p.key)).toBe(true);
			const s = layout.series.find((x) => x.dots.some((d) => d.key === p.key))!;
			const dot = s.dots.find((d) => d.key === p.key)!;
			expect([p.x, p.y]).toEqual([dot.cx, dot.cy]);
			expect(p.row).toBe(FOREIGN_SERIES.findIndex((x) => x.key === s.key));
		}
	});

	it('uses fewer year ticks when narrow', () => {
		expect(ok(280).xTicks.length).toBeLessThan(ok(1200).xTicks.length);
		expect(ok(280).xTicks.length).toBeGreaterThanOrEqual(2);
	});

	it.each(WIDTHS)('at %i px no text overlaps other text, a dot or a line, and nothing is clipped', (w) => {
		const layout = ok(w);
		const dots = layout.series.flatMap((s) =>
			s.dots.map((d) => ({ key: d.key, box: { left: d.cx - 5, right: d.cx + 5, top: d.cy - 5, bottom: d.cy + 5 } }))
		);
		expectLegible(layout, w, { marks: dots });
		for (const { key, box } of layoutTexts(layout).map((t) => ({ key: t.key, box: blockBox(t) }))) {
			for (const s of layout.series.filter((x) => x.path)) {
				const vs = vertices(s.path);
				for (let k = 1; k < vs.length; k++) {
					for (let t = 0; t <= 100; t++) {
						const px = vs[k - 1].x + ((vs[k].x - vs[k - 1].x) * t) / 100;
						const py = vs[k - 1].y + ((vs[k].y - vs[k - 1].y) * t) / 100;
						const inside = px > box.left && px < box.right && py > box.top && py < box.bottom;
						expect(inside, `${key} / line ${s.key}`).toBe(false);
					}
				}
			}
		}
	});
});
