import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const BUILD = 'build';

/** Every file in the build as the URL paths it is served at (`a/b.html` also at `/a/b`). */
export function builtPaths(dir = BUILD, root = dir): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return builtPaths(full, root);
		const path = `/${relative(root, full).split('\\').join('/')}`;
		if (path === '/_headers') return [];
		if (!path.endsWith('.html')) return [path];
		const clean = path.replace(/\.html$/, '').replace(/(^|\/)index$/, '$1');
		return [path, clean];
	});
}

/** Paths no file answers, which the hosts serve as 404.html: they need the same protection. */
export const UNKNOWN_PATHS = [
	'/no-such-page',
	'/no-such-page.html',
	'/charts/no-such-chart',
	'/charts/h1b-cost/deeper/still',
	'/zh/charts/no/such/page',
	'/methodology/',
	'/methodology/deeper',
	'/data/no-such.csv',
	'/share/no-such.png',
	'/_app/no-such.js',
	'/embed-preview/',
	'/404/x',
	'/embed',
	'/embed/',
	'/embed/no-such-chart',
	'/embed/h1b-cost/deeper/still'
];
