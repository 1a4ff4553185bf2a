// Gzipped bytes of what a prerendered page loads: its HTML plus the CSS and JS it links to
// (stylesheets, module scripts and modulepreloads, followed through static imports of the JS).
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, resolve } from 'node:path';

const gz = (/** @type {Buffer} */ buf) => gzipSync(buf, { level: 9 }).length;

/**
 * The file in `buildDir` for a URL path (`/` → index.html, `/charts/x` → charts/x.html).
 * @param {string} buildDir
 * @param {string} path
 */
export function fileFor(buildDir, path) {
	if (path === '/') return join(buildDir, 'index.html');
	const clean = path.replace(/^\//, '').replace(/\/$/, '');
	for (const candidate of [`${clean}.html`, `${clean}/index.html`, clean]) {
		if (existsSync(join(buildDir, candidate))) return join(buildDir, candidate);
	}
	throw new Error(`no built file for ${path}`);
}

/** `import … from "x"` and `import "x"` in minified modules; not `import("x")`, loaded only when used. */
const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

/**
 * Absolute paths of the files a page loads: its HTML first, then the CSS and JS it links to
 * (enabled stylesheets, module scripts, modulepreloads, Kit's inline `import()` of its start files),
 * followed through the static imports of the JS. Links to files outside the build are left out.
 * @param {string} buildDir
 * @param {string} path URL path of the page
 * @returns {string[]}
 */
export function pageFiles(buildDir, path) {
	const htmlFile = fileFor(buildDir, path);
	const html = readFileSync(htmlFile, 'utf8');
	const assets = new Set();
	// A disabled stylesheet is not fetched: Kit writes one beside each stylesheet it inlines.
	for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*>/g)) {
		const url = /\s(?:href|src)="([^"]+\.(?:js|css))"/.exec(tag)?.[1];
		if (url && !/\sdisabled\b/.test(tag)) assets.add(url);
	}
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) assets.add(m[1]);
	const seen = new Set([resolve(htmlFile)]);
	// Site paths (`/embed-app/x.js`) are inside the build; others are relative to the page.
	const queue = [...assets].map((a) => resolve(a.startsWith('/') ? join(buildDir, a) : join(dirname(htmlFile), a)));
	while (queue.length) {
		const file = /** @type {string} */ (queue.shift());
		if (seen.has(file) || !existsSync(file)) continue;
		seen.add(file);
		if (file.endsWith('.js')) {
			for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) queue.push(resolve(dirname(file), m[1]));
		}
	}
	return [...seen];
}

/**
 * { html, css, js, files } in gzipped bytes for one page.
 * @param {string} buildDir
 * @param {string} path
 */
export function pageWeight(buildDir, path) {
	const [htmlFile, ...assets] = pageFiles(buildDir, path);
	const sum = (/** @type {string} */ ext) =>
		assets.filter((f) => f.endsWith(ext)).reduce((total, f) => total + gz(readFileSync(f)), 0);
	return { html: gz(readFileSync(htmlFile)), css: sum('.css'), js: sum('.js'), files: assets.length + 1 };
}
