// `npm run bench`: measurements, printed as numbers (nothing here passes or fails).
//
// Builds the site and two peer pages of the youth-unemployment chart (benchPeers.mjs: the chart's
// SVG alone, the no-JS limit, and the chart drawn by Observable Plot), serves all of them on
// 127.0.0.1 (gzipped, as a static host would), and loads them in Chromium at 360 × 740 px with the
// CPU at full speed and slowed 4× (CDP Emulation.setCPUThrottlingRate).
// Compare ratios within one run: the machine is shared, so absolute times move between runs.
// Then Lighthouse (mobile, simulated throttling) scores `/`, a chart page and an embed.
// Nothing here reaches beyond 127.0.0.1.
//
// Options: --no-build (bench the existing build/), --runs=N (loads per page and CPU rate, default 3),
// --no-lighthouse.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { pageWeight } from './pageWeight.mjs';
import { embedSize } from './size.mjs';
import { CHART_IDS } from '../src/lib/charts/list.js';
import { PEER_CHART, writePeers } from './benchPeers.mjs';

const PORT = 4399;
const BASE = `http://127.0.0.1:${PORT}`;
const args = process.argv.slice(2);
const RUNS = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const CHROMIUM = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const CHROME_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

if (!args.includes('--no-build')) {
	const t0 = performance.now();
	const build = spawnSync('npm', ['run', 'build'], { stdio: 'ignore' });
	if (build.status !== 0) throw new Error('build failed');
	console.log(`build: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const paths = ['/', ...CHART_IDS.map((id) => `/charts/${id}`), ...CHART_IDS.map((id) => `/embed/${id}`)].filter((p) =>
	existsSync(`build${p === '/' ? '/index' : p}.html`)
);

console.log('\npage weight, gzipped (HTML + CSS + JS it loads)');
for (const path of paths) {
	const w = pageWeight('build', path);
	console.log(
		`${path.padEnd(32)} total ${kb(w.html + w.css + w.js).padStart(9)}   html ${kb(w.html).padStart(9)}   css ${kb(w.css).padStart(8)}   js ${kb(w.js).padStart(9)}   files ${w.files}`
	);
}

// A publisher's page often holds several charts: the runtime modules they share load once.
const embeds = CHART_IDS.map((id) => embedSize(id));
const once = new Map(embeds.flatMap((e) => e.files.map((f) => [f.file, f.gz])));
const together = [...once.values()].reduce((a, b) => a + b, 0);
const apart = embeds.reduce((a, e) => a + e.total, 0);
console.log(`\nall ${embeds.length} embeds on one page: ${kb(together)} gzipped (${kb(apart)} if nothing were shared)`);

const peerDir = await writePeers();

// ---- A static host on loopback: gzip, `/x` → x.html, /peer/ from the temporary folder ---------

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2'
};
const gzipped = new Map();

function fileForUrl(pathname) {
	const [root, rest] = pathname.startsWith('/peer/') ? [peerDir, pathname.slice(5)] : ['build', pathname];
	const base = join(root, decodeURIComponent(rest));
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

const server = createServer((req, res) => {
	const file = fileForUrl(new URL(req.url ?? '/', BASE).pathname);
	if (!file) {
		res.writeHead(404).end();
		return;
	}
	const type = TYPES[extname(file)] ?? 'application/octet-stream';
	const compress = !type.startsWith('image/png') && !type.startsWith('font/');
	if (compress && !gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file)));
	const body = compress ? gzipped.get(file) : readFileSync(file);
	res.writeHead(200, {
		'content-type': type,
		'cache-control': 'no-cache',
		...(compress ? { 'content-encoding': 'gzip' } : {})
	});
	res.end(body);
});
await new Promise((ok) => server.listen(PORT, '127.0.0.1', ok));

// ---- Loads in Chromium ---------------------------------------------------------------------------

/**
 * Runs in the page before anything else: collects long tasks and layout shifts, and notes the
 * first animation frame in which a complete chart (an SVG with a line and its labels) is laid out.
 */
const PROBE = () => {
	const bench = { longtasks: [], cls: 0, chartAt: null };
	Object.defineProperty(window, '__bench', { value: bench });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) if (!e.hadRecentInput) bench.cls += e.value;
	}).observe({ type: 'layout-shift', buffered: true });
	const complete = () =>
		[...document.querySelectorAll('svg')].some(
			(svg) =>
				svg.getBoundingClientRect().height > 100 &&
				svg.querySelector('path') &&
				svg.querySelectorAll('text').length >= 5
		);
	const tick = (t) => (complete() ? (bench.chartAt = t) : requestAnimationFrame(tick));
	requestAnimationFrame(tick);
};

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });

/** One cold load at `rate`× CPU: bytes, requests, paint times, layout shift, main-thread blocking. */
async function load(path, rate) {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	await page.addInitScript(PROBE);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	await page.goto(BASE + path, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	// Settled: no long task in the last second (at most 10 s).
	for (let i = 0; i < 40; i++) {
		const quiet = await page.evaluate(() => {
			const last = window.__bench.longtasks.at(-1);
			return !last || performance.now() - (last.start + last.duration) > 1000;
		});
		if (quiet) break;
		await page.waitForTimeout(250);
	}
	const m = await page.evaluate(() => {
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
		const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
		const { longtasks, cls, chartAt } = window.__bench;
		return {
			bytes: entries.reduce((sum, e) => sum + e.encodedBodySize, 0),
			requests: entries.length,
			fcp,
			// The chart is on screen at the first paint that holds it.
			chart: Math.max(chartAt ?? NaN, fcp),
			cls,
			tbt: longtasks.filter((t) => t.start >= fcp).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
			longtasks: longtasks.reduce((sum, t) => sum + t.duration, 0)
		};
	});
	await context.close();
	return m;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const PAGES = [
	['no-JS SVG (peer)', '/peer/svg/'],
	['Plot (peer)', '/peer/plot/'],
	['/', '/'],
	[`/charts/${PEER_CHART}`, `/charts/${PEER_CHART}`],
	[`/embed/${PEER_CHART}`, `/embed/${PEER_CHART}`]
];
// Round-robin (every page once per round, both CPU rates) so that the shared machine's load moves
// all pages alike; medians per page and rate.
const samples = new Map(PAGES.map(([name]) => [name, { 1: [], 4: [] }]));
try {
	for (let i = 0; i < RUNS; i++) {
		for (const [name, path] of PAGES) {
			for (const rate of [1, 4]) samples.get(name)[rate].push(await load(path, rate));
		}
	}
} finally {
	await browser.close();
}
const results = new Map();
for (const [name, byRate] of samples) {
	const row = {};
	for (const rate of [1, 4]) {
		const runs = byRate[rate];
		for (const key of Object.keys(runs[0])) row[`${key}${rate}`] = median(runs.map((r) => r[key]));
		// Layout shift: the worst run, not the median.
		row[`cls${rate}`] = Math.max(...runs.map((r) => r.cls));
	}
	results.set(name, row);
}

const limit = results.get('no-JS SVG (peer)');
const plot = results.get('Plot (peer)');
console.log(
	`\nloads at 360 × 740 px on loopback, median of ${RUNS} cold loads (ms; CLS is the worst run at 1× or 4×; ` +
		`TBT = total blocking time after first paint; tasks = sum of long tasks)`
);
const header = [
	'page'.padEnd(28),
	'gz KiB',
	'req',
	'FCP 1×',
	'chart 1×',
	'chart 4×',
	'÷noJS 4×',
	'CLS',
	'TBT 1×',
	'TBT 4×',
	'tasks 4×',
	'÷Plot'
];
console.log(header.map((h, i) => (i ? h.padStart(9) : h)).join(''));
for (const [name, r] of results) {
	const cells = [
		(r.bytes1 / 1024).toFixed(1),
		String(r.requests1),
		r.fcp1.toFixed(0),
		r.chart1.toFixed(0),
		r.chart4.toFixed(0),
		(r.chart4 / limit.chart4).toFixed(2),
		Math.max(r.cls1, r.cls4).toFixed(3),
		r.tbt1.toFixed(0),
		r.tbt4.toFixed(0),
		r.longtasks4.toFixed(0),
		plot.longtasks4 ? (r.longtasks4 / plot.longtasks4).toFixed(2) : '-'
	];
	console.log(name.padEnd(28) + cells.map((c) => c.padStart(9)).join(''));
}
console.log('(÷noJS: chart paint at 4× over the no-JS page’s; ÷Plot: long tasks at 4× over the Plot page’s)');

// ---- Lighthouse (mobile preset: simulated slow 4G and 4× CPU) -----------------------------------

if (!args.includes('--no-lighthouse')) {
	console.log('\nLighthouse 12 mobile performance (score; FCP, LCP, TBT in ms; CLS)');
	// Also the heaviest chart page and embed (h1b-cost) and the Chinese home page.
	const more = ['/zh', '/charts/h1b-cost', '/embed/h1b-cost'].map((path) => [path, path]);
	for (const [name, path] of [...PAGES.slice(2), ...more, PAGES[0], PAGES[1]]) {
		// Asynchronous: this process also serves the pages Lighthouse loads.
		const run = await new Promise((done) => {
			const child = spawn(
				'node_modules/.bin/lighthouse',
				[
					BASE + path,
					'--output=json',
					'--output-path=stdout',
					'--quiet',
					'--only-categories=performance',
					`--chrome-flags=--headless ${CHROME_FLAGS.join(' ')}`
				],
				{ env: { ...process.env, CHROME_PATH: CHROMIUM ?? chromium.executablePath() } }
			);
			let stdout = '';
			let stderr = '';
			child.stdout.on('data', (chunk) => (stdout += chunk));
			child.stderr.on('data', (chunk) => (stderr += chunk));
			child.on('close', (status) => done({ status, stdout, stderr }));
		});
		if (run.status !== 0) {
			console.log(`${name.padEnd(28)} lighthouse failed: ${String(run.stderr).split('\n').slice(-3).join(' ')}`);
			continue;
		}
		const report = JSON.parse(String(run.stdout));
		const a = report.audits;
		const ms = (id) => (a[id]?.numericValue ?? NaN).toFixed(0).padStart(6);
		console.log(
			`${name.padEnd(28)} ${String(Math.round(report.categories.performance.score * 100)).padStart(4)}` +
				`   FCP ${ms('first-contentful-paint')}   LCP ${ms('largest-contentful-paint')}` +
				`   TBT ${ms('total-blocking-time')}   CLS ${(a['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)}`
		);
	}
}

server.close();
rmSync(peerDir, { recursive: true, force: true });
