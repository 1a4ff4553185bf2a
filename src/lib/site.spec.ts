import { describe, expect, it } from 'vitest';
import { absoluteUrl, correctionsEmail, creditUrl, PRERENDER_ORIGIN, publicOrigin, siteOrigin } from './site';

describe('siteOrigin(raw)', () => {
	it.each([
		[undefined, null],
		['', null],
		['  ', null],
		['https://news.example.org', 'https://news.example.org'],
		['https://news.example.org/', 'https://news.example.org'],
		['http://127.0.0.1:4173', 'http://127.0.0.1:4173']
	])('%j gives %s', (raw, origin) => {
		expect(siteOrigin(raw)).toBe(origin);
	});

	it.each(['news.example.org', 'ftp://example.org', 'https://example.org/talent', 'https://example.org/?a=1'])(
		'rejects %j',
		(raw) => {
			expect(() => siteOrigin(raw)).toThrow(/PUBLIC_SITE_ORIGIN/);
		}
	);
});

describe('absoluteUrl(origin, path)', () => {
	it('joins an origin and a root-relative path', () => {
		expect(absoluteUrl('https://example.org', '/share/h1b-cost.png')).toBe('https://example.org/share/h1b-cost.png');
	});

	it('is null without an origin, so the caller leaves the URL out', () => {
		expect(absoluteUrl(null, '/share/h1b-cost.png')).toBeNull();
	});
});

describe('creditUrl(origin, path)', () => {
	it('is host and path, or null without an origin', () => {
		expect(creditUrl('https://news.example.org', '/zh/charts/h1b-cost')).toBe('news.example.org/zh/charts/h1b-cost');
		expect(creditUrl(null, '/charts/h1b-cost')).toBeNull();
	});
});

describe('publicOrigin(pageOrigin)', () => {
	it('hides the prerender placeholder and keeps a real origin', () => {
		expect(publicOrigin(PRERENDER_ORIGIN)).toBeNull();
		expect(publicOrigin('https://news.example.org')).toBe('https://news.example.org');
	});
});

describe('correctionsEmail(raw)', () => {
	it('is null when unset and keeps a real address', () => {
		expect(correctionsEmail(undefined)).toBeNull();
		expect(correctionsEmail('')).toBeNull();
		expect(correctionsEmail(' desk@news.example.org ')).toBe('desk@news.example.org');
	});

	it.each(['desk', 'desk@', 'a b@example.org', '<x>@example.org'])('rejects %j', (raw) => {
		expect(() => correctionsEmail(raw)).toThrow(/PUBLIC_CORRECTIONS_EMAIL/);
	});
});
