import { describe, expect, it } from 'vitest';
import { CHART_DATA } from '$lib/server/datasets';
import { EN } from '$lib/i18n/locale';
import { ZH } from '$lib/i18n/current';
import { overlapArea } from '../shared/labels';
import { textWidth } from '../shared/text';
import { youthLabelBoxes, youthUnemploymentLayout } from './youthUnemployment.layout';

const data = CHART_DATA['youth-unemployment'];
const WIDTHS = [280, 320, 360, 414, 520, 640, 900, 1200];

describe('youthUnemploymentLayout labels', () => {
	for (const locale of [EN, ZH]) {
		it.each(WIDTHS)(`in ${locale.lang} at %d px: no label overlaps another, all inside the chart`, (width) => {
			const layout = youthUnemploymentLayout(data.datums, width, locale);
			const boxes = youthLabelBoxes(layout);
			expect(boxes.length).toBe(7);
			for (let i = 0; i < boxes.length; i++) {
				const { key, box } = boxes[i];
				expect(box.x0, `${key} left edge`).toBeGreaterThanOrEqual(0);
				expect(box.x1, `${key} right edge`).toBeLessThanOrEqual(width);
				for (const other of boxes.slice(i + 1)) {
					expect(overlapArea(box, other.box), `${key} overlaps ${other.key}`).toBe(0);
				}
			}
		});
	}

	it('keeps the Chinese suspension label on one line even where the band is narrow', () => {
		const layout = youthUnemploymentLayout(data.datums, 360, ZH);
		expect(layout.kind === 'ok' && layout.band.label).toEqual(['暂停发布']);
	});

	it('labels the Chinese series within the right-hand column at 360 px', () => {
		const layout = youthUnemploymentLayout(data.datums, 360, ZH);
		if (layout.kind !== 'ok') throw new Error('empty layout');
		for (const s of layout.series.filter((s) => s.key !== 'old-16-24')) {
			for (const line of s.label.lines) expect(s.label.x + textWidth(line)).toBeLessThanOrEqual(360);
		}
	});
});
