// `npm test`: type-check, unit tests, build, end-to-end tests, then one combined count line.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const env = { ...process.env, TZ: 'UTC', LANG: 'C.UTF-8' };
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;

rmSync('reports', { recursive: true, force: true });

let failedStep = false;
if (run('npx', ['svelte-kit', 'sync']) !== 0) failedStep = true;
if (run('npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']) !== 0) {
	console.error('svelte-check failed');
	failedStep = true;
}
if (run('npx', ['prettier', '--check', '.', '--log-level', 'warn']) !== 0) {
	console.error('prettier: files not formatted (npm run format)');
	failedStep = true;
}
run('npx', ['vitest', 'run']);
if (run('npm', ['run', 'build']) !== 0) {
	console.error('build failed');
	failedStep = true;
} else {
	run('npx', ['playwright', 'test']);
}
const summary = run('node', ['scripts/test-summary.mjs']);
process.exit(summary !== 0 || failedStep ? 1 : 0);
