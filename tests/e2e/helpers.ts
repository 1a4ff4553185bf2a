import type { Page } from '@playwright/test';

/** Waits until SvelteKit has hydrated the page, so event handlers are attached. */
export async function hydrated(page: Page) {
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}
