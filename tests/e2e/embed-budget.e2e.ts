import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { CHART_IDS, CHART_ORIGIN, LOADER, embedSlot, hostPage, settledHeights, startHost, type Host } from './host';
import { EMBED_BUDGET, EXPLORED_BUDGET, embedSize } from '../../scripts/size.mjs';

type Size = { files: { file: string; gz: number }[]; total: number };

let host: Host;
test.beforeAll(async () => {
	host = await startHost();
});
test.afterAll(async () => {
	await host.close();
});

for (const id of CHART_IDS) {
	test(`the ${id} embed loads at most 30 KB gzipped, as npm run size counts, and at most 70 KB once explored`, async ({
		page
	}) => {
		const loaded = new Map<string, number>();
		const bodies: Promise<void>[] = [];
		page.on('response', (response) => {
			const url = new URL(response.url());
			if (url.origin !== CHART_ORIGIN) return;
			bodies.push(response.body().then((body) => void loaded.set(url.pathname, gzipSync(body, { level: 9 }).length)));
		});
		const sum = () => [...loaded.values()].reduce((a, b) => a + b, 0);
		host.set(`/budget-${id}`, hostPage(embedSlot(id, 640) + LOADER));
		await page.goto(`${host.origin}/budget-${id}`);
		await settledHeights(page);
		await page.waitForLoadState('networkidle');
		await Promise.all(bodies);

		// The host page's loader is counted apart: one copy serves every embed on the page.
		expect(loaded.get('/embed.js')).toBeLessThanOrEqual(1200);
		loaded.delete('/embed.js');
		// On load: the page, its styles and its small script; the chart is complete in the HTML.
		const onLoad = sum();
		expect(onLoad, [...loaded].map(([f, n]) => `${f} ${n}`).join('\n')).toBeLessThanOrEqual(EMBED_BUDGET);
		// The script's account is the browser's: the same files, the same total.
		const size: Size = embedSize(id);
		expect([...loaded.keys()].sort()).toEqual(size.files.map((f) => `/${f.file}`.replace(/\.html$/, '')).sort());
		expect(size.total).toBe(onLoad);

		// Pointing at the links and exploring the chart loads its interaction (code and data file) once,
		// and nothing more (no router preloads pages on hover).
		const frame = page.frameLocator('iframe');
		for (const link of await frame.locator('a').all()) await link.hover();
		await frame.locator('main').hover();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('ArrowRight');
		await page.waitForTimeout(300);
		await page.waitForLoadState('networkidle');
		await Promise.all(bodies);
		expect(loaded.has(`/data/${id}.json`)).toBe(true);
		expect(sum(), [...loaded].map(([f, n]) => `${f} ${n}`).join('\n')).toBeLessThanOrEqual(EXPLORED_BUDGET);
	});
}

test('an embed loads no other chart’s code, no message catalogue and no validation library', async ({ page }) => {
	// Collect the body promises as responses arrive, and wait for all of them: a body still being read when
	// the network goes idle would otherwise be missed.
	const bodies: Promise<string>[] = [];
	page.on('response', (response) => {
		if (response.url().endsWith('.js')) bodies.push(response.body().then((b) => b.toString()));
	});
	await page.goto('/embed/h1b-demand');
	// Explored, so that its interactive code has loaded too.
	await page.locator('main [role=application]:visible').focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('tooltip')).toBeVisible();
	await page.waitForLoadState('networkidle');
	const js = (await Promise.all(bodies)).join('\n');
	expect(js.length).toBeGreaterThan(10_000);
	// Strings that only exist in zod, in the whole catalogue, and in the youth chart's code.
	expect(js).not.toContain('ZodError');
	expect(js).not.toContain('site.headline');
	expect(js).not.toContain('Graduation-season');
	expect(js).not.toContain('new-30-59');
});

test('an embed runs no SvelteKit client: its script is the island, and the chart’s modules load when the reader reaches for it', async ({
	page
}) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	await page.goto('/embed/visa-costs');
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await page.waitForLoadState('networkidle');
	expect(scripts.filter((path) => path.startsWith('/_app/'))).toEqual([]);
	expect(scripts.some((path) => /^\/embed-app\/island-[\w-]+\.js$/.test(path))).toBe(true);
	expect(scripts.some((path) => /^\/embed-app\/visa-costs-[\w-]+\.js$/.test(path))).toBe(false);
	// Every module it runs on load was announced in the HTML, so none waits for another to be read first.
	const announced = await page.$$eval('link[rel=modulepreload], script[type=module]', (els) =>
		els.map((el) => new URL((el as HTMLLinkElement).href || (el as HTMLScriptElement).src).pathname)
	);
	expect(new Set(scripts)).toEqual(new Set(announced));

	// The reader reaches for the chart: its modules load, every one of them listed by the page.
	await page.locator('main [role=application]:visible').focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('tooltip')).toBeVisible();
	expect(scripts.some((path) => /^\/embed-app\/visa-costs-[\w-]+\.js$/.test(path))).toBe(true);
	const listed = await page.locator('#embed-root').getAttribute('data-preload');
	const later = scripts.filter((path) => !announced.includes(path));
	expect(later.length).toBeGreaterThan(0);
	for (const path of later) expect(listed?.split(' ')).toContain(path);
});
