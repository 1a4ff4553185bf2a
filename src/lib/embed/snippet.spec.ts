import { describe, expect, it } from 'vitest';
import { EMBED_CHROME, embedSnippet, escapeAttribute, estimateEmbedHeight, pastedHeight } from './snippet';
import { heightFor } from '$lib/charts/shared/size';
import { EN } from '$lib/i18n/locale';
import { CHARTS, CHART_IDS, type ChartId } from '$lib/charts';
import { chartHeight } from '$lib/charts/shared/definition';
import { CHART_DATA } from '$lib/server/datasets';
import { frameTexts } from '$lib/server/embedHeight';

const base = { origin: 'https://charts.example', id: 'youth-unemployment', lang: 'en' as const };

/** The attributes of the first element in `html`, decoded the way an HTML parser would. */
function attributes(html: string): Record<string, string> {
	const decode = (s: string) =>
		s
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&amp;/g, '&');
	const tag = html.slice(0, html.indexOf('>') + 1);
	return Object.fromEntries([...tag.matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, k, v]) => [k, decode(v)]));
}

describe('escapeAttribute', () => {
	it('escapes what could end or break an attribute', () => {
		expect(escapeAttribute(`a & "b" <c> 'd'`)).toBe('a &amp; &quot;b&quot; &lt;c&gt; &#39;d&#39;');
	});

	it('leaves typographic quotes and CJK text alone', () => {
		expect(escapeAttribute('China’s jobless rate, 中国青年失业率')).toBe('China’s jobless rate, 中国青年失业率');
	});
});

describe('embedSnippet', () => {
	const snippet = embedSnippet({ ...base, title: EN.t('youth-unemployment.title'), height: 612.4 });

	it('is the iframe and loader from EMBED.md, with the chart’s title and height', () => {
		expect(snippet).toBe(
			[
				'<iframe src="https://charts.example/embed/youth-unemployment?theme=auto&amp;lang=en"',
				'        title="China’s jobless rate for 16-to-24-year-olds" loading="lazy"',
				'        style="width:100%;border:0;color-scheme:light" height="612"',
				'        sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"',
				'        referrerpolicy="strict-origin-when-cross-origin"></iframe>',
				'<script async src="https://charts.example/embed.js"></script>'
			].join('\n')
		);
	});

	it('gives a src that parses to the embed with its parameters', () => {
		const url = new URL(attributes(snippet).src);
		expect(url.pathname).toBe('/embed/youth-unemployment');
		expect(Object.fromEntries(url.searchParams)).toEqual({ theme: 'auto', lang: 'en' });
	});

	it('keeps a hostile title inside its attribute', () => {
		const title = `"><script>alert(1)</script><iframe src="x' & y`;
		const html = embedSnippet({ ...base, title, height: 400 });
		expect(attributes(html).title).toBe(title);
		expect(html.match(/<script/g)).toHaveLength(1);
		expect(html.match(/<iframe/g)).toHaveLength(1);
	});

	it('points the Chinese code at the Chinese embed page, and passes the language and theme', () => {
		const url = new URL(attributes(embedSnippet({ ...base, title: 't', height: 400, lang: 'zh', theme: 'dark' })).src);
		expect(url.pathname).toBe('/zh/embed/youth-unemployment');
		expect(url.search).toBe('?theme=dark&lang=zh');
	});

	it('never offers a height below 100 px', () => {
		expect(attributes(embedSnippet({ ...base, title: 't', height: 3 })).height).toBe('100');
	});
});

const definitions = new Map(await Promise.all(CHARTS.map(async (c) => [c.id, await c.load()] as const)));

describe('estimateEmbedHeight', () => {
	const texts = (id: ChartId) => frameTexts(id, EN);

	const heightOf = (id: ChartId) => (width: number) => chartHeight(definitions.get(id)!, CHART_DATA[id], width, EN);

	it.each(CHART_IDS)('for %s is its own chart plus each text of the frame and the chrome', (id) => {
		const height = heightOf(id);
		const h = estimateEmbedHeight(texts(id), height);
		// At least a line of title, subtitle, notes and sources; at 640 px no chart's text runs to 600 px.
		expect(h).toBeGreaterThan(height(608) + EMBED_CHROME + 25 + 24 + (8 + 19.5) * 2);
		expect(h).toBeLessThan(height(608) + EMBED_CHROME + 600);
	});

	it('counts the chart at the width of the frame, as its layout draws it', () => {
		const widths: number[] = [];
		estimateEmbedHeight(texts('visa-costs'), (w) => (widths.push(w), 400), 320);
		expect(widths).toEqual([320 - 2 * 9.6]);
		const visa = heightOf('visa-costs');
		expect(visa(608)).not.toBe(heightFor(608));
	});

	it('grows as the frame narrows and the text wraps', () => {
		const t = texts('h1b-cost');
		const height = heightOf('h1b-cost');
		expect(estimateEmbedHeight(t, height, 320)).toBeGreaterThan(
			estimateEmbedHeight(t, height, 640) - (height(608) - height(288))
		);
		expect(estimateEmbedHeight({ ...t, notes: '' }, height)).toBeLessThan(estimateEmbedHeight(t, height));
	});
});

describe('pastedHeight', () => {
	const texts = { title: 'A title', subtitle: 'A subtitle', notes: 'Notes: a note.', sources: 'Source: a producer' };

	it('is the tallest the embed gets in any column from 320 to 1000 px', () => {
		// A chart that is tallest in a mid-width column, as a layout that changes arrangement can be.
		const chart = (width: number) => (width > 440 && width < 460 ? 900 : 300);
		const widths: number[] = [];
		const tallest = pastedHeight(texts, (width) => (widths.push(width), chart(width)));
		expect(Math.min(...widths)).toBe(320 - 2 * 9.6);
		expect(Math.max(...widths)).toBe(1000 - 32);
		expect(tallest).toBe(estimateEmbedHeight(texts, chart, 480));
		expect(tallest).toBeGreaterThan(estimateEmbedHeight(texts, chart, 320));
	});

	it.each(CHART_IDS)('of %s covers its narrowest and widest columns', (id) => {
		const t = frameTexts(id, EN);
		const height = (width: number) => chartHeight(definitions.get(id)!, CHART_DATA[id], width, EN);
		const pasted = pastedHeight(t, height);
		expect(pasted).toBeGreaterThanOrEqual(estimateEmbedHeight(t, height, 320));
		expect(pasted).toBeGreaterThanOrEqual(estimateEmbedHeight(t, height, 1000));
	});
});
