// `npm run bench`: measurements, printed as numbers (nothing here passes or fails).
// Builds the site, reports build time and gzipped page weights, then times page loads in Chromium
// against a local preview server on 127.0.0.1 (loopback only).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { pageWeight } from './pageWeight.mjs';
import { embedSize } from './size.mjs';
import { CHART_IDS } from '../src/lib/charts/list.js';

const PORT = 4399;
const BASE = `http://127.0.0.1:${PORT}`;
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

const t0 = performance.now();
const build = spawnSync('npm', ['run', 'build'], { stdio: 'ignore' });
if (build.status !== 0) throw new Error('build failed');
console.log(`build: ${((performance.now() - t0) / 1000).toFixed(1)} s`);

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

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
	stdio: 'ignore'
});
try {
	for (let i = 0; i < 50; i++) {
		try {
			if ((await fetch(BASE)).ok) break;
		} catch {
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	const browser = await chromium.launch({
		executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
	console.log('\npage load in Chromium on loopback, median of 5 (ms): first contentful paint / hydrated');
	for (const path of paths) {
		const fcp = [];
		const ready = [];
		for (let run = 0; run < 5; run++) {
			const page = await browser.newPage();
			const start = Date.now();
			await page.goto(BASE + path);
			await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
			ready.push(Date.now() - start);
			fcp.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
			await page.close();
		}
		const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
		console.log(`${path.padEnd(32)} ${median(fcp).toFixed(0).padStart(6)} / ${String(median(ready)).padStart(6)}`);
	}
	await browser.close();
} finally {
	server.kill();
}
