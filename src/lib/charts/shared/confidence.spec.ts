import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { CHART_DATA } from '$lib/server/datasets';
import { EN } from '$lib/i18n/locale';
import appCss from '../../../app.css?raw';
import { CHARTS } from '$lib/charts';
import ChartView from './ChartView.svelte';
import { weakKeys } from './confidence';

/** The class attribute of the mark drawn for `key`. */
function classOf(html: string, key: string): string {
	const tag = new RegExp(`<[a-z]+[^>]*data-key="${key}"[^>]*>`).exec(html)?.[0] ?? '';
	return /class="([^"]*)"/.exec(tag)?.[1] ?? '';
}

describe('unconfirmed (weak) data points', () => {
	it.each([
		['youth-unemployment', 'new-16-24-2026-02'],
		['visa-costs', 'china-k-us'],
		['h1b-demand', 'eligible-2027']
	] as const)('%s draws %s as unconfirmed, and confirmed points as before', async (id, key) => {
		const data = CHART_DATA[id];
		expect(weakKeys(data.datums).has(key)).toBe(true);
		const chart = await CHARTS.find((c) => c.id === id)!.load();
		const { body } = render(ChartView, { props: { chart, data, locale: EN } });
		expect(classOf(body, key).split(' ')).toContain('weak');
		const confirmed = data.datums.find((d) => d.confidence === 'confirmed')!;
		expect(classOf(body, confirmed.key).split(' ')).not.toContain('weak');
	});

	it('are styled hollow (dots) and as dashed unfilled outlines (bars)', () => {
		expect(appCss).toMatch(/\.series \.dot\.weak \{\s*fill: var\(--bg\);/);
		expect(appCss).toMatch(/\.mark\.weak \{\s*fill: none;[^}]*stroke-dasharray/);
	});
});
