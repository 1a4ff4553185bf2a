// The peer pages `npm run bench` loads beside ours, for one chart (`PEER_CHART`):
//   - `no-JS SVG`: the chart's server-rendered SVG in a minimal HTML page (the physical limit);
//   - `Plot`: the same chart drawn by Observable Plot in the browser, bundled by Vite.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PEER_CHART = 'youth-unemployment';

const VIEWPORT_META = '<meta name="viewport" content="width=device-width, initial-scale=1">';

/** The chart as the site's build exports it (SVG, styles inlined), in the smallest HTML page. */
function writeNoJsPeer(peerDir) {
	const svg = readFileSync(`build/charts/${PEER_CHART}.svg`, 'utf8').replace(/^<\?xml[^>]*>\s*/, '');
	mkdirSync(join(peerDir, 'svg'));
	writeFileSync(
		join(peerDir, 'svg/index.html'),
		`<!doctype html><html lang="en"><head><meta charset="utf-8">${VIEWPORT_META}<title>No-JS SVG peer</title>` +
			`<style>body{margin:0 8px;font-family:sans-serif}svg{width:100%;height:auto}</style></head>` +
			`<body>${svg.replace('<svg ', '<svg style="max-width:100%" ')}</body></html>`
	);
}

/** The same chart drawn by Observable Plot in the browser: lines, dots and tooltips, data bundled. */
async function writePlotPeer(peerDir) {
	const rows = JSON.parse(readFileSync(`build/data/${PEER_CHART}.json`, 'utf8')).rows.map((r) => ({
		x: r.x,
		value: r.value,
		series: r.series_label
	}));
	const src = join(peerDir, 'plot-src');
	mkdirSync(src);
	writeFileSync(join(src, 'data.json'), JSON.stringify(rows));
	writeFileSync(
		join(src, 'index.html'),
		`<!doctype html><html lang="en"><head><meta charset="utf-8">${VIEWPORT_META}<title>Plot peer</title>` +
			`<style>body{margin:0 8px;font-family:sans-serif}</style></head>` +
			`<body><h1>China’s jobless rate for 16-to-24-year-olds</h1><div id="chart"></div>` +
			`<script type="module" src="./main.js"></script></body></html>`
	);
	writeFileSync(
		join(src, 'main.js'),
		`import * as Plot from '@observablehq/plot';
import rows from './data.json';
const data = rows.map((r) => ({ ...r, date: new Date(r.x + '-01T00:00:00Z') }));
const el = document.getElementById('chart');
el.append(Plot.plot({
	width: el.clientWidth,
	height: Math.max(300, Math.round(el.clientWidth * 0.95)),
	y: { grid: true, label: 'Jobless rate (%)' },
	color: { legend: true },
	marks: [
		Plot.ruleY([0]),
		Plot.lineY(data, { x: 'date', y: 'value', stroke: 'series' }),
		Plot.dot(data, { x: 'date', y: 'value', fill: 'series', r: 2, tip: true })
	]
}));
`
	);
	const { build } = await import('vite');
	await build({
		configFile: false,
		root: src,
		base: '/peer/plot/',
		logLevel: 'warn',
		resolve: { alias: { '@observablehq/plot': resolve('node_modules/@observablehq/plot') } },
		build: { outDir: join(peerDir, 'plot'), emptyOutDir: true, modulePreload: false }
	});
}

/**
 * Writes the two peer pages of the chart `PEER_CHART` into a new temporary folder (`svg/`, `plot/`)
 * and returns its path. Reads the site's build (`build/`).
 * @returns {Promise<string>}
 */
export async function writePeers() {
	const peerDir = mkdtempSync(join(tmpdir(), 'talent-race-bench-'));
	writeNoJsPeer(peerDir);
	await writePlotPeer(peerDir);
	return peerDir;
}
