import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PORT } from '../../playwright.config';
import { builtPaths } from './siteFiles';

// Serves the build through a real nginx with the configuration block of the README, taken from the
// README itself, and checks the headers nginx really sends. Debian: apt-get install nginx-light.

const NGINX_PORT = PORT + 3;
const ORIGIN = `http://127.0.0.1:${NGINX_PORT}`;

/** The README's nginx block (the first ```nginx fence under "Headers for the static host"). */
export function readmeNginxBlock(readme = readFileSync('README.md', 'utf8')): string {
	const section = readme.slice(readme.indexOf('### Headers for the static host'));
	const block = /```nginx\n([\s\S]*?)```/.exec(section)?.[1];
	if (!block) throw new Error('README: no ```nginx block under "Headers for the static host"');
	return block;
}

function nginxBinary(): string {
	const found = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find(existsSync);
	const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim();
	const binary = found ?? which;
	if (!binary) throw new Error('nginx not found: install it (Debian: apt-get install -y nginx-light)');
	return binary;
}

/** The directory of nginx's own configuration (for mime.types). */
function nginxConfDir(binary: string): string {
	const version = spawnSync(binary, ['-V'], { encoding: 'utf8' });
	const confPath = /--conf-path=(\S+)/.exec(`${version.stdout}${version.stderr}`)?.[1] ?? '/etc/nginx/nginx.conf';
	return dirname(confPath);
}

let nginx: ChildProcess | undefined;
let scratch: string;
let stderr = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	const binary = nginxBinary();
	scratch = mkdtempSync(join(tmpdir(), 'talentrace-nginx-'));
	const block = readmeNginxBlock()
		.replace('root /path/to/build;', `root ${resolve('build')};\n    listen 127.0.0.1:${NGINX_PORT};`)
		.trim();
	expect(block, 'the README block sets root /path/to/build').toContain(resolve('build'));
	const temp = (name: string) => `${name}_temp_path ${join(scratch, name)};`;
	writeFileSync(
		join(scratch, 'nginx.conf'),
		`worker_processes 1;
daemon off;
pid ${join(scratch, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 64; }
http {
    include ${join(nginxConfDir(binary), 'mime.types')};
    default_type application/octet-stream;
    access_log off;
    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}
${block}
}
`
	);
	nginx = spawn(binary, ['-p', scratch, '-c', join(scratch, 'nginx.conf'), '-e', 'stderr'], { stdio: 'pipe' });
	nginx.stderr!.on('data', (chunk) => (stderr += chunk));
	const start = Date.now();
	for (;;) {
		if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}): ${stderr}`);
		const up = await fetch(`${ORIGIN}/robots.txt`).then(
			() => true,
			() => false
		);
		if (up) break;
		if (Date.now() - start > 15_000) throw new Error(`nginx did not answer on ${ORIGIN}: ${stderr}`);
		await new Promise((done) => setTimeout(done, 100));
	}
});

test.afterAll(async () => {
	if (nginx && nginx.exitCode === null) {
		const exited = new Promise((done) => nginx!.once('exit', done));
		nginx.kill('SIGTERM');
		await exited;
	}
	if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Headers and status of a GET through nginx, without following redirects. */
async function get(path: string) {
	const response = await fetch(`${ORIGIN}${path}`, { redirect: 'manual' });
	const body = await response.text();
	return { status: response.status, headers: response.headers, body };
}

function expectFrameRule(path: string, headers: Headers, embed: boolean) {
	expect(headers.get('x-content-type-options'), path).toBe('nosniff');
	expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
	if (embed) {
		expect(headers.get('content-security-policy'), path).toBe('frame-ancestors *');
		expect(headers.get('x-frame-options'), path).toBeNull();
	} else {
		expect(headers.get('content-security-policy'), path).toBe("frame-ancestors 'self'");
		expect(headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
	}
}

test('nginx with the README configuration serves every built file with nosniff and its frame rule', async () => {
	// Every built file, one request each: slow on a busy machine.
	test.setTimeout(120_000);
	const paths = builtPaths().filter((p) => !/\/index\.html$/.test(p));
	let checked = 0;
	for (const path of paths) {
		const { status, headers } = await get(path);
		expect(status, path).toBe(200);
		expectFrameRule(path, headers, /^\/(zh\/)?embed\//.test(path));
		// What frames sandboxed without allow-same-origin and oEmbed consumers fetch is CORS-readable.
		const cors = /^\/((zh\/)?embed|embed-app|oembed|data)\//.test(path);
		expect(headers.get('access-control-allow-origin'), path).toBe(cors ? '*' : null);
		const immutable = /^\/(_app\/immutable|embed-app)\//.test(path);
		expect(headers.get('cache-control'), path).toBe(immutable ? 'public, max-age=31536000, immutable' : null);
		checked++;
	}
	expect(checked).toBeGreaterThan(150);
	console.log(`nginx: ${checked} built paths checked`);
});

test('nginx sends the right content types for pages, embeds, scripts, data and images', async () => {
	const immutableJs = builtPaths().find((p) => p.startsWith('/_app/immutable/') && p.endsWith('.js'))!;
	const embedJs = builtPaths().find((p) => p.startsWith('/embed-app/') && p.endsWith('.js'))!;
	const cases: [string, RegExp][] = [
		['/', /^text\/html/],
		['/charts/h1b-cost', /^text\/html/],
		['/zh/charts/h1b-cost', /^text\/html/],
		['/embed/youth-unemployment', /^text\/html/],
		['/embed/youth-unemployment/zh.json', /^application\/json/],
		['/charts/h1b-cost/__data.json', /^application\/json/],
		['/_app/version.json', /^application\/json/],
		[immutableJs, /javascript/],
		[embedJs, /javascript/],
		['/embed.js', /javascript/],
		['/data/youth-unemployment.csv', /^text\/csv; charset=utf-8$/],
		['/data/index.json', /^application\/json/],
		['/share/h1b-cost.png', /^image\/png$/],
		['/zh/share/h1b-cost.png', /^image\/png$/],
		['/charts/visa-costs.svg', /^image\/svg\+xml/]
	];
	for (const [path, type] of cases) {
		const { status, headers } = await get(path);
		expect(status, path).toBe(200);
		expect(headers.get('content-type'), path).toMatch(type);
	}
});

test('nginx: a trailing slash redirects, and unknown paths get the 404 page, framed only by the site', async () => {
	for (const path of ['/methodology/', '/zh/charts/h1b-cost/', '/embed/h1b-cost/']) {
		const { status, headers } = await get(path);
		expect(status, path).toBe(301);
		expect(headers.get('location'), path).toBe(path.slice(0, -1));
		expectFrameRule(path, headers, path.startsWith('/embed/'));
	}
	const notFound = readFileSync('build/404.html', 'utf8');
	for (const path of [
		'/no-such-page',
		'/no-such-section/deeper/page',
		'/charts/no-such-chart',
		'/zh/charts/h1b-cost/deeper',
		'/data/no-such.csv',
		'/_app/immutable/no-such.js',
		// The 404 page of an embed path is the site's page too: framed only by the site.
		'/embed/no-such-chart',
		'/embed/h1b-cost/deeper/still',
		'/_headers'
	]) {
		const { status, headers, body } = await get(path);
		expect(status, path).toBe(404);
		expect(body, path).toBe(notFound);
		expectFrameRule(path, headers, false);
		expect(headers.get('cache-control'), path).toBeNull();
	}
});
