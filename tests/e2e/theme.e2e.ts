import { expect, test, type Page } from '@playwright/test';
import { DARK, LIGHT, PRINT, TOKEN_NAMES, type ThemeTokens } from '../../src/lib/tokens';

/** Every colour token as the page's root element resolves it, in the same notation as tokens.ts. */
function resolvedTokens(page: Page): Promise<Record<string, string>> {
	return page.evaluate(
		(names) => {
			const style = getComputedStyle(document.documentElement);
			return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(`--${name}`).trim()]));
		},
		[...TOKEN_NAMES]
	);
}

/** tokens.ts as the built stylesheet writes it: the minifier shortens `#ffffff` to `#fff`. */
function written(tokens: ThemeTokens): Record<string, string> {
	return Object.fromEntries(TOKEN_NAMES.map((name) => [name, tokens[name].replace(/^#(.)\1(.)\2(.)\3$/, '#$1$2$3')]));
}

// The pages carry the colours of tokens.ts (generated into their stylesheet at build time), in each
// way a theme is chosen: a colour that drifted from tokens.ts, or a token left out, fails here.
for (const path of ['/', '/charts/h1b-demand', '/embed/youth-unemployment', '/zh/embed/visa-costs']) {
	test(`${path} resolves every token of tokens.ts in the light, dark and print palettes`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(path);
		expect(await resolvedTokens(page)).toEqual(written(LIGHT));
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await resolvedTokens(page)).toEqual(written(DARK));
		await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
		expect(await resolvedTokens(page)).toEqual(written(LIGHT));
		await page.emulateMedia({ colorScheme: 'light' });
		await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
		expect(await resolvedTokens(page)).toEqual(written(DARK));
		await page.emulateMedia({ media: 'print' });
		expect(await resolvedTokens(page)).toEqual(written(PRINT));
	});
}
