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
