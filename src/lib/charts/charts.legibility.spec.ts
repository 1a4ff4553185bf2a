import { describe, it } from 'vitest';
import { CHARTS } from '$lib/charts';
import { EN } from '$lib/i18n/locale';
import { ZH } from '$lib/i18n/current';
import { CHART_DATA } from '$lib/server/datasets';
import { expectLegible } from './kit/legibility';

const WIDTHS = [320, 360, 640, 1000, 1280];

describe('every chart is legible at every width, in both languages', () => {
	for (const chart of CHARTS) {
		for (const locale of [EN, ZH]) {
			it.each(WIDTHS)(`${chart.id} in ${locale.lang} at %i px: no text overlaps or leaves the chart`, async (width) => {
				const { layout, slack } = await chart.load();
				expectLegible(layout(CHART_DATA[chart.id].datums, width, locale), width, { slack });
			});
		}
	}
});
