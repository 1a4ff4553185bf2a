// `npm test`: type check, formatting, lint, unit tests, build and end-to-end tests. Every step runs
// and counts: the run exits non-zero when any step fails, and the closing "N passed, N failed" line
// (scripts/test-summary.mjs) counts failed tests, test files that could not load and failed steps.
// `node scripts/test.mjs unit lint` runs only the named steps (in the usual order).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const env = { ...process.env, TZ: 'UTC', LANG: 'C.UTF-8' };
const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts ?? {};

/**
 * The build under test is published at the address the end-to-end tests serve it from (unless the
 * caller set one), so the parts that need an absolute origin (oEmbed answers and their discovery
 * links, canonical links, share-card tags) are built and tested too.
 */
const published = {
	...env,
	PUBLIC_SITE_ORIGIN: process.env.PUBLIC_SITE_ORIGIN ?? `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`
};

/**
 * @typedef {object} Step
 * @property {string} name
 * @property {string[]} command
 * @property {string} [report] the JSON report the step writes, read by the summary
 * @property {string} [needs] a step that must have passed first
 * @property {string} [missing] why the step cannot run here (then it is reported, not run)
 * @property {NodeJS.ProcessEnv} [env] the step's environment, when not the common one
 */

/** @type {Step[]} */
const STEPS = [
	{ name: 'sync', command: ['npx', 'svelte-kit', 'sync'] },
	{ name: 'check', command: ['npx', 'svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings'] },
	{ name: 'format', command: ['npx', 'prettier', '--check', '.', '--log-level', 'warn'] },
	{
		name: 'lint',
		command: ['npm', 'run', 'lint'],
		missing: scripts.lint ? undefined : 'package.json has no "lint" script'
	},
	{
		name: 'unit',
		command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json'],
		report: 'reports/vitest.json'
	},
	{ name: 'build', command: ['npm', 'run', 'build'], env: published },
	{
		name: 'e2e',
		command: ['npx', 'playwright', 'test'],
		report: 'reports/playwright.json',
		needs: 'build',
		env: published
	}
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !STEPS.some((step) => step.name === name));
if (unknown.length) {
	console.error(`unknown step ${unknown.join(', ')}; steps: ${STEPS.map((s) => s.name).join(', ')}`);
	process.exit(2);
}

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports');

/** @type {{ name: string, status: 'passed' | 'failed' | 'not run', reason?: string, report?: string }[]} */
const results = [];
for (const step of STEPS.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
	const blocker = step.needs && results.find((r) => r.name === step.needs && r.status !== 'passed');
	if (blocker) {
		results.push({ name: step.name, status: 'not run', reason: `${step.needs} failed`, report: step.report });
	} else if (step.missing) {
		// Not a failure (the project may not have the tool yet), but never silent.
		console.log(`\n== ${step.name}: not run: ${step.missing}`);
		results.push({ name: step.name, status: 'not run', reason: step.missing });
		continue;
	} else {
		console.log(`\n== ${step.name}: ${step.command.join(' ')}`);
		const [command, ...args] = step.command;
		const status = spawnSync(command, args, { stdio: 'inherit', env: step.env ?? env }).status;
		results.push({
			name: step.name,
			status: status === 0 ? 'passed' : 'failed',
			...(status === 0 ? {} : { reason: `exit status ${status ?? 'none (killed)'}` }),
			report: step.report
		});
	}
	const last = results.at(-1);
	if (last && last.status !== 'passed') console.error(`== ${step.name}: ${last.status} (${last.reason})`);
}

writeFileSync('reports/steps.json', JSON.stringify(results, null, '\t'));
const summary = spawnSync('node', [new URL('./test-summary.mjs', import.meta.url).pathname], { stdio: 'inherit', env });
process.exit(summary.status === 0 && results.every((r) => r.status !== 'failed') ? 0 : 1);
