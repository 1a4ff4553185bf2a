import { describe, it } from 'vitest';
import { CHARTS, type ChartId } from '$lib/charts';
import type { Datum } from '$lib/data/types';
import { EN, type Locale } from '$lib/i18n/locale';
import { ZH } from '$lib/i18n/current';
import { CHART_DATA } from '$lib/server/datasets';
import { expectLegible } from './kit/legibility';
import { WIDE_FONT_SLACK } from './kit/text';
import { heightFor } from './shared/size';
import { foreignWorkersLayout } from './foreign-workers/foreignWorkers.layout';
import { h1bCostLayout } from './h1b-cost/h1bCost.layout';
import { h1bDemandLayout } from './h1b-demand/h1bDemand.layout';
import { visaCostsLayout } from './visa-costs/visaCosts.layout';
import { youthUnemploymentLayout } from './youth-unemployment/youthUnemployment.layout';

type AnyLayout = { kind: string; size: { width: number; height: number } };
const sized = (width: number) => ({ width, height: heightFor(width) });

/**
 * Each chart's layout at a width, sized as its component sizes it, and the slack its labels are
 * planned with (a `Record` over the ids, so a new chart does not type-check until it is here).
 */
const LAYOUTS: Record<ChartId, { layout: (d: readonly Datum[], w: number, l: Locale) => AnyLayout; slack?: number }> = {
	'h1b-cost': { layout: (d, w, l) => h1bCostLayout(d, sized(w), l), slack: WIDE_FONT_SLACK },
	'visa-costs': { layout: (d, w, l) => visaCostsLayout(d, w, l) },
	'foreign-workers': { layout: (d, w, l) => foreignWorkersLayout(d, w, l) },
	'youth-unemployment': { layout: (d, w, l) => youthUnemploymentLayout(d, sized(w), l) },
	'h1b-demand': { layout: (d, w, l) => h1bDemandLayout(d, sized(w), l), slack: WIDE_FONT_SLACK }
};

const WIDTHS = [320, 360, 640, 1000, 1280];

describe('every chart is legible at every width, in both languages', () => {
	for (const { id } of CHARTS) {
		for (const locale of [EN, ZH]) {
			it.each(WIDTHS)(`${id} in ${locale.lang} at %i px: no text overlaps or leaves the chart`, (width) => {
				const { layout, slack } = LAYOUTS[id];
				expectLegible(layout(CHART_DATA[id].datums, width, locale), width, { slack });
			});
		}
	}
});
