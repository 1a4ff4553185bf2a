import { describe, expect, it } from 'vitest';
import { LIGHT } from '$lib/tokens';
import { chartImageSvg, svgToPng } from './chartImage';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): [number, number] {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return [view.getUint32(16), view.getUint32(20)];
}

describe('chartImageSvg("youth-unemployment")', () => {
	it('is a standalone SVG document with literal colours and the chart’s marks', async () => {
		const svg = await chartImageSvg('youth-unemployment', 'download');
		expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200"/);
		expect(svg).not.toMatch(/var\(--|<!--|-slot"/);
		expect(svg).toContain(`.export-chart .series.series-4 .line`);
		expect(svg).toContain(LIGHT['series-4']);
		expect(svg).toContain('data-key="new-16-24-2025-08"');
		expect(svg).toContain('China’s jobless rate for 16-to-24-year-olds');
	});

	it('rasterises to a PNG 1200 px wide, and the card to 1200 × 630', async () => {
		const download = svgToPng(await chartImageSvg('youth-unemployment', 'download'));
		const card = svgToPng(await chartImageSvg('youth-unemployment', 'card'));
		expect([...download.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
		expect(pngSize(download)[0]).toBe(1200);
		expect(pngSize(card)).toEqual([1200, 630]);
	}, 30_000);
});
