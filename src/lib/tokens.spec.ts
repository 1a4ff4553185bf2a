import postcss, { type AtRule, type Rule } from 'postcss';
import { describe, expect, it } from 'vitest';
import { themeCss } from './themeCss';
import { DARK, LIGHT, PRINT, TOKEN_NAMES, type ThemeTokens } from './tokens';

/** The rules of the generated stylesheet as `[at-rule params or '', selector, { property: value }]`. */
function rules(css: string): [string, string, Record<string, string>][] {
	const out: [string, string, Record<string, string>][] = [];
	postcss.parse(css).walkRules((rule: Rule) => {
		const declarations: Record<string, string> = {};
		rule.walkDecls((d) => {
			declarations[d.prop] = d.value;
		});
		const media = rule.parent?.type === 'atrule' ? (rule.parent as AtRule).params : '';
		out.push([media, rule.selector.replace(/\s+/g, ' '), declarations]);
	});
	return out;
}

function declared(scheme: 'light' | 'dark', tokens: ThemeTokens): Record<string, string> {
	return { 'color-scheme': scheme, ...Object.fromEntries(TOKEN_NAMES.map((name) => [`--${name}`, tokens[name]])) };
}

describe('themeCss() declares every token of tokens.ts as a custom property', () => {
	it('light by default and when chosen, dark when chosen or preferred, the print palette in print, in that order', () => {
		expect(rules(themeCss())).toEqual([
			['', ":root, :root[data-theme='light']", declared('light', LIGHT)],
			['', ":root[data-theme='dark']", declared('dark', DARK)],
			['(prefers-color-scheme: dark)', ":root:not([data-theme='light'])", declared('dark', DARK)],
			['print', ":root, :root[data-theme='dark'], :root:not([data-theme='light'])", declared('light', PRINT)]
		]);
	});
});

describe('tokens', () => {
	it('are literal hex colours in every palette', () => {
		for (const tokens of [LIGHT, DARK, PRINT]) {
			for (const name of TOKEN_NAMES) expect(tokens[name], name).toMatch(/^#[0-9a-f]{6}$/);
		}
	});
});
