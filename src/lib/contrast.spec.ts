import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contrastRatio } from './contrast';

const css = readFileSync('src/app.css', 'utf8');

/** The custom properties declared in the first block whose selector starts with `selector`. */
function tokens(selector: string): Record<string, string> {
	const at = css.indexOf(selector);
	const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
	return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
}

const THEMES = {
	light: tokens(":root[data-theme='light']"),
	dark: tokens(":root[data-theme='dark']")
};
const TEXT = [
	'fg',
	'muted',
	'link',
	'focus',
	'series-1',
	'series-2',
	'series-3',
	'series-4',
	'series-5',
	'series-6',
	'series-7'
];
const SERIES = TEXT.filter((t) => t.startsWith('series-'));

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

describe('theme blocks', () => {
	it('declare the same dark colours for the system preference and the explicit choice', () => {
		expect(tokens('@media (prefers-color-scheme: dark)')).toEqual(THEMES.dark);
	});
});
