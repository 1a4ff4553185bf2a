import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Waits until the page's scripts are running: SvelteKit has hydrated the page, or (on pages built of
 * islands) the islands' script listens, so that whatever the reader does reaches the handlers.
 */
export async function hydrated(page: Page) {
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

/**
 * The origin the site under test was built with (`PUBLIC_SITE_ORIGIN`), or `null` when the build was
 * not configured: then pages carry no canonical link or share-card tags, and images credit no address.
 */
export const BUILT_ORIGIN: string | null = process.env.PUBLIC_SITE_ORIGIN?.trim().replace(/\/$/, '') || null;

/** The corrections address the build was given (`PUBLIC_CORRECTIONS_EMAIL`), or `null`. */
export const BUILT_EMAIL: string | null = process.env.PUBLIC_CORRECTIONS_EMAIL?.trim() || null;

/**
 * axe-core's violations on the page as it is now, a line each: the rule and the elements it failed on.
 * axe runs inside the page (legacy mode: none of our pages frames another origin) and reports only
 * violations; serializing every passing node and finishing the run in a second page made each scan
 * 2-3 times slower.
 */
export async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'] })
		.analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
