import { describe, expect, it } from 'vitest';
import { CHART_DATA } from '$lib/server/datasets';
import { EN } from '$lib/i18n/locale';
import { ZH } from '$lib/i18n/current';
import { expectLegible, layoutTexts } from '../kit/legibility';
import { measure } from '../kit/text';
import { youthUnemploymentLayout } from './youthUnemployment.layout';

const data = CHART_DATA['youth-unemployment'];
const WIDTHS = [280, 320, 360, 414, 520, 640, 900, 1200];

describe('youthUnemploymentLayout labels', () => {
	for (const locale of [EN, ZH]) {
		it.each(WIDTHS)(`in ${locale.lang} at %d px: no label overlaps another, all inside the chart`, (width) => {
			const layout = youthUnemploymentLayout(data.datums, width, locale);
			// Four series labels, the suspension and peak notes and the axis title, besides the ticks.
			expect(layoutTexts(layout).filter((t) => !/^[xy]-/.test(t.key))).toHaveLength(7);
			expectLegible(layout, width);
		});
	}

	it('keeps the Chinese suspension label on one line even where the band is narrow', () => {
		const layout = youthUnemploymentLayout(data.datums, 360, ZH);
		expect(layout.kind === 'ok' && layout.band.label.lines).toEqual(['暂停发布']);
	});

	it('labels the Chinese series within the right-hand column at 360 px', () => {
		const layout = youthUnemploymentLayout(data.datums, 360, ZH);
		if (layout.kind !== 'ok') throw new Error('empty layout');
		for (const s of layout.series.filter((s) => s.key !== 'old-16-24')) {
			for (const line of s.label.lines) expect(s.label.x + measure(line)).toBeLessThanOrEqual(360);
		}
	});
});
