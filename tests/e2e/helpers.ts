import type { Page } from '@playwright/test';

/**
 * Waits until the page's scripts are running: SvelteKit has hydrated the page, or (on pages built of
 * islands) the islands' script listens, so that whatever the reader does reaches the handlers.
 */
export async function hydrated(page: Page) {
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}
