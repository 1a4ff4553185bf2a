import { existsSync, readdirSync } from 'node:fs';
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHARTS } from '$lib/charts';
import { EN } from '$lib/i18n/locale';
import { ZH } from '$lib/i18n/current';
import { CHART_DATA } from '$lib/server/datasets';
import { chartStylesheet } from '$lib/server/chartStyles';
import { EXPORT_FONT_FAMILY, EXPORT_FONT_FAMILY_ZH, LIGHT } from '$lib/tokens';
import { expectFileSnapshot, toSvgSnapshot } from './kit/svgSnapshot';
import ChartView from './shared/ChartView.svelte';
import { chartCss, extractSvg } from './shared/svgExport';

const TEST_FILE = 'src/lib/charts/charts.render.spec.ts';
/** Each chart's snapshots are in its own folder: `charts/<id>/__snapshots__/`. */
const snapshots = (id: string) => new URL(`./${id}/__snapshots__/`, import.meta.url);
/** A phone and the site's desktop layout. */
const WIDTHS = [360, 1280] as const;
const LOCALES = [EN, ZH] as const;

const cases = CHARTS.flatMap((chart) =>
	WIDTHS.flatMap((width) =>
		LOCALES.map((locale) => ({ chart, width, locale, name: `${chart.id}.${locale.lang}.${width}.svg` }))
	)
);

describe('every chart rendered on the server matches its committed SVG snapshot', () => {
	// Compiling the components takes a while on a busy machine: do it once, before the timed tests.
	beforeAll(() => Promise.all(CHARTS.map((c) => c.load())), 60_000);

	it.each(cases)('$name', async ({ chart, width, locale, name }) => {
		const definition = await chart.load();
		const { body } = render(ChartView, { props: { chart: definition, data: CHART_DATA[chart.id], locale, width } });
		// The chart's styles in the light theme, as the SVG export writes them, so each file opens styled alone.
		const font = locale.lang === 'zh' ? EXPORT_FONT_FAMILY_ZH : EXPORT_FONT_FAMILY;
		const css = `svg{font-family:${font}}\n${chartCss(chartStylesheet(chart.id), LIGHT, extractSvg(body).classes, '')}`;
		const svg = toSvgSnapshot(body, css);
		expect(svg).toMatch(new RegExp(`viewBox="0 0 ${width} \\d+"`));
		expectFileSnapshot(svg, new URL(name, snapshots(chart.id)).pathname, TEST_FILE);
	});

	it('keeps no snapshot of a chart, width or language that is no longer rendered', () => {
		if (process.env.UPDATE_SNAPSHOTS === '1') return;
		for (const chart of CHARTS) {
			const dir = snapshots(chart.id);
			const files = readdirSync(dir).filter((f) => f.endsWith('.svg'));
			expect(files.sort(), `Delete the stale snapshots in ${dir.pathname}`).toEqual(
				cases
					.filter((c) => c.chart.id === chart.id)
					.map((c) => c.name)
					.sort()
			);
		}
		// Snapshots of a chart that left the list, in the old shared folder or a folder of its own.
		const shared = new URL('./__snapshots__/', import.meta.url);
		expect(existsSync(shared), `Delete ${shared.pathname}: snapshots live in each chart's folder`).toBe(false);
	});
});
