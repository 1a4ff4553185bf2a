import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.spec.ts', 'static/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		// Vitest stubs CSS imports unless included; the SVG export reads app.css with `?raw`.
		css: { include: [/app\.css/] },
		reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]]
	}
});
