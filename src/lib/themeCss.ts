import { DARK, LIGHT, PRINT, TOKEN_NAMES, type ThemeTokens } from './tokens.ts';

/** One rule declaring `scheme` and every token of `tokens` as a `--<name>` custom property. */
function themeRule(selectors: string[], scheme: 'light' | 'dark', tokens: ThemeTokens): string {
	const declarations = [`color-scheme: ${scheme};`, ...TOKEN_NAMES.map((name) => `--${name}: ${tokens[name]};`)];
	return `${selectors.join(',\n')} {\n${declarations.map((d) => `\t${d}`).join('\n')}\n}`;
}

/**
 * The stylesheet of the colour tokens (`tokens.ts`): light by default and when chosen, dark when
 * chosen or when the system prefers it (unless light was chosen), and the print palette in print.
 * The order matters: the print rule outweighs the dark ones by coming last.
 */
export function themeCss(): string {
	return [
		themeRule([':root', ":root[data-theme='light']"], 'light', LIGHT),
		themeRule([":root[data-theme='dark']"], 'dark', DARK),
		`@media (prefers-color-scheme: dark) {\n${themeRule([":root:not([data-theme='light'])"], 'dark', DARK)}\n}`,
		`@media print {\n${themeRule([':root', ":root[data-theme='dark']", ":root:not([data-theme='light'])"], 'light', PRINT)}\n}`
	].join('\n\n');
}
