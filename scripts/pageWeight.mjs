// Gzipped bytes of what a prerendered page loads: its HTML plus the CSS and JS it links to
// (stylesheets, module scripts and modulepreloads, followed through static imports of the JS).
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, resolve } from 'node:path';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** The file in `buildDir` for a URL path (`/` → index.html, `/charts/x` → charts/x.html). */
export function fileFor(buildDir, path) {
	if (path === '/') return join(buildDir, 'index.html');
	const clean = path.replace(/^\//, '').replace(/\/$/, '');
	for (const candidate of [`${clean}.html`, `${clean}/index.html`, clean]) {
		if (existsSync(join(buildDir, candidate))) return join(buildDir, candidate);
	}
	throw new Error(`no built file for ${path}`);
}

/** { html, css, js, files } in gzipped bytes for one page. */
export function pageWeight(buildDir, path) {
	const htmlFile = fileFor(buildDir, path);
	const html = readFileSync(htmlFile, 'utf8');
	const assets = new Set();
	for (const m of html.matchAll(/(?:href|src)="([^"]+\.(?:js|css))"/g)) assets.add(m[1]);
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) assets.add(m[1]);
	const seen = new Set();
	let css = 0;
	let js = 0;
	// Site paths (`/embed-app/x.js`) are inside the build; others are relative to the page.
	const queue = [...assets].map((a) => resolve(a.startsWith('/') ? join(buildDir, a) : join(dirname(htmlFile), a)));
	while (queue.length) {
		const file = queue.shift();
		if (seen.has(file) || !existsSync(file)) continue;
		seen.add(file);
		const buf = readFileSync(file);
		if (file.endsWith('.css')) css += gz(buf);
		else {
			js += gz(buf);
			// Static imports load too; dynamic imports only when used (counted when the page preloads them).
			for (const m of buf.toString().matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
				queue.push(resolve(dirname(file), m[1]));
			}
		}
	}
	return { html: gz(Buffer.from(html)), css, js, files: seen.size + 1 };
}
