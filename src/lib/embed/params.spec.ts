import { describe, expect, it } from 'vitest';
import { EMBED_DEFAULTS, embedQuery, parseEmbedParams } from './params';

const KEYS = ['new-16-24-2025-08', 'old-16-24-2023-06'];
const parse = (q: string) => parseEmbedParams(new URLSearchParams(q), KEYS);

describe('parseEmbedParams', () => {
	it('gives the defaults for an empty query', () => {
		expect(parse('')).toEqual({ theme: 'auto', lang: 'en', chrome: 'full', datum: null });
	});

	it.each([
		['theme=dark', { theme: 'dark' }],
		['theme=light', { theme: 'light' }],
		['theme=auto', { theme: 'auto' }],
		['lang=zh', { lang: 'zh' }],
		['chrome=plain', { chrome: 'plain' }],
		['datum=new-16-24-2025-08', { datum: 'new-16-24-2025-08' }],
		[
			'theme=dark&lang=zh&chrome=plain&datum=old-16-24-2023-06',
			{ theme: 'dark', lang: 'zh', chrome: 'plain', datum: 'old-16-24-2023-06' }
		]
	])('accepts %s', (query, expected) => {
		expect(parse(query)).toEqual({ ...EMBED_DEFAULTS, ...expected });
	});

	it.each([
		'theme=<img src=x onerror=alert(1)>',
		'theme=DARK',
		'theme= dark',
		'theme=',
		'lang=fr',
		'lang=zh-Hans',
		'lang=<script>alert(1)</script>',
		'chrome=none',
		'chrome=javascript:alert(1)',
		'datum=%22%3E%3Csvg%20onload%3Dalert(1)%3E',
		'datum=new-16-24-2025-0',
		'datum=__proto__',
		'datum=constructor',
		'color=red&theme[]=dark'
	])('ignores the hostile or unknown value in %s', (query) => {
		expect(parse(query)).toEqual(EMBED_DEFAULTS);
	});

	it('only takes the first of repeated parameters', () => {
		expect(parse('theme=nope&theme=dark').theme).toBe('auto');
		expect(parse('theme=dark&theme=nope').theme).toBe('dark');
	});

	it('takes lang only from the languages it is given', () => {
		expect(parseEmbedParams(new URLSearchParams('lang=zh'), [], ['en']).lang).toBe('en');
	});

	it('defaults lang to the page’s language (zh on /zh/embed/<id>), which ?lang= still overrides', () => {
		expect(parseEmbedParams(new URLSearchParams(''), [], undefined, 'zh').lang).toBe('zh');
		expect(parseEmbedParams(new URLSearchParams('lang=fr'), [], undefined, 'zh').lang).toBe('zh');
		expect(parseEmbedParams(new URLSearchParams('lang=en'), [], undefined, 'zh').lang).toBe('en');
	});

	it('returns the allowed value itself, not the string from the URL', () => {
		const search = new URLSearchParams('datum=new-16-24-2025-08');
		expect(parseEmbedParams(search, KEYS).datum).toBe(KEYS[0]);
	});
});

describe('embedQuery', () => {
	it('leaves out defaults', () => {
		expect(embedQuery(EMBED_DEFAULTS)).toBe('');
		expect(embedQuery({ ...EMBED_DEFAULTS, theme: 'dark', datum: 'a-b' })).toBe('?theme=dark&datum=a-b');
	});

	it('round-trips through parseEmbedParams', () => {
		const params = { theme: 'light', lang: 'zh', chrome: 'plain', datum: KEYS[1] } as const;
		expect(parse(embedQuery(params).slice(1))).toEqual(params);
	});
});
