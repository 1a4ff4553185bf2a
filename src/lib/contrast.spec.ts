import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';
import { DARK, LIGHT, PRINT, TOKEN_NAMES, type TokenName } from './tokens';

const THEMES = { light: LIGHT, dark: DARK, print: PRINT };
const SERIES = TOKEN_NAMES.filter((t) => t.startsWith('series-'));
const TEXT: TokenName[] = ['fg', 'muted', 'link', 'focus', ...SERIES];

describe.each(Object.entries(THEMES))('the %s theme', (_, t) => {
	it.each(TEXT)('--%s passes WCAG AA for text (4.5:1) on the page and in tooltips', (name) => {
		expect(contrastRatio(t[name], t.bg)).toBeGreaterThanOrEqual(4.5);
		expect(contrastRatio(t[name], t['tooltip-bg'])).toBeGreaterThanOrEqual(4.5);
	});

	it.each(SERIES)('--%s passes 3:1 for marks on the suspension band', (name) => {
		expect(contrastRatio(t[name], t.band)).toBeGreaterThanOrEqual(3);
	});

	it('keeps text readable on a highlighted excerpt', () => {
		expect(contrastRatio(t.fg, t['highlight-bg'])).toBeGreaterThanOrEqual(4.5);
		expect(contrastRatio(t.muted, t['highlight-bg'])).toBeGreaterThanOrEqual(4.5);
	});
});
