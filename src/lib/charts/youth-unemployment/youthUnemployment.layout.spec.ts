import { describe, expect, it } from 'vitest';
import { youthUnemploymentLayout } from './youthUnemployment.layout';
import { loadChartData } from '$lib/data/loadFromDisk';
import { EN } from '$lib/i18n/locale';
import { heightFor } from '../shared/size';
import { LABEL_SIZE, textWidth } from '../shared/text';

const data = loadChartData()['youth-unemployment'];
const sizeAt = (width: number) => ({ width, height: heightFor(width) });

function ok(width: number) {
	const layout = youthUnemploymentLayout(data.datums, sizeAt(width), EN);
	if (layout.kind !== 'ok') throw new Error('expected a layout');
	return layout;
}

describe('youthUnemploymentLayout(datums, size, locale)', () => {
	it('returns the empty layout for no data', () => {
		expect(youthUnemploymentLayout([], sizeAt(640), EN).kind).toBe('empty');
	});

	it('draws the old and new 16-24 series as separate lines', () => {
		const layout = ok(640);
		const old = layout.series.find((s) => s.key === 'old-16-24')!;
		const fresh = layout.series.find((s) => s.key === 'new-16-24')!;
		expect(old.dots.at(-1)!.cx).toBeLessThan(layout.band.x0 + 1);
		expect(fresh.dots[0].cx).toBeGreaterThan(layout.band.x1 - 1);
	});

	it('leaves a gap in a line where a month is missing (February 2026)', () => {
		const fresh = ok(640).series.find((s) => s.key === 'new-16-24')!;
		// Each "M" starts a new run of the path: the Feb 2026 gap splits the line.
		expect(fresh.path.match(/M/g)!.length).toBeGreaterThanOrEqual(2);
	});

	it('gives one focus point per datum, with real datum keys', () => {
		const layout = ok(640);
		const keys = new Set(data.datums.map((d) => d.key));
		expect(layout.points.length).toBe(data.datums.length);
		for (const p of layout.points) expect(keys.has(p.key)).toBe(true);
	});

	it('puts the highest value (21.3%, June 2023) highest on the chart', () => {
		const layout = ok(640);
		const top = [...layout.points].sort((a, b) => a.y - b.y)[0];
		expect(top.key).toBe('old-16-24-2023-06');
	});

	it.each([280, 360, 640, 1200])('at %i px, the right-hand series labels do not overlap and stay in the chart', (width) => {
		const layout = ok(width);
		const boxes = layout.series
			.filter((s) => s.key !== 'old-16-24')
			.map((s) => ({
				top: s.label.y - LABEL_SIZE / 2,
				bottom: s.label.y + (s.label.lines.length - 1) * (LABEL_SIZE + 2) + LABEL_SIZE / 2,
				right: s.label.x + Math.max(...s.label.lines.map((l) => textWidth(l)))
			}))
			.sort((a, b) => a.top - b.top);
		for (let i = 1; i < boxes.length; i++) expect(boxes[i].top).toBeGreaterThanOrEqual(boxes[i - 1].bottom - 2);
		for (const b of boxes) expect(b.right).toBeLessThanOrEqual(width + 1);
	});

	it('uses fewer year ticks on a phone than on a desktop', () => {
		expect(ok(320).xTicks.length).toBeLessThan(ok(1200).xTicks.length);
	});
});
