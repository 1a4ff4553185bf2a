import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { D3_SLIM } from './vite.shared.ts';

export default defineConfig({
	plugins: [sveltekit()],
	resolve: { alias: D3_SLIM },
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
