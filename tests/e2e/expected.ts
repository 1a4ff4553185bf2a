// The data the site must publish, built in Node straight from the raw CSV files through the same
// parsers and each chart's `data.ts`, as the site's `$lib/server/datasets` does (that module loads the
// files with Vite's `?raw`, which Playwright cannot import): see src/lib/data/loadFromDisk.ts.
import { loadChartData } from '../../src/lib/data/loadFromDisk';
import { CHART_IDS } from '../../src/lib/charts/list.js';

export const EXPECTED = await loadChartData();

export { CHART_IDS };

/** Width and height from a PNG's IHDR chunk, after checking the 8-byte signature. */
export function pngSize(png: Buffer): { width: number; height: number } {
	const signature = [137, 80, 78, 71, 13, 10, 26, 10];
	if (!signature.every((byte, i) => png[i] === byte)) throw new Error('not a PNG');
	if (png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG without IHDR first');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
