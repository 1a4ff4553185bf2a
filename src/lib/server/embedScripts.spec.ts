import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	EMBED_APP,
	EMBED_HYDRATE,
	SITE_APP,
	embedScripts,
	islandModules,
	readEmbedManifest,
	siteScripts,
	type Manifest
} from './embedScripts';

/** The shape vite.embed.config.ts writes: the island, its hydration module, two charts and the modules they share. */
const manifest: Manifest = {
	[EMBED_APP.entry]: { file: 'island-A.js', isEntry: true, imports: ['_props'] },
	_props: { file: 'shared-P.js' },
	[EMBED_HYDRATE]: { file: 'hydrateEmbed-H.js', isDynamicEntry: true, imports: ['_runtime', '_props'] },
	_runtime: { file: 'shared-R.js' },
	_canvas: { file: 'shared-C.js', imports: ['_runtime'] },
	_labels: { file: 'shared-L.js', imports: ['_canvas'] },
	'src/lib/charts/h1b-cost/index.ts': {
		file: 'h1b-cost-B.js',
		isDynamicEntry: true,
		imports: ['_runtime', '_labels']
	},
	'src/lib/charts/h1b-demand/index.ts': { file: 'h1b-demand-D.js', isDynamicEntry: true, imports: ['_canvas'] },
	'src/lib/charts/h1b-cost/h1bCost.layout.ts': { file: 'not-a-component.js' }
};

describe('embedScripts', () => {
	it('loads the island with its imports at once, and lists the hydration module and the chart with theirs for later, once each', () => {
		expect(embedScripts(manifest, 'h1b-cost')).toEqual({
			entry: '/embed-app/island-A.js',
			preload: ['/embed-app/shared-P.js'],
			lazy: [
				'/embed-app/hydrateEmbed-H.js',
				'/embed-app/shared-R.js',
				'/embed-app/h1b-cost-B.js',
				'/embed-app/shared-L.js',
				'/embed-app/shared-C.js'
			]
		});
	});

	it('lists only the chart asked for', () => {
		const { lazy } = embedScripts(manifest, 'h1b-demand');
		expect(lazy).toContain('/embed-app/h1b-demand-D.js');
		expect(lazy).not.toContain('/embed-app/h1b-cost-B.js');
		expect(lazy).not.toContain('/embed-app/shared-L.js');
	});

	it('fails, naming what is missing, for an unknown chart or a manifest without the island or its hydration', () => {
		expect(() => embedScripts(manifest, 'nope')).toThrow('no chart "nope"');
		const { [EMBED_APP.entry]: _, ...rest } = manifest;
		expect(() => embedScripts(rest, 'h1b-cost')).toThrow('no island entry');
		const { [EMBED_HYDRATE]: __, ...noHydrate } = manifest;
		expect(() => embedScripts(noHydrate, 'h1b-cost')).toThrow('no hydration module');
	});
});

describe('siteScripts', () => {
	const manifest: Manifest = {
		[SITE_APP.entry]: { file: 'site-S.js', isEntry: true, imports: ['_props'] },
		_props: { file: 'shared-P.js' },
		_runtime: { file: 'shared-R.js' },
		_canvas: { file: 'shared-C.js', imports: ['_runtime'] },
		'src/lib/charts/h1b-demand/H1bDemand.svelte': { file: 'H1bDemand-D.js', isDynamicEntry: true, imports: ['_canvas'] }
	};

	it('names the islands’ module and preloads its imports plus the eager modules with theirs', () => {
		expect(siteScripts(manifest)).toEqual({
			entry: '/embed-app/site/site-S.js',
			preload: ['/embed-app/site/shared-P.js']
		});
		expect(siteScripts(manifest, ['src/lib/charts/h1b-demand/H1bDemand.svelte']).preload).toEqual([
			'/embed-app/site/shared-P.js',
			'/embed-app/site/H1bDemand-D.js',
			'/embed-app/site/shared-C.js',
			'/embed-app/site/shared-R.js'
		]);
	});

	it('lists what an island loads when it hydrates, less what the page loaded already', () => {
		expect(islandModules(manifest, ['src/lib/charts/h1b-demand/H1bDemand.svelte'])).toEqual([
			'/embed-app/site/H1bDemand-D.js',
			'/embed-app/site/shared-C.js',
			'/embed-app/site/shared-R.js'
		]);
	});

	it('fails, naming what is missing', () => {
		expect(() => siteScripts(manifest, ['src/nope.svelte'])).toThrow('no module src/nope.svelte');
		const { [SITE_APP.entry]: _, ...rest } = manifest;
		expect(() => siteScripts(rest)).toThrow('no site islands entry');
	});
});

describe('readEmbedManifest', () => {
	it('reads the manifest of the embed scripts’ build', () => {
		const root = mkdtempSync(join(tmpdir(), 'embed-app-'));
		mkdirSync(join(root, '.svelte-kit'), { recursive: true });
		writeFileSync(join(root, EMBED_APP.manifest), JSON.stringify(manifest));
		expect(readEmbedManifest(root)).toEqual(manifest);
	});

	it('says which command to run when that build is missing', () => {
		const root = mkdtempSync(join(tmpdir(), 'embed-app-'));
		expect(() => readEmbedManifest(root)).toThrow(/\.svelte-kit\/embed-app-manifest\.json is missing.*npm run build/);
	});
});
