// Builds static/embed.js from src/lib/embed/loader.js: `npm run build:embed`.
// `embedJs()` is also used by the unit test that fails when the shipped file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifySync } from 'vite';

export const SOURCE = fileURLToPath(new URL('../src/lib/embed/loader.js', import.meta.url));
export const TARGET = fileURLToPath(new URL('../static/embed.js', import.meta.url));
const BANNER = '/*! Talent Race embed loader. Source and docs: src/lib/embed/loader.js, README "Embedding". */\n';

/** The shipped loader: the source, minified for ES2017, with a banner. */
export function embedJs() {
	const { code, errors } = minifySync('embed.js', readFileSync(SOURCE, 'utf8'), {
		compress: { target: 'es2017' },
		mangle: { toplevel: false }
	});
	if (errors.length) throw new Error(errors.map((e) => e.message).join('\n'));
	return BANNER + code;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	writeFileSync(TARGET, embedJs());
	console.log(`wrote ${TARGET}`);
}
