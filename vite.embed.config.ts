// The embed pages' only JavaScript: `vite build -c vite.embed.config.ts` (part of `npm run build`).
//
// Embeds and the home page are prerendered by SvelteKit with `csr = false`, so they load none of
// Kit's client (its router, about 15 KB gzipped). Instead this build makes two small modules:
// src/lib/embed/island.ts hydrates an embed's chart with Svelte alone and loads that chart's code
// from the registry; src/lib/islands/site.ts hydrates a site page's islands one by one, on demand.
// It writes the modules to static/embed-app/, which the site's build then copies, and their manifest
// to .svelte-kit/ (not published: it is not content-hashed), where the embed page finds its files.
// Run it before the site's build (`npm run build` does).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { mkdirSync, renameSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { D3_SLIM } from './vite.shared.ts';
import { EMBED_APP, SITE_APP } from './src/lib/server/embedScripts.ts';

/** Moves Vite's manifest out of the published folder once the build is written. */
const moveManifest = (app: typeof EMBED_APP): Plugin => ({
	name: 'embed-app-manifest',
	closeBundle() {
		mkdirSync(dirname(app.manifest), { recursive: true });
		renameSync(`${app.dir}/manifest.json`, app.manifest);
	}
});

// `--mode site` builds the site pages' islands, into a folder of their own (built second: the
// embeds' build empties its folder first).
export default defineConfig(({ mode }) => {
	const app = mode === 'site' ? SITE_APP : EMBED_APP;
	return {
		// The page's CSS comes from SvelteKit's build (the same components, the same scoping classes):
		// the scripts carry no CSS and load none.
		plugins: [svelte({ emitCss: false, compilerOptions: { css: 'external' } }), moveManifest(app)],
		base: app.url,
		resolve: {
			alias: [{ find: /^\$lib(?=\/|$)/, replacement: fileURLToPath(new URL('./src/lib', import.meta.url)) }, ...D3_SLIM]
		},
		publicDir: false,
		build: {
			outDir: app.dir,
			emptyOutDir: true,
			manifest: 'manifest.json',
			target: 'es2022',
			// The embed page lists every file it needs as a modulepreload; no polyfill needed.
			modulePreload: false,
			rollupOptions: {
				input: app.entry,
				output: {
					entryFileNames: '[name]-[hash].js',
					// Charts by their id (the folder of their index.ts), other components by name; the shared code
					// (Svelte, d3, ChartCanvas) has no one name.
					chunkFileNames: (chunk) =>
						!chunk.isDynamicEntry
							? 'shared-[hash].js'
							: chunk.facadeModuleId?.endsWith('/index.ts')
								? `${basename(dirname(chunk.facadeModuleId))}-[hash].js`
								: '[name]-[hash].js'
				}
			}
		}
	};
});
