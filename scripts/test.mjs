// `npm test`: type check, formatting, lint, unit tests, build and end-to-end tests. Every step runs
// and counts: the run exits non-zero when any step fails, and the closing "N passed, N failed" line
// (scripts/test-summary.mjs) counts failed tests, test files that could not load and failed steps.
// `node scripts/test.mjs unit lint` runs only the named steps (in the usual order).
import { spawn, spawnSync } from 'node:child_process';
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
 * @property {string} [alongside] a step this one runs at the same time as (both mostly use one core)
 */

/** @type {Step[]} */
const STEPS = [
	{ name: 'sync', command: ['npx', 'svelte-kit', 'sync'] },
	{ name: 'check', command: ['npx', 'svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings'] },
	{
		name: 'format',
		command: ['npx', 'prettier', '--check', '.', '--log-level', 'warn'],
		alongside: 'check'
	},
	{
		name: 'lint',
		command: ['npm', 'run', 'lint'],
		missing: scripts.lint ? undefined : 'package.json has no "lint" script',
		alongside: 'check'
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

/**
 * Runs `step` and resolves to its exit status. Alone, its output passes through as it comes; run
 * alongside others, its output is held and printed whole when it ends, so outputs never interleave.
 * @param {Step} step
 * @param {boolean} held
 * @returns {Promise<number | null>}
 */
function run(step, held) {
	const [command, ...args] = step.command;
	const child = spawn(command, args, { stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: step.env ?? env });
	/** @type {Buffer[]} */
	const output = [];
	child.stdout?.on('data', (chunk) => output.push(chunk));
	child.stderr?.on('data', (chunk) => output.push(chunk));
	return new Promise((resolve) => {
		child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
		child.on('close', (status) => {
			if (held) process.stdout.write(`\n== ${step.name} (output):\n${Buffer.concat(output).toString()}`);
			resolve(status);
		});
	});
}

/** @type {{ name: string, status: 'passed' | 'failed' | 'not run', reason?: string, report?: string }[]} */
const results = [];
const selected = STEPS.filter((s) => wanted.length === 0 || wanted.includes(s.name));
// Steps run in stages: a step and those selected to run alongside it (svelte-check, prettier and
// eslint each keep one core busy: on two cores, together they take about as long as the longest).
/** @type {Step[][]} */
const stages = [];
for (const step of selected) {
	const stage = step.alongside && stages.find((st) => st[0].name === step.alongside);
	if (stage) stage.push(step);
	else stages.push([step]);
}
for (const stage of stages) {
	/** @type {Promise<void>[]} */
	const running = [];
	/** @type {typeof results} */
	const stageResults = [];
	const runnable = stage.filter((step) => !step.missing);
	for (const step of stage) {
		const blocker = step.needs && results.find((r) => r.name === step.needs && r.status !== 'passed');
		if (blocker) {
			stageResults.push({ name: step.name, status: 'not run', reason: `${step.needs} failed`, report: step.report });
			console.error(`== ${step.name}: not run (${step.needs} failed)`);
		} else if (step.missing) {
			// Not a failure (the project may not have the tool yet), but never silent.
			console.log(`\n== ${step.name}: not run: ${step.missing}`);
			stageResults.push({ name: step.name, status: 'not run', reason: step.missing });
		} else {
			const others = runnable.filter((s) => s !== step).map((s) => s.name);
			const together = others.length ? ` (alongside ${others.join(', ')})` : '';
			console.log(`\n== ${step.name}: ${step.command.join(' ')}${together}`);
			/** @type {(typeof results)[number]} */
			const result = { name: step.name, status: 'passed', report: step.report };
			stageResults.push(result);
			const start = Date.now();
			running.push(
				run(step, others.length > 0).then((status) => {
					console.log(`== ${step.name}: ended in ${Math.round((Date.now() - start) / 1000)} s`);
					if (status === 0) return;
					result.status = 'failed';
					result.reason = `exit status ${status ?? 'none (killed)'}`;
				})
			);
		}
	}
	await Promise.all(running);
	for (const result of stageResults) {
		results.push(result);
		if (result.status === 'failed') console.error(`== ${result.name}: failed (${result.reason})`);
	}
}

writeFileSync('reports/steps.json', JSON.stringify(results, null, '\t'));
const summary = spawnSync('node', [new URL('./test-summary.mjs', import.meta.url).pathname], { stdio: 'inherit', env });
process.exit(summary.status === 0 && results.every((r) => r.status !== 'failed') ? 0 : 1);
