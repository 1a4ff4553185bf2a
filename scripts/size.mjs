// `npm run size`: what one embed transfers on load, gzipped, read from the build output.
// For every /embed/<id>: the HTML and what it loads (`pageFiles`: stylesheets, the island module and
// its modulepreloads, followed through static imports); and embed.js, once per host page. The code and
// data it loads when the reader reaches for the chart are not counted (the e2e budget test bounds them). Exits non-zero when an embed goes over the budget. Run after
// `npm run build`. The e2e budget test checks that a browser loads exactly these files.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { pageFiles } from './pageWeight.mjs';
import { CHART_IDS } from '../src/lib/charts/list.js';

/** Bytes one embed may transfer on load, gzipped: HTML, CSS, JS and fonts together (issues 3, 13). */
export const EMBED_BUDGET = 30 * 1024;
/** Bytes once the reader has explored it too: its interactive code and the chart’s data file (cached, shared by every page that shows the chart). */
export const EXPLORED_BUDGET = 70 * 1024;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD = join(ROOT, 'build');

/** @param {string} path */
export const gzipSize = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/** @param {string} file path inside the build, no leading slash */
function kindOf(file) {
	if (file.endsWith('.html')) return 'html';
	if (file.endsWith('.css')) return 'css';
	if (file.endsWith('.js')) return 'js';
	return 'other';
}

/**
 * Files (paths inside the build) that the page at `/embed/<id>` loads, and their gzipped sizes.
 * @param {string} id
 * @param {string} [build]
 * @returns {{ id: string, files: { file: string, kind: string, gz: number }[], html: number, css: number, js: number, total: number }}
 */
export function embedSize(id, build = BUILD) {
	const files = pageFiles(build, `/embed/${id}`).map((path) => relative(build, path).split(sep).join('/'));
	const sized = files.map((file) => ({ file, kind: kindOf(file), gz: gzipSize(join(build, file)) }));
	const sum = (/** @type {string} */ kind) => sized.filter((f) => f.kind === kind).reduce((a, f) => a + f.gz, 0);
	const total = sized.reduce((a, f) => a + f.gz, 0);
	return { id, files: sized, html: sum('html'), css: sum('css'), js: sum('js'), total };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	if (!existsSync(join(BUILD, 'embed'))) {
		console.error('No build/embed: run `npm run build` first.');
		process.exit(1);
	}
	const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
	console.log(`gzipped bytes per embed (budget ${kb(EMBED_BUDGET).trim()})`);
	console.log(
		`${'embed'.padEnd(22)}${'HTML'.padStart(9)}${'CSS'.padStart(9)}${'JS'.padStart(9)}${'total'.padStart(9)}  files`
	);
	let over = false;
	for (const id of CHART_IDS) {
		const s = embedSize(id);
		over ||= s.total > EMBED_BUDGET;
		const flag = s.total > EMBED_BUDGET ? '  OVER BUDGET' : '';
		console.log(`${id.padEnd(22)}${kb(s.html)}${kb(s.css)}${kb(s.js)}${kb(s.total)}  ${s.files.length}${flag}`);
	}
	console.log(`${'embed.js (host loader)'.padEnd(22)}${''.padStart(18)}${kb(gzipSize(join(BUILD, 'embed.js')))}`);
	process.exit(over ? 1 : 0);
}
