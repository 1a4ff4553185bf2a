import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBED_APP, SITE_APP, embedScripts, readEmbedManifest, siteScripts, type Manifest } from './embedScripts';

/** The shape vite.embed.config.ts writes: the island, two charts and the modules they share. */
const manifest: Manifest = {
	[EMBED_APP.entry]: { file: 'island-A.js', isEntry: true, imports: ['_runtime'] },
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
	it('names the island and preloads the chart with everything both import, once each', () => {
		expect(embedScripts(manifest, 'h1b-cost')).toEqual({
			entry: '/embed-app/island-A.js',
			preload: [
				'/embed-app/shared-R.js',
				'/embed-app/h1b-cost-B.js',
				'/embed-app/shared-L.js',
				'/embed-app/shared-C.js'
			]
		});
	});

	it('preloads only the chart asked for', () => {
		const { preload } = embedScripts(manifest, 'h1b-demand');
		expect(preload).toContain('/embed-app/h1b-demand-D.js');
		expect(preload).not.toContain('/embed-app/h1b-cost-B.js');
		expect(preload).not.toContain('/embed-app/shared-L.js');
	});

	it('fails, naming what is missing, for an unknown chart or a manifest without the island', () => {
		expect(() => embedScripts(manifest, 'nope')).toThrow('no chart "nope"');
		const { [EMBED_APP.entry]: _, ...rest } = manifest;
		expect(() => embedScripts(rest, 'h1b-cost')).toThrow('no island entry');
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
