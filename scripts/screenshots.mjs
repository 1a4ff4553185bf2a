// Dev tool: screenshots of built pages at phone and desktop widths, light and dark, for looking at.
// Usage: node scripts/screenshots.mjs [baseURL] [outDir] [path ...]   (serve the build first; without paths:
// the home page and every chart page)
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { CHART_IDS } from '../src/lib/charts/list.js';

const [base = 'http://127.0.0.1:4173', out = 'screenshots', ...paths] = process.argv.slice(2);
const targets = paths.length ? paths : ['/', ...CHART_IDS.map((id) => `/charts/${id}`)];
mkdirSync(out, { recursive: true });
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
for (const path of targets) {
	for (const width of [360, 1280]) {
		for (const scheme of ['light', 'dark']) {
			const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
			await page.goto(base + path, { waitUntil: 'networkidle' });
			const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}-${scheme}.png`;
			await page.screenshot({ path: `${out}/${name}`, fullPage: true });
			await page.close();
			console.log(`${out}/${name}`);
		}
	}
}
await browser.close();
