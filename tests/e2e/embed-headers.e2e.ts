import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFor, matchingRules, parseHeadersFile } from '../../scripts/headersFile.js';
import { hostPage, startHost, type Host } from './host';
import { BUILT_ORIGIN } from './helpers';
import { builtPaths, UNKNOWN_PATHS } from './siteFiles';
import { startStaticSite, type StaticSite } from './staticServer';

const BUILD = 'build';

const rules = () => parseHeadersFile(readFileSync(join(BUILD, '_headers'), 'utf8'));

test('_headers gives every built file and unknown path nosniff and exactly one frame policy', () => {
	const paths = [...builtPaths(), ...UNKNOWN_PATHS];
	// Sanity: the walk found the kinds of file the issue names.
	for (const path of [
		'/',
		'/embed/h1b-demand',
		'/zh/embed/h1b-demand',
		// oEmbed answers are built only when the site's origin is configured.
		...(BUILT_ORIGIN ? ['/oembed/h1b-cost.json'] : []),
		'/share/h1b-cost.png',
		'/_app/version.json',
		'/methodology/__data.json',
		'/data/youth-unemployment.csv',
		'/zh/charts/visa-costs.png'
	])
		expect(paths).toContain(path);
	const all = rules();
	for (const path of paths) {
		// No header comes from two rules: the hosts would send both values.
		const names = matchingRules(all, path).flatMap((rule) => rule.headers.map(([name]) => name));
		expect(
			names.filter((name, i) => names.indexOf(name) !== i),
			`${path}: headers set by two rules`
		).toEqual([]);
		const headers = headersFor(all, path);
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		if (/^\/(zh\/)?embed\//.test(path)) {
			expect(headers['content-security-policy'], path).toBe('frame-ancestors *');
			expect(headers['x-frame-options'], path).toBeUndefined();
		} else {
			expect(headers['content-security-policy'], `${path} has no frame rule in static/_headers`).toBe(
				"frame-ancestors 'self'"
			);
			expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
		}
	}
	console.log(`_headers: ${paths.length} paths checked (${paths.length - UNKNOWN_PATHS.length} built)`);
});

test('a deep path under an unknown first segment gets nosniff, and no frame rule that could clash with /embed/', () => {
	// No _headers pattern can say "every first segment but embed" (README, "Headers for the static
	// host"): such a path gets the site-wide rule only. nginx covers it (nginx.e2e.ts).
	const headers = headersFor(rules(), '/no-such-section/page');
	expect(headers).toEqual({
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'strict-origin-when-cross-origin'
	});
});

test('content-hashed files are cached forever, and nothing else is', () => {
	const all = rules();
	for (const path of builtPaths()) {
		const cache = headersFor(all, path)['cache-control'];
		if (/^\/(_app\/immutable|embed-app)\//.test(path)) expect(cache, path).toBe('public, max-age=31536000, immutable');
		else expect(cache, path).toBeUndefined();
	}
});

test.describe('served with those headers', () => {
	let site: StaticSite;
	let host: Host;

	test.beforeAll(async () => {
		site = await startStaticSite(BUILD);
		host = await startHost();
	});

	test.afterAll(async () => {
		await site.close();
		await host.close();
	});

	test('a page of another origin can frame an embed, but not the home page, a chart page or a 404', async ({
		page
	}) => {
		// Four framed pages load at once: slow on a busy machine.
		test.setTimeout(90_000);
		// (A 404 under a folder of the site: /zh/<anything> cannot have one rule, since /zh/embed/ is framed by anyone.)
		const frames = ['/embed/h1b-demand', '/', '/charts/h1b-demand', '/zh/charts/no/such/page'];
		host.set(
			'/framing',
			hostPage(
				frames
					.map((p, i) => `<iframe id="f${i}" src="${site.origin}${p}" title="f${i}" width="600" height="300"></iframe>`)
					.join('')
			)
		);
		await page.goto(`${host.origin}/framing`);
		await page.waitForLoadState('load');
		const loaded = async (i: number) => {
			const frame = await (await page.$(`#f${i}`))!.contentFrame();
			// A frame the browser refused shows its own error page, without our <main>.
			return frame ? frame.evaluate(() => !!document.querySelector('body main')).catch(() => false) : false;
		};
		await expect.poll(() => loaded(0), { timeout: 20_000 }).toBe(true);
		for (const i of [1, 2, 3]) expect(await loaded(i), frames[i]).toBe(false);
		// The site may still frame itself (the embed preview does).
		await page.goto(`${site.origin}/embed-preview`);
		const preview = await (await page.$('iframe'))!.contentFrame();
		await expect.poll(() => preview!.evaluate(() => !!document.querySelector('main'))).toBe(true);
	});

	test('the 404 page is served with status 404 and the frame rule of the requested path', async ({ request }) => {
		expect(existsSync(join(BUILD, '404.html'))).toBe(true);
		const response = await request.get(`${site.origin}/zh/charts/no/such/page`);
		expect(response.status()).toBe(404);
		expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
		expect(await response.text()).toContain('<main');
	});
});

test('vite preview (npm start) sends the same headers as _headers', async ({ request }) => {
	for (const path of ['/', '/charts/h1b-cost', '/embed/h1b-cost', '/share/h1b-cost.png', '/_app/version.json']) {
		const response = await request.get(path, { maxRedirects: 0 });
		expect(response.headers(), path).toMatchObject(headersFor(rules(), path));
	}
});
