import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

const executablePath =
	process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Port of the built site; a second origin for cross-origin tests uses PORT + 1. */
export const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	// axe-core scans of whole pages (two themes each) take 20-40 s on a 2-core machine: room, not a timing check.
	timeout: 90_000,
	reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		...devices['Desktop Chrome'],
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	webServer: {
		command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
