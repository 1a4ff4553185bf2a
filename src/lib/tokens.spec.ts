import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DARK, LIGHT, TOKEN_NAMES, type ThemeTokens } from './tokens';

const css = readFileSync('src/app.css', 'utf8');

/** The custom properties declared in the first rule whose selector list starts with `selector`. */
function declaredIn(source: string, selector: RegExp): Record<string, string> {
	const match = selector.exec(source);
	if (!match) throw new Error(`no rule matching ${selector}`);
	const body = source.slice(match.index + match[0].length, source.indexOf('}', match.index));
	const props: Record<string, string> = {};
	for (const [, name, value] of body.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)) props[name] = value.trim();
	return props;
}

function asCss(tokens: ThemeTokens): Record<string, string> {
	return Object.fromEntries(TOKEN_NAMES.map((name) => [name, tokens[name]]));
}

describe('tokens.ts mirrors the custom properties of app.css', () => {
	it('light theme (:root) has the same names and values', () => {
		expect(declaredIn(css, /:root,\s*:root\[data-theme='light'\]\s*\{/)).toEqual(asCss(LIGHT));
	});

	it('dark theme ([data-theme=dark]) has the same names and values', () => {
		expect(declaredIn(css, /:root\[data-theme='dark'\]\s*\{/)).toEqual(asCss(DARK));
	});

	it('dark theme by system preference has the same names and values', () => {
		const media = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
		expect(declaredIn(media, /:root:not\(\[data-theme='light'\]\)\s*\{/)).toEqual(asCss(DARK));
	});

	it('every token is a literal hex colour', () => {
		for (const tokens of [LIGHT, DARK]) {
			for (const name of TOKEN_NAMES) expect(tokens[name], name).toMatch(/^#[0-9a-f]{6}$/);
		}
	});
});
