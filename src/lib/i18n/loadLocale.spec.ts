import { describe, expect, it } from 'vitest';
import { loadLocale } from './loadLocale';
import { EN } from './locale';

describe('loadLocale', () => {
	it('resolves English to the built-in locale', async () => {
		expect(await loadLocale('en')).toBe(EN);
	});

	it('loads the Chinese catalogue, formatters and excerpt translations, once', async () => {
		const zh = await loadLocale('zh');
		expect(zh.lang).toBe('zh');
		expect(zh.t('site.name')).toBe('人才争夺战');
		expect(zh.fmt.usd(100000)).toBe('10万美元');
		expect(zh.translations?.['nearly-18']).toMatch(/18%/);
		expect(await loadLocale('zh')).toBe(zh);
	});
});
