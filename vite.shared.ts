import { fileURLToPath } from 'node:url';
import type { Alias } from 'vite';

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
