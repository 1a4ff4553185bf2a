import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Runs the real scripts/test.mjs in a scratch project: a tiny Vitest config and a few specs, so the
// whole suite is not run recursively. Steps are picked by name (`node scripts/test.mjs unit`).

const scratches: string[] = [];
afterAll(() => scratches.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A scratch project with `specs` (file name -> source) and package.json `scripts`. */
function scratch(specs: Record<string, string>, scripts: Record<string, string> = {}): string {
	const dir = mkdtempSync(join(tmpdir(), 'talentrace-test-script-'));
	scratches.push(dir);
	mkdirSync(join(dir, 'scripts'));
	mkdirSync(join(dir, 'unit'));
	cpSync('scripts/test.mjs', join(dir, 'scripts/test.mjs'));
	cpSync('scripts/test-summary.mjs', join(dir, 'scripts/test-summary.mjs'));
	symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', scripts }));
	writeFileSync(join(dir, 'vitest.config.mjs'), `export default { test: { include: ['unit/*.spec.js'] } };\n`);
	for (const [name, source] of Object.entries(specs)) writeFileSync(join(dir, 'unit', name), source);
	return dir;
}

/** Runs `node scripts/test.mjs ...steps` in `dir`: its exit status and its last line. */
function runTests(dir: string, steps: string[]) {
	// Without the outer Vitest's variables, so the inner run behaves like a run from a shell.
	const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$)/.test(name)));
	const run = spawnSync('node', ['scripts/test.mjs', ...steps], { cwd: dir, env, encoding: 'utf8' });
	const output = `${run.stdout}${run.stderr}`;
	return { status: run.status, output, last: run.stdout.trim().split('\n').at(-1) };
}

const GOOD = `import { it, expect } from 'vitest';\nit('adds', () => expect(1 + 1).toBe(2));\n`;

describe('npm test (scripts/test.mjs)', () => {
	it('fails and counts a spec file that cannot load and a failing test', { timeout: 120_000 }, () => {
		const dir = scratch({
			'good.spec.js': GOOD,
			'broken.spec.js': `import { it } from 'vitest';\nthrow new Error('cannot load');\nit('never runs', () => {});\n`,
			'wrong.spec.js': `import { it, expect } from 'vitest';\nit('is wrong', () => expect(1).toBe(2));\n`
		});
		const run = runTests(dir, ['unit']);
		expect(run.last).toBe('1 passed, 2 failed');
		expect(run.status).toBe(1);
		expect(run.output).toMatch(/FAILED unit: .*broken\.spec\.js could not run: cannot load/);
	});

	it(
		'passes with exit status 0 when every test passes, and says a missing lint script was not run',
		{
			timeout: 120_000
		},
		() => {
			const run = runTests(scratch({ 'good.spec.js': GOOD }), ['lint', 'unit']);
			expect(run.last).toBe('1 passed, 0 failed');
			expect(run.status).toBe(0);
			expect(run.output).toContain('== lint: not run: package.json has no "lint" script');
		}
	);

	it('runs the lint script when there is one, and counts its failure', { timeout: 60_000 }, () => {
		const dir = scratch({ 'good.spec.js': GOOD }, { lint: 'node -e "process.exit(3)"' });
		const run = runTests(dir, ['lint']);
		expect(run.output).toContain('== lint: npm run lint');
		expect(run.output).toContain('FAILED lint: exit status 3');
		expect(run.last).toBe('0 passed, 1 failed');
		expect(run.status).toBe(1);
	});

	it(
		'runs lint alongside svelte-check, prints each one’s output whole and counts each failure',
		{ timeout: 120_000 },
		() => {
			const dir = scratch({}, { lint: 'node -e "console.log(\'lint says hello\'); process.exit(3)"' });
			// No tsconfig.json in the scratch project: svelte-check fails too.
			const run = runTests(dir, ['check', 'lint']);
			expect(run.output).toContain('== lint: npm run lint (alongside check)');
			expect(run.output).toMatch(/== lint \(output\):\n[\s\S]*lint says hello/);
			expect(run.output).toContain('FAILED lint: exit status 3');
			expect(run.output).toMatch(/FAILED check: exit status [1-9]/);
			expect(run.last).toBe('0 passed, 2 failed');
			expect(run.status).toBe(1);
		}
	);

	it('fails and counts an end-to-end spec file that cannot load', { timeout: 120_000 }, () => {
		const dir = scratch({});
		mkdirSync(join(dir, 'e2e'));
		writeFileSync(
			join(dir, 'playwright.config.mjs'),
			`export default { testDir: 'e2e', testMatch: '*.e2e.js', reporter: [['json', { outputFile: 'reports/playwright.json' }]] };\n`
		);
		writeFileSync(
			join(dir, 'e2e/good.e2e.js'),
			GOOD.replace("'vitest'", "'@playwright/test'").replace('{ it,', '{ test as it,')
		);
		writeFileSync(
			join(dir, 'e2e/broken.e2e.js'),
			`import { test } from '@playwright/test';\nthrow new Error('cannot load');\ntest('never runs', () => {});\n`
		);
		const run = runTests(dir, ['e2e']);
		expect(run.output).toContain('FAILED e2e: Error: cannot load');
		// Playwright runs nothing when a spec file cannot load.
		expect(run.last).toBe('0 passed, 1 failed');
		expect(run.status).toBe(1);
	});

	it('rejects an unknown step name', () => {
		const run = runTests(scratch({}), ['unti']);
		expect(run.status).toBe(2);
		expect(run.output).toContain('unknown step unti');
	});
});
