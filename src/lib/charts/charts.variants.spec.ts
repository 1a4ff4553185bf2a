import { render } from 'svelte/server';
import { beforeAll, describe, expect, test } from 'vitest';
import { CHARTS } from '$lib/charts';
import { EN } from '$lib/i18n/locale';
import { ZH } from '$lib/i18n/current';
import { CHART_DATA } from '$lib/server/datasets';
import { layoutTexts } from './kit/legibility';
import { LABEL_SIZE } from './kit/text';
import ChartView from './shared/ChartView.svelte';
import { CHART_MIN_FONT, LAYOUT_VARIANTS } from './shared/responsive';

describe('every chart is prerendered at each layout variant', () => {
	beforeAll(() => Promise.all(CHARTS.map((c) => c.load())), 60_000);

	test.each(
		CHARTS.flatMap((chart) => [EN, ZH].map((locale) => ({ chart, locale, name: `${chart.id}.${locale.lang}` })))
	)('$name: one SVG per variant, laid out at its width', async ({ chart, locale }) => {
		const definition = await chart.load();
		const { body } = render(ChartView, { props: { chart: definition, data: CHART_DATA[chart.id], locale } });
		const drawn = [...body.matchAll(/data-layout-width="(\d+)"[\s\S]*?viewBox="0 0 (\d+) \d+(?:\.\d+)?"/g)];
		expect(drawn.map((m) => [Number(m[1]), Number(m[2])])).toEqual(LAYOUT_VARIANTS.map((v) => [v.width, v.width]));
	});

	test.each(
		CHARTS.flatMap((chart) => [EN, ZH].map((locale) => ({ chart, locale, name: `${chart.id}.${locale.lang}` })))
	)('$name: no text under the size the variants were picked for', async ({ chart, locale }) => {
		const definition = await chart.load();
		for (const { width } of LAYOUT_VARIANTS) {
			const layout = definition.layout(CHART_DATA[chart.id].datums, width, locale);
			const small = layoutTexts(layout).filter((t) => (t.size ?? LABEL_SIZE) < CHART_MIN_FONT);
			expect(
				small.map((t) => `${t.key}: ${t.size} px`),
				`at ${width} px`
			).toEqual([]);
		}
	});
});
