import { sveltekit } from '@sveltejs/kit/vite';
import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { headersFor, parseHeadersFile } from './scripts/headersFile.js';
import { D3_SLIM, themeCssPlugin } from './vite.shared.ts';

/**
 * `vite preview` (and so `npm start`) sends the headers of the built `_headers` file, matched the way
 * Netlify and Cloudflare Pages match them, so the preview server frames pages like production.
 */
function previewHeaders(file = 'build/_headers'): Plugin {
	return {
		name: 'talentrace:preview-headers',
		configurePreviewServer(server) {
			if (!existsSync(file)) return server.config.logger.warn(`${file} not found: preview without its headers`);
			const rules = parseHeadersFile(readFileSync(file, 'utf8'));
			server.middlewares.use((request, response, next) => {
				const path = new URL(request.url ?? '/', 'http://preview').pathname;
				for (const [name, value] of Object.entries(headersFor(rules, path))) response.setHeader(name, value);
				next();
			});
		}
	};
}

export default defineConfig({
	plugins: [previewHeaders(), themeCssPlugin(), sveltekit()],
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
