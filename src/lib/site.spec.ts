import { describe, expect, it } from 'vitest';
import { absoluteUrl, correctionsEmail, DEFAULT_CORRECTIONS_EMAIL, DEFAULT_SITE_ORIGIN, siteOrigin } from './site';

describe('siteOrigin(raw)', () => {
	it.each([
		[undefined, DEFAULT_SITE_ORIGIN],
		['', DEFAULT_SITE_ORIGIN],
		['  ', DEFAULT_SITE_ORIGIN],
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
});

describe('correctionsEmail(raw)', () => {
	it('defaults when unset and keeps a real address', () => {
		expect(correctionsEmail(undefined)).toBe(DEFAULT_CORRECTIONS_EMAIL);
		expect(correctionsEmail(' desk@news.example.org ')).toBe('desk@news.example.org');
	});

	it.each(['desk', 'desk@', 'a b@example.org', '<x>@example.org'])('rejects %j', (raw) => {
		expect(() => correctionsEmail(raw)).toThrow(/PUBLIC_CORRECTIONS_EMAIL/);
	});
});
