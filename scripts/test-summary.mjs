// Prints the combined "N passed, N failed" line from the Vitest and Playwright JSON reports.
// Exits non-zero when either runner failed a test or ran none.
import { readFileSync } from 'node:fs';

function read(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return null;
	}
}

const vitest = read('reports/vitest.json');
const playwright = read('reports/playwright.json');

const unit = {
	passed: vitest?.numPassedTests ?? 0,
	failed: (vitest?.numFailedTests ?? 0) + (vitest ? 0 : 1)
};
const e2e = {
	passed: playwright?.stats?.expected ?? 0,
	failed: (playwright?.stats?.unexpected ?? 0) + (playwright ? 0 : 1),
	flaky: playwright?.stats?.flaky ?? 0,
	skipped: playwright?.stats?.skipped ?? 0
};

console.log(`unit: ${unit.passed} passed, ${unit.failed} failed`);
console.log(`e2e: ${e2e.passed} passed, ${e2e.failed} failed (flaky ${e2e.flaky}, skipped ${e2e.skipped})`);
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed + e2e.flaky + e2e.skipped;
console.log(`${passed} passed, ${failed} failed`);
if (failed > 0 || unit.passed === 0 || e2e.passed === 0) process.exit(1);
