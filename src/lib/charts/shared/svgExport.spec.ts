import { describe, expect, it } from 'vitest';
import { LIGHT } from '$lib/tokens';
import { chartStylesheet } from '$lib/server/chartStyles';
import { chartCss, extractSvg, resolveColorMix } from './svgExport';

const page = `<div class="chart-canvas"><!--[--><div class="plot" tabindex="0" role="group" aria-label="x">
<svg viewBox="0 0 640 397" width="640" height="397" role="img" aria-labelledby="s1-t s1-d"><title id="s1-t">Title</title><desc id="s1-d">Desc</desc><!---->
<g class="series series-2" data-series="a"><path class="line" d="M0,0L1,1"></path><circle class="dot active" data-key="a-1" r="5"></circle></g>
<svg class="inset" viewBox="0 0 10 10"><rect width="1" height="1"></rect></svg>
</svg></div><p class="visually-hidden" aria-live="polite"></p><!--]--></div>`;

describe('extractSvg(html)', () => {
	const svg = extractSvg(page);

	it('takes the viewBox as the layout size', () => {
		expect(svg.size).toEqual({ width: 640, height: 397 });
	});

	it('keeps nested svg elements and stops at the matching </svg>', () => {
		expect(svg.inner).toContain('<svg class="inset" viewBox="0 0 10 10"><rect width="1" height="1"></rect></svg>');
		expect(svg.inner).not.toContain('visually-hidden');
	});

	it('drops comments, the chart’s own title and desc, and ARIA attributes', () => {
		expect(svg.inner).not.toMatch(/<!--|<title|<desc|aria-|role=|tabindex/);
		expect(svg.inner).toContain('data-key="a-1"');
	});

	it('collects the class names used', () => {
		expect([...svg.classes].sort()).toEqual(['active', 'dot', 'inset', 'line', 'series', 'series-2']);
	});

	it.each([
		['<p>PLACEHOLDER</p>', /no <svg>/],
		['<svg viewBox="0 0 1 1"><g></g>', /not closed/],
		['<svg width="10"></svg>', /viewBox/]
	])('throws on %j', (html, message) => {
		expect(() => extractSvg(html)).toThrow(message);
	});
});

describe('chartCss(css, tokens, classes, scope)', () => {
	const css = `
		:root { --fg: #000; --c: red; }
		html { color: var(--fg); font-family: serif; }
		svg text { font-size: 12px; fill: var(--fg); }
		.band { fill: var(--band); }
		.series .line { fill: none; stroke: var(--c); stroke-width: 2; transition: r 1s; }
		.series .dot.active, .mark.active { stroke: var(--fg); }
		.plot:focus-visible { outline: 2px solid var(--focus); }
		.series-1 { --c: var(--series-1); }
		.series-2 { --c: var(--series-2); }
		@media (prefers-color-scheme: dark) { .series .line { stroke: pink; } }
	`;
	const out = chartCss(css, LIGHT, new Set(['series', 'series-2', 'line', 'dot', 'active']), '.x');

	it('replaces theme variables with the light palette’s literal colours', () => {
		expect(out).toContain(`.x svg text{font-size:12px;fill:${LIGHT.fg}}`);
		expect(out).not.toContain('var(');
	});

	it('expands a per-class variable into rules for each class the chart uses', () => {
		expect(out).toContain(`.x .series.series-2 .line`);
		expect(out).toContain(`stroke:${LIGHT['series-2']}`);
		expect(out).not.toContain(LIGHT['series-1']);
	});

	it('keeps only selectors that can match the chart, and only SVG properties', () => {
		expect(out).toContain('.x .series .dot.active{stroke:');
		expect(out).not.toMatch(/\.mark|\.band|html|focus|outline|transition|pink/);
	});

	it('turns the project’s own chart CSS into literal rules for the youth chart’s classes', () => {
		const real = chartCss(
			chartStylesheet('youth-unemployment'),
			LIGHT,
			new Set(['axes', 'grid', 'tick', 'series', 'series-4', 'line', 'dot', 'series-label', 'band', 'annotation']),
			'.export-chart'
		);
		expect(real).toContain(`.export-chart .band{fill:${LIGHT.band}}`);
		expect(real).toContain(`.export-chart .series.series-4 .line`);
		expect(real).toContain(`stroke:${LIGHT['series-4']}`);
		expect(real).not.toContain('var(');
	});
});

describe('resolveColorMix(value)', () => {
	it.each([
		['color-mix(in srgb, #0072b2 28%, #ffffff)', '#b8d8e9'],
		['color-mix(in srgb, #0072b2, #fff 72%)', '#b8d8e9'],
		['color-mix(in srgb, #000000, #ffffff)', '#808080'],
		['color-mix(in srgb, #ff0000 30%, #0000ff 30%)', '#800080'],
		['1px solid color-mix(in srgb, #000 100%, #fff)', '1px solid #000000'],
		['#123456', '#123456']
	])('%s -> %s', (value, expected) => {
		expect(resolveColorMix(value)).toBe(expected);
	});

	it.each(['color-mix(in oklch, #000, #fff)', 'color-mix(in srgb, red, #fff)'])('refuses %s', (value) => {
		expect(() => resolveColorMix(value)).toThrow(/only color-mix\(in srgb/);
	});
});

describe('chartCss with color-mix()', () => {
	it('mixes a per-class colour with a theme colour', () => {
		const css = `.s-3 { --c: var(--series-3); } .col { fill: color-mix(in srgb, var(--c) 28%, var(--bg)); stroke: var(--c); }`;
		const out = chartCss(css, LIGHT, new Set(['s-3', 'col']), '.x');
		expect(out).toContain('.x .s-3 .col');
		expect(out).toContain('fill:#b8d8e9;stroke:#0072b2');
	});
});
