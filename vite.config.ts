import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const slim = (file: string) => fileURLToPath(new URL(`./src/lib/d3-slim/${file}`, import.meta.url));

export default defineConfig({
	plugins: [sveltekit()],
	resolve: {
		// d3-scale imports d3-format, d3-time-format and d3-interpolate (with d3-color) for tick
		// formats and colour ranges, which this project does not use: Intl formats numbers and dates,
		// CSS tokens colour the marks. Stand-ins keep about 10 KB gzipped out of every chart, which an
		// embed cannot afford (issue 3: 60 KB per embed). See src/lib/d3-slim/.
		alias: [
			{ find: /^d3-format$/, replacement: slim('format.ts') },
			{ find: /^d3-time-format$/, replacement: slim('timeFormat.ts') },
			{ find: /^d3-interpolate$/, replacement: slim('interpolate.ts') }
		]
	},
	// Bundle d3-scale on the server and in unit tests too, so that they use the same stand-ins.
	ssr: { noExternal: ['d3-scale'] },
	test: {
		include: ['src/**/*.spec.ts', 'static/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		// Vitest stubs CSS imports unless included; the SVG export reads app.css with `?raw`.
		css: { include: [/app\.css/] },
		server: { deps: { inline: ['d3-scale'] } },
		reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]]
	}
});
