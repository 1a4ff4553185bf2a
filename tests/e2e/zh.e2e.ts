import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHART_IDS } from '../../src/lib/charts/list.js';
import { en } from '../../src/lib/i18n/messages.en';
import { excerptTranslations, zh } from '../../src/lib/i18n/messages.zh';
import { EXCERPTS } from '../../src/lib/story/excerpts';
import { pngSize } from './expected';
import { BUILT_EMAIL, BUILT_ORIGIN, hydrated } from './helpers';

const EN = en as Record<string, string>;
const ZH = zh as Record<string, string>;

/** Every prerendered page of the Chinese edition, read from the build the tests run against. */
function zhPages(): string[] {
	const files = readdirSync(join('build', 'zh'), { recursive: true, encoding: 'utf8' });
	const nested = files
		.filter((f) => f.endsWith('.html'))
		.map((f) => `/zh/${f.replace(/\\/g, '/').replace(/\.html$/, '')}`);
	return ['/zh', ...nested.map((p) => p.replace(/\/index$/, ''))].sort();
}
/** The Chinese site's pages (its embeds, framed in other sites, are tested in embed-hosts.e2e.ts). */
const PAGES = zhPages().filter((path) => !path.startsWith('/zh/embed/'));

/** The English page for a Chinese one. */
const englishOf = (path: string) => path.replace(/^\/zh/, '') || '/';

const LATIN_WORD = /[A-Za-z][A-Za-z’'-]*[A-Za-z]|\b[A-Za-z]\b/g;
/** Latin words a Chinese page may show: those the Chinese texts use themselves (H-1B, USCIS…) and people's names. */
const ALLOWED_WORDS = new Set(
	[...Object.values(ZH), ...Object.values(excerptTranslations), ...EXCERPTS.map((e) => e.speaker ?? '')].flatMap(
		(text) => text.match(LATIN_WORD) ?? []
	)
);
/** English sentences from the catalogue (two words or more between placeholders) whose key reads differently in Chinese. */
const ENGLISH_PHRASES = Object.keys(EN)
	.filter((k) => EN[k] !== ZH[k])
	.flatMap((k) => EN[k].split(/\{\w+\}/))
	.map((s) => s.trim())
	.filter((s) => /[A-Za-z]{2,}[\s,:;.]+[A-Za-z]{2,}/.test(s));

/**
 * All text a reader (or a screen reader) can get from the page, except passages marked as English
 * (`lang="en"`: the quotations as published, source titles, the switch to English): text nodes,
 * SVG titles and descriptions, accessible names, the document title and description.
 */
async function chineseText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const parts: string[] = [document.title];
		parts.push(document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '');
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent || parent.closest('script, style, template, [lang|="en"]')) continue;
			parts.push(node.textContent ?? '');
		}
		for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
			if (el.closest('[lang|="en"]')) continue;
			for (const attr of ['aria-label', 'title', 'alt', 'placeholder']) parts.push(el.getAttribute(attr) ?? '');
		}
		return parts.join('\n');
	});
}

function expectNoEnglish(text: string, where: string) {
	const strays = [...new Set((text.match(LATIN_WORD) ?? []).filter((w) => !ALLOWED_WORDS.has(w)))];
	expect(strays, `English words left on ${where}`).toEqual([]);
	const phrases = ENGLISH_PHRASES.filter((p) => text.includes(p));
	expect(phrases, `English catalogue text on ${where}`).toEqual([]);
	expect(text, `English-style dollar sums on ${where}`).not.toMatch(/\$\s?\d/);
}

test('the Chinese edition is prerendered: its home page, the methodology and every chart of the registry', () => {
	expect(PAGES).toContain('/zh');
	expect(PAGES).toContain('/zh/methodology');
	for (const id of CHART_IDS) expect(PAGES).toContain(`/zh/charts/${id}`);
});

// One visit per page checks what a reader of that page sees (its axe-core scans, light and dark, at a
// phone and a desktop width, are in a11y.e2e.ts with the English pages').
for (const path of PAGES) {
	test(`Chinese page ${path}: marked as Chinese, no English interface text, links kept in Chinese, switches to English and back`, async ({
		page
	}) => {
		await page.goto(path);
		// Marked as Chinese, and links its English alternate.
		expect(await page.locator('html').getAttribute('lang')).toMatch(/^zh/);
		const alternate = (lang: string) => page.locator(`head link[rel="alternate"][hreflang="${lang}"]`);
		await expect(alternate('zh-Hans')).toHaveAttribute('href', path);
		await expect(alternate('en')).toHaveAttribute('href', englishOf(path));
		await expect(alternate('x-default')).toHaveAttribute('href', englishOf(path));

		// No English interface text, and Chinese number formats.
		const text = await chineseText(page);
		expect(text).toMatch(/[\u4e00-\u9fff]/);
		expectNoEnglish(text, path);

		// Internal links stay in the Chinese edition.
		const hrefs = await page
			.locator('a[href^="/"]:not([hreflang])')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) expect(href, `link on ${path}`).toMatch(/^\/zh(\/|$|#|\?)/);

		// The switch leads to the same page in English...
		const toEnglish = page.locator('.lang-switch a');
		await expect(toEnglish).toHaveAttribute('hreflang', 'en');
		await expect(toEnglish).toHaveText(ZH['site.switchLang']);
		await toEnglish.click();
		await expect(page).toHaveURL(englishOf(path));
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		// ...which names this one as its Chinese alternate...
		await expect(alternate('zh-Hans')).toHaveAttribute('href', path);
		await expect(page.locator('.lang-switch a')).toHaveText(EN['site.switchLang']);
		// ...and back.
		await page.locator('.lang-switch a').click();
		await expect(page).toHaveURL(path);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	});
}

test.describe('Chinese charts', () => {
	for (const id of CHART_IDS) {
		test(`${id}: no two labels overlap at 360 px in Chinese`, async ({ page }) => {
			await page.setViewportSize({ width: 360, height: 800 });
			await page.goto(`/zh/charts/${id}`);
			// Wait until the chart has been laid out again at the reader's width.
			await page.waitForFunction(() => {
				const svg = document.querySelector('.chart-canvas svg');
				return !svg || Number(svg.getAttribute('width')) < 400;
			});
			const found = await page.evaluate(() => {
				const svg = [...document.querySelectorAll<SVGSVGElement>('.chart-canvas svg')].find(
					(s) => s.getClientRects().length
				);
				if (!svg) return { outside: [], overlaps: [] };
				const frame = svg.getBoundingClientRect();
				// One box per drawn line. A text box's height is the font's ascent plus descent (nearly
				// 1.5 em for CJK fonts), far taller than the glyphs: use 0.9 em around the line's middle.
				const boxes = [...svg.querySelectorAll('text')]
					.filter((t) => (t.textContent ?? '').trim())
					.flatMap((t, owner) => {
						const em = parseFloat(getComputedStyle(t).fontSize) * (frame.width / svg.viewBox.baseVal.width || 1);
						const lines = t.querySelectorAll('tspan').length ? [...t.querySelectorAll('tspan')] : [t];
						return lines.map((line) => {
							const r = line.getBoundingClientRect();
							const mid = (r.top + r.bottom) / 2;
							return {
								owner,
								text: line.textContent!.trim(),
								left: r.left,
								right: r.right,
								top: mid - 0.45 * em,
								bottom: mid + 0.45 * em
							};
						});
					});
				const outside = boxes.filter((b) => b.left < frame.left - 1 || b.right > frame.right + 1).map((b) => b.text);
				const overlaps: string[] = [];
				for (let i = 0; i < boxes.length; i++) {
					for (let j = i + 1; j < boxes.length; j++) {
						const a = boxes[i];
						const b = boxes[j];
						if (a.owner === b.owner) continue;
						const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
						const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
						if (w > 0.5 && h > 0.5) overlaps.push(`${a.text} × ${b.text}`);
					}
				}
				return { outside, overlaps };
			});
			expect(found.outside, `${id} labels outside the chart`).toEqual([]);
			expect(found.overlaps, `${id} overlapping labels`).toEqual([]);
		});
	}

	for (const id of CHART_IDS) {
		test(`${id}: downloads Chinese images and the English data files, shares a Chinese card, and its tooltips and live announcements are Chinese`, async ({
			page,
			request
		}) => {
			await page.goto(`/zh/charts/${id}`);
			const link = (kind: string) => page.locator(`a[data-download="${kind}"]`);
			for (const kind of ['csv', 'json']) {
				await expect(link(kind)).toHaveAttribute('href', `/data/${id}.${kind}`);
				await expect(link(kind)).toHaveAttribute('hreflang', 'en');
			}
			await expect(link('svg')).toHaveAttribute('href', `/zh/charts/${id}.svg`);
			await expect(link('png')).toHaveAttribute('href', `/zh/charts/${id}.png`);

			const svg = await request.get(`/zh/charts/${id}.svg`);
			expect(svg.status()).toBe(200);
			expect(svg.headers()['content-type']).toMatch(/^image\/svg\+xml/);
			const text = await svg.text();
			expect(text).toContain(`<title id="image-title">${ZH[`${id}.title`]}</title>`);
			// The credit names the chart's address only when the build knows its origin.
			if (BUILT_ORIGIN) expect(text).toContain(`${new URL(BUILT_ORIGIN).host}/zh/charts/${id}`);
			expect(text).not.toMatch(/\.example\b/);
			expect(text).toMatch(/font-family="Noto Sans CJK SC/);
			// Every word drawn in the image is Chinese, but for the sources' own names and the address.
			const drawn = [
				...text
					.replace(/<text class="export-(source|credit)"[\s\S]*?<\/text>/g, '')
					.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>|<text[^>]*>([^<]+)<\/text>/g)
			].map((m) => m[1] ?? m[2]);
			expect(drawn.join('')).toMatch(/[\u4e00-\u9fff]/);
			expectNoEnglish(drawn.join('\n'), `/zh/charts/${id}.svg`);

			const png = await request.get(`/zh/charts/${id}.png`);
			expect(png.status()).toBe(200);
			expect(pngSize(await png.body()).width).toBe(1200);

			if (BUILT_ORIGIN) {
				const card = await page.locator('meta[property="og:image"]').getAttribute('content');
				expect(card).toBe(`${BUILT_ORIGIN}/zh/share/${id}.png`);
			} else {
				await expect(page.locator('meta[property="og:image"]')).toHaveCount(0);
			}
			const cardPng = await request.get(`/zh/share/${id}.png`);
			expect(cardPng.status()).toBe(200);
			expect(pngSize(await cardPng.body())).toEqual({ width: 1200, height: 630 });

			// The same page, explored from the keyboard: its tooltip and live announcements are Chinese.
			await hydrated(page);
			await page.locator('.chart-canvas .plot:visible').first().focus();
			await page.keyboard.press('Home');
			await page.keyboard.press('ArrowRight');
			const tooltip = page.locator('.tooltip');
			await expect(tooltip).toBeVisible();
			expect(await tooltip.innerText()).toMatch(/[\u4e00-\u9fff]/);
			// The source's own name (a publisher or a host name) is the one English part, also in the live region.
			const source = await tooltip.locator('[lang="en"]').innerText();
			expect(source.trim()).not.toBe('');
			const pageText = (await chineseText(page)).replaceAll(source, '');
			expectNoEnglish(pageText, `${id} tooltip`);
		});
	}

	test('the data table is Chinese: headers, confidence, notes, with source titles marked English', async ({ page }) => {
		await page.goto('/zh/charts/foreign-workers');
		await page.locator('.view-switch').getByText(ZH['chartPage.viewTable'], { exact: true }).click();
		const table = page.locator('#data-table table');
		await expect(table).toBeVisible();
		await expect(table.locator('thead th').first()).toHaveText(ZH['table.series']);
		await expect(table.locator('thead')).toContainText(ZH['table.note']);
		await expect(table.locator('tr[data-row="permits-all-2023"] .note')).toContainText('71.2万');
		const titles = table.locator('td.sources a');
		expect(await titles.count()).toBeGreaterThan(0);
		for (const a of await titles.all()) await expect(a).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('button', { name: ZH['chartPage.viewChart'] })).toHaveAttribute(
			'aria-pressed',
			'false'
		);
	});

	test('the methodology page is Chinese, with the legal timeline and sources by chart', async ({ page }) => {
		await page.goto('/zh/methodology');
		await expect(page.locator('h1')).toHaveText(ZH['methodology.title']);
		await expect(page.locator('#legal-status ~ ol.timeline li')).toHaveCount(8);
		await expect(page.getByText(ZH['methodology.caveat711'])).toBeVisible();
		for (const id of CHART_IDS) {
			const group = page.locator(`section[data-chart="${id}"]`);
			await expect(group.locator('h3 a')).toHaveAttribute('href', `/zh/charts/${id}`);
			for (const a of await group.locator('ol.source-list > li > a').all())
				await expect(a).toHaveAttribute('lang', 'en');
		}
		// The report address is shown only when the build was given one.
		await expect(page.locator('a[href^="mailto:"]')).toHaveCount(BUILT_EMAIL ? 1 : 0);
	});

	test('a chart read in English with a datum selected opens in Chinese on the same chart and datum', async ({
		page
	}) => {
		await page.goto('/charts/youth-unemployment?datum=new-16-24-2025-09');
		const toChinese = page.locator('.lang-switch a');
		await expect(toChinese).toHaveAttribute('href', '/zh/charts/youth-unemployment?datum=new-16-24-2025-09');
		await toChinese.click();
		await expect(page).toHaveURL('/zh/charts/youth-unemployment?datum=new-16-24-2025-09');
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ZH['youth-unemployment.title']);
	});
});

test.describe('Chinese story excerpts', () => {
	test('keep the English quotation, marked as English, with the site’s translation under it', async ({ page }) => {
		await page.goto('/zh');
		for (const excerpt of EXCERPTS) {
			const article = page.locator(`[data-excerpt="${excerpt.id}"]`);
			await expect(article.locator('blockquote[lang="en"]')).toContainText(excerpt.quote.slice(0, 30));
			const translation = article.locator('.translation');
			await expect(translation).toContainText(ZH['ui.translation']);
			await expect(translation).toContainText(excerptTranslations[excerpt.id]);
			await expect(article.locator('.attribution')).toContainText('美联社，2025年11月10日');
		}
	});

	test('fill their annotations with Chinese figures', async ({ page }) => {
		await page.goto('/zh');
		await expect(page.locator('[data-excerpt="nearly-18"] .annotation-text')).toContainText('（2025年9月）为17.7%');
		await expect(page.locator('[data-excerpt="foreign-workers-711000"] .annotation-text')).toContainText(
			'71.1万份居留许可'
		);
		await expect(page.locator('[data-excerpt="payment"] .annotation-text')).toContainText('103,595美元');
	});

	test('the English edition shows no translation', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('.excerpt .translation')).toHaveCount(0);
	});
});

test('Chinese text renders in a CJK font, with no missing glyphs, in HTML and in SVG', async ({ page }) => {
	await page.goto('/zh/charts/youth-unemployment');
	// The server drew the chart at several widths; CSS shows one.
	const width = await page.locator('#chart-view .variant:visible').getAttribute('data-layout-width');
	const svg = `#chart-view .variant[data-layout-width="${width}"] svg`;
	// Ask the browser which platform fonts drew each element's text: a character no font has would
	// fall through to a Latin font (and show as a box), so every font used must be a CJK one.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
	const selectors = [
		'.masthead .brand',
		'h1',
		'.chart-subtitle',
		'.chart-notes',
		`${svg} .series-label`,
		`${svg} .annotation`,
		`${svg} .axis-label`,
		'.excerpt .translation',
		'.excerpt .annotation-text'
	];
	for (const selector of selectors) {
		const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
		expect(nodeId, selector).toBeGreaterThan(0);
		const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
		expect(fonts.length, selector).toBeGreaterThan(0);
		for (const font of fonts)
			expect(font.familyName, selector).toMatch(/CJK|PingFang|Hiragino|YaHei|Source Han|Noto Sans SC/);
	}
});
