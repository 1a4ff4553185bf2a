// Prints the closing "N passed, N failed" line of `npm test` from reports/steps.json (written by
// scripts/test.mjs) and the Vitest and Playwright JSON reports. Failures are: failed, skipped and
// flaky tests; test files that could not load; a test runner that ran no test or wrote no report;
// a step that failed (type check, format, lint, build) or could not run because one it needs failed.
// Exits non-zero when anything failed.
import { readFileSync } from 'node:fs';

/** @param {string} path */
function read(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return null;
	}
}

/** @type {{ name: string, status: string, reason?: string, report?: string }[]} */
const steps = read('reports/steps.json') ?? [
	{ name: 'unit', status: 'passed', report: 'reports/vitest.json' },
	{ name: 'e2e', status: 'passed', report: 'reports/playwright.json' }
];

let passed = 0;
/** @type {string[]} */
const failures = [];

/** Counts of a Vitest JSON report: a file that failed with no failed test in it could not load. */
function vitestCounts(/** @type {any} */ report) {
	const files = report.testResults ?? [];
	const broken = files.filter(
		(/** @type {any} */ f) =>
			f.status === 'failed' && !f.assertionResults.some((/** @type {any} */ a) => a.status === 'failed')
	);
	for (const file of broken) failures.push(`unit: ${file.name} could not run: ${(file.message ?? '').split('\n')[0]}`);
	const failedTests = report.numFailedTests ?? 0;
	const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
	if (failedTests) failures.push(...Array(failedTests).fill('unit: failed test'));
	if (skipped) failures.push(...Array(skipped).fill('unit: skipped test'));
	console.log(
		`unit: ${report.numPassedTests ?? 0} passed, ${failedTests} failed, ${broken.length} files not loaded, ${skipped} skipped`
	);
	return { passed: report.numPassedTests ?? 0, failed: failedTests + broken.length + skipped };
}

/** Counts of a Playwright JSON report: load errors of spec files are in `errors`. */
function playwrightCounts(/** @type {any} */ report) {
	const s = report.stats ?? {};
	const errors = report.errors ?? [];
	for (const error of errors) failures.push(`e2e: ${(error.message ?? '').split('\n')[0]}`);
	const bad = (s.unexpected ?? 0) + (s.flaky ?? 0) + (s.skipped ?? 0);
	if (bad) failures.push(...Array(bad).fill('e2e: failed, flaky or skipped test'));
	console.log(
		`e2e: ${s.expected ?? 0} passed, ${s.unexpected ?? 0} failed (flaky ${s.flaky ?? 0}, skipped ${s.skipped ?? 0}, errors ${errors.length})`
	);
	return { passed: s.expected ?? 0, failed: bad + errors.length };
}

for (const step of steps) {
	if (step.status === 'not run' && !step.report) continue;
	if (step.status === 'not run') {
		failures.push(`${step.name}: not run (${step.reason})`);
		continue;
	}
	if (!step.report) {
		if (step.status === 'failed') failures.push(`${step.name}: ${step.reason ?? 'failed'}`);
		continue;
	}
	const report = read(step.report);
	if (!report) {
		failures.push(`${step.name}: no report (${step.report})`);
		continue;
	}
	const counts = step.name === 'e2e' ? playwrightCounts(report) : vitestCounts(report);
	passed += counts.passed;
	if (counts.passed === 0 && counts.failed === 0) failures.push(`${step.name}: ran no test`);
	// A runner that exits non-zero without a failure in its report (a crash, an unhandled error).
	else if (step.status === 'failed' && counts.failed === 0) failures.push(`${step.name}: ${step.reason}`);
}

/** @type {Map<string, number>} */
const counted = new Map();
for (const failure of failures) counted.set(failure, (counted.get(failure) ?? 0) + 1);
for (const [failure, n] of counted) console.log(`FAILED ${failure}${n > 1 ? ` (${n})` : ''}`);
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length > 0 ? 1 : 0);
