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

/** Where the embed's interactive part is, in the embed scripts' build (see $lib/embed/island.ts). */
export const EMBED_HYDRATE = 'src/lib/embed/hydrateEmbed.ts';

/** Where the site islands' interactive part is, in the site scripts' build (see $lib/islands/site.ts). */
export const SITE_HYDRATE = 'src/lib/islands/hydrateIsland.ts';

/**
 * The scripts the embed of chart `id` runs, as site paths: the island module and, to preload, the
 * modules it imports statically (all it loads with the page); and in `lazy`, the modules it loads when
 * the reader first reaches for the chart (the hydration module and this chart's definition, with their
 * static imports), which the island announces together at that moment, so that none waits for another.
 */
export function embedScripts(
	manifest: Manifest,
	id: string,
	base = EMBED_APP.url
): { entry: string; preload: string[]; lazy: string[] } {
	const entry = manifest[EMBED_APP.entry];
	const hydrate = manifest[EMBED_HYDRATE];
	const chart = manifest[`src/lib/charts/${id}/index.ts`];
	if (!entry || !hydrate || !chart)
		throw new Error(
			`the embed scripts have no ${!entry ? 'island entry' : !hydrate ? 'hydration module' : `chart "${id}"`}`
		);
	const now = staticImports(manifest);
	now.add(entry);
	const later = staticImports(manifest);
	later.add(hydrate);
	later.add(chart);
	for (const file of now.files) later.files.delete(file);
	now.files.delete(entry.file);
	return {
		entry: base + entry.file,
		preload: [...now.files].map((file) => base + file),
		lazy: [...later.files].map((file) => base + file)
	};
}

/**
 * The scripts a site page runs, as site paths: the islands' module, and to preload, every module it
 * imports statically plus the modules in `eager` (source paths, with their static imports): the
 * modules an island loads when it hydrates (`islandModules` subtracts what the page loaded first).
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

/**
 * The modules a site island loads when it hydrates, as site paths: `sources` (source paths) with their
 * static imports, less what the page loaded with the islands' module. The island announces them all at
 * that moment (its `data-preload`), so that none waits for another to be read.
 */
export function islandModules(manifest: Manifest, sources: readonly string[], base = SITE_APP.url): string[] {
	const { preload, entry } = siteScripts(manifest, [], base);
	const loaded = new Set([entry, ...preload]);
	return siteScripts(manifest, sources, base).preload.filter((file) => !loaded.has(file));
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
