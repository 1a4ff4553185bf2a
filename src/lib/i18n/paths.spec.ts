import { describe, expect, it } from 'vitest';
import { alternatePaths, langOfPath, localizedPath, unlocalizedPath } from './paths';
import { localeFor } from './current';

describe('edition paths', () => {
	it.each([
		['en', '/', '/'],
		['zh', '/', '/zh'],
		['en', '/charts/h1b-cost', '/charts/h1b-cost'],
		['zh', '/charts/h1b-cost', '/zh/charts/h1b-cost'],
		['zh', 'methodology', '/zh/methodology']
	] as const)('localizedPath(%s, %s) is %s', (lang, path, expected) => {
		expect(localizedPath(lang, path)).toBe(expected);
	});

	it('tells the language of a path by its first segment only', () => {
		expect(langOfPath('/zh')).toBe('zh');
		expect(langOfPath('/zh/charts/x')).toBe('zh');
		expect(langOfPath('/zhx')).toBe('en');
		expect(langOfPath('/charts/zh')).toBe('en');
		expect(langOfPath('/')).toBe('en');
	});

	it('finds the same page in both languages', () => {
		expect(alternatePaths('/zh/charts/youth-unemployment')).toEqual({
			en: '/charts/youth-unemployment',
			zh: '/zh/charts/youth-unemployment'
		});
		expect(alternatePaths('/')).toEqual({ en: '/', zh: '/zh' });
		expect(alternatePaths('/zh')).toEqual({ en: '/', zh: '/zh' });
		expect(unlocalizedPath('/zh/methodology')).toBe('/methodology');
	});

	it('gives route pages the locale of their [[lang]] parameter', () => {
		expect(localeFor(undefined).lang).toBe('en');
		expect(localeFor('zh').lang).toBe('zh');
		expect(localeFor('zh').t('ui.sourceLine', { sources: 'NBS' })).toBe('来源：NBS');
	});
});
