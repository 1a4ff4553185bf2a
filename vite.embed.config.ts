// The embed pages' only JavaScript: `vite build -c vite.embed.config.ts` (part of `npm run build`).
//
// Embeds are prerendered by SvelteKit with `csr = false`, so they load none of Kit's client (its
// router, about 15 KB gzipped). Instead this build makes one small module, src/lib/embed/island.ts,
// that hydrates the embed's chart with Svelte alone and loads that chart's code from the registry.
// It writes the modules to static/embed-app/, which the site's build then copies, and their manifest
// to .svelte-kit/ (not published: it is not content-hashed), where the embed page finds its files.
// Run it before the site's build (`npm run build` does).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { mkdirSync, renameSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { D3_SLIM } from './vite.shared.ts';
import { EMBED_APP } from './src/lib/server/embedScripts.ts';

/** Moves Vite's manifest out of the published folder once the build is written. */
const moveManifest = (): Plugin => ({
	name: 'embed-app-manifest',
	closeBundle() {
		mkdirSync(dirname(EMBED_APP.manifest), { recursive: true });
		renameSync(`${EMBED_APP.dir}/manifest.json`, EMBED_APP.manifest);
	}
});

export default defineConfig({
	// The page's CSS comes from SvelteKit's build (the same components, the same scoping classes):
	// the scripts carry no CSS and load none.
	plugins: [svelte({ emitCss: false, compilerOptions: { css: 'external' } }), moveManifest()],
	base: EMBED_APP.url,
	resolve: {
		alias: [{ find: /^\$lib(?=\/|$)/, replacement: fileURLToPath(new URL('./src/lib', import.meta.url)) }, ...D3_SLIM]
	},
	publicDir: false,
	build: {
		outDir: EMBED_APP.dir,
		emptyOutDir: true,
		manifest: 'manifest.json',
		target: 'es2022',
		// The embed page lists every file it needs as a modulepreload; no polyfill needed.
		modulePreload: false,
		rollupOptions: {
			input: EMBED_APP.entry,
			output: {
				entryFileNames: '[name]-[hash].js',
				// Charts by their id (the folder of their index.ts); the shared code (Svelte, d3, ChartCanvas) has no one name.
				chunkFileNames: (chunk) =>
					chunk.isDynamicEntry && chunk.facadeModuleId
						? `${basename(dirname(chunk.facadeModuleId))}-[hash].js`
						: 'shared-[hash].js'
			}
		}
	}
});
