import { fileURLToPath } from 'node:url';
import type { Alias, Plugin } from 'vite';
import { themeCss } from './src/lib/themeCss.ts';

const slim = (file: string) => fileURLToPath(new URL(`./src/lib/d3-slim/${file}`, import.meta.url));

/**
 * d3-scale imports d3-format, d3-time-format and d3-interpolate (with d3-color) for tick formats
 * and colour ranges, which this project does not use: Intl formats numbers and dates, CSS tokens
 * colour the marks. Stand-ins keep about 10 KB gzipped out of every chart, which an embed cannot
 * afford (issue 3: 60 KB per embed). See src/lib/d3-slim/. Both builds (the site and the embed
 * scripts) use them.
 */
export const D3_SLIM: Alias[] = [
	{ find: /^d3-format$/, replacement: slim('format.ts') },
	{ find: /^d3-time-format$/, replacement: slim('timeFormat.ts') },
	{ find: /^d3-interpolate$/, replacement: slim('interpolate.ts') }
];

const THEME_CSS = 'virtual:theme.css';
// A URL-like id ending in .css (not a `\0` one), so Vite's CSS pipeline takes it like a file, and
// SvelteKit's dev server, which inlines each page's CSS by URL, finds it too.
const RESOLVED_THEME_CSS = '/__theme.css';

/**
 * `import 'virtual:theme.css'` is the stylesheet of the colour tokens, generated from
 * `src/lib/tokens.ts` (see `themeCss`), so the palette is written once. Vite restarts the dev server
 * when tokens.ts changes, because this config imports it.
 */
export function themeCssPlugin(): Plugin {
	return {
		name: 'talentrace:theme-css',
		resolveId(id) {
			const [path, query] = id.split('?');
			if (path === THEME_CSS || path === RESOLVED_THEME_CSS) return RESOLVED_THEME_CSS + (query ? `?${query}` : '');
		},
		load(id) {
			if (id.split('?')[0] === RESOLVED_THEME_CSS) return themeCss();
		}
	};
}
