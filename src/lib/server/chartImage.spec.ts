import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHART_IDS } from '$lib/charts';
import { LIGHT } from '$lib/tokens';
import { chartImageSvg, rasterise, svgToPng } from './chartImage';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): [number, number] {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return [view.getUint32(16), view.getUint32(20)];
}

describe('chartImageSvg("youth-unemployment")', () => {
	it('is a standalone SVG document with literal colours and the chart’s marks', async () => {
		const svg = await chartImageSvg('youth-unemployment', 'download');
		expect(svg).toMatch(
			/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200"/
		);
		expect(svg).not.toMatch(/var\(--|<!--|-slot"/);
		expect(svg).toContain(`.export-chart .series.series-4 .line`);
		expect(svg).toContain(LIGHT['series-4']);
		expect(svg).toContain('data-key="new-16-24-2025-08"');
		expect(svg).toContain('China’s jobless rate for 16-to-24-year-olds');
	});

	it('credits the site without an address when no origin is configured (the test build has none)', async () => {
		const svg = await chartImageSvg('youth-unemployment', 'card');
		expect(svg).toMatch(/<text class="export-credit"[^>]*>(?:<tspan[^>]*>)?Talent Race(?:<\/tspan>)?<\/text>/);
		expect(svg).not.toMatch(/\.example\b/);
	});

	it('rasterises to a PNG 1200 px wide, and the card to 1200 × 630', async () => {
		const download = svgToPng(await chartImageSvg('youth-unemployment', 'download'));
		const card = svgToPng(await chartImageSvg('youth-unemployment', 'card'));
		expect([...download.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
		expect(pngSize(download)[0]).toBe(1200);
		expect(pngSize(card)).toEqual([1200, 630]);
	}, 30_000);
});

/** Pixels darker than the darkest theme colour (fg, #1a1a1a): SVG's default black fill or stroke. */
function blackPixels(svg: string): number {
	const { pixels } = rasterise(svg);
	let count = 0;
	for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 8 && pixels[i + 1] < 8 && pixels[i + 2] < 8) count++;
	return count;
}

describe.each(CHART_IDS)('the exported images of %s', (id) => {
	afterEach(() => vi.restoreAllMocks());

	it.each(['download', 'card'] as const)('carry every mark style in the %s (no component-scoped CSS)', async (kind) => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const svg = await chartImageSvg(id, kind);
		expect(warn).not.toHaveBeenCalled();
		expect(svg).not.toMatch(/svelte-[a-z0-9]+/);
		// Neither resvg nor older viewers know these; resvg paints an unknown colour black.
		expect(svg).not.toMatch(/var\(--|color-mix\(/);
	});

	it('paints nothing in SVG’s default black', async () => {
		expect(blackPixels(await chartImageSvg(id, 'download'))).toBe(0);
	}, 30_000);
});

describe('chartImageSvg("h1b-demand")', () => {
	it('draws the FY2027 column with the hatch pattern and mixes the column tint into a literal colour', async () => {
		const svg = await chartImageSvg('h1b-demand', 'download');
		const hatch = /<pattern id="([^"]+)"/.exec(svg)?.[1];
		expect(hatch).toBeTruthy();
		expect(svg).toContain(`fill="url(#${hatch})"`);
		// The column tint is 28% and the hatch 55% of series-3 (#0072b2) on white.
		expect(svg).toContain('fill:#b8d8e9');
		expect(svg).toMatch(/\.h1b-demand-hatch(?:\.series-3)?\{stroke:#73b1d5\}/);
	});
});
