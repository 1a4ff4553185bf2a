import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The part of Vite's build manifest that the embed page reads. */
export interface ManifestChunk {
	file: string;
	imports?: string[];
	isEntry?: boolean;
	isDynamicEntry?: boolean;
}
export type Manifest = Record<string, ManifestChunk>;

/** What vite.embed.config.ts builds, where it writes the scripts and their manifest, and their URL. */
export const EMBED_APP = {
	entry: 'src/lib/embed/island.ts',
	dir: 'static/embed-app',
	manifest: '.svelte-kit/embed-app-manifest.json',
	url: '/embed-app/'
};

/**
 * The site pages' islands (see $lib/islands/site.ts): the same config's second build
 * (`--mode site`), apart so that its shared chunks do not split the embeds' ones.
 */
export const SITE_APP: typeof EMBED_APP = {
	entry: 'src/lib/islands/site.ts',
	dir: 'static/embed-app/site',
	manifest: '.svelte-kit/site-app-manifest.json',
	url: '/embed-app/site/'
};

/** A set of files, and `add`, which puts a chunk's file and those of its static imports (recursively) in it. */
function staticImports(manifest: Manifest) {
	const files = new Set<string>();
	const add = (chunk: ManifestChunk) => {
		if (files.has(chunk.file)) return;
		files.add(chunk.file);
		for (const key of chunk.imports ?? []) add(manifest[key]);
	};
	return { files, add };
}

/**
 * The scripts the embed of chart `id` runs, as site paths: the island module, and every module it
 * and the chart's definition (`charts/<id>/index.ts`) import statically (the chart itself included), to preload so that
 * nothing waits for another file's import to be read.
 */
export function embedScripts(
	manifest: Manifest,
	id: string,
	base = EMBED_APP.url
): { entry: string; preload: string[] } {
	const entry = manifest[EMBED_APP.entry];
	const chart = manifest[`src/lib/charts/${id}/index.ts`];
	if (!entry || !chart) throw new Error(`the embed scripts have no ${entry ? `chart "${id}"` : 'island entry'}`);
	const { files, add } = staticImports(manifest);
	add(entry);
	add(chart);
	files.delete(entry.file);
	return { entry: base + entry.file, preload: [...files].map((file) => base + file) };
}

/**
 * The scripts a site page runs, as site paths: the islands' module, and to preload, every module it
 * imports statically plus the modules in `eager` (source paths, with their static imports): the
 * code of the islands that hydrate as soon as the page loads.
 */
export function siteScripts(
	manifest: Manifest,
	eager: readonly string[] = [],
	base = SITE_APP.url
): { entry: string; preload: string[] } {
	const entry = manifest[SITE_APP.entry];
	if (!entry) throw new Error('the embed scripts have no site islands entry');
	const { files, add } = staticImports(manifest);
	add(entry);
	for (const src of eager) {
		const chunk = manifest[src];
		if (!chunk) throw new Error(`the embed scripts have no module ${src}`);
		add(chunk);
	}
	files.delete(entry.file);
	return { entry: base + entry.file, preload: [...files].map((file) => base + file) };
}

/** The manifest of the embed scripts' build (or of `app`'s); a clear error when that build has not run. */
export function readEmbedManifest(root = process.cwd(), app = EMBED_APP): Manifest {
	const path = join(root, app.manifest);
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch (cause) {
		throw new Error(
			`${app.manifest} is missing or unreadable: build the embed scripts first ` +
				'(`npm run build` does: vite build -c vite.embed.config.ts, then the site)',
			{ cause }
		);
	}
}
