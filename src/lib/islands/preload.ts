/**
 * Announces the modules an island is about to load (site paths, separated by spaces, as a page lists
 * them in the island's `data-preload`), so that the browser fetches them at once and none waits for
 * another's imports to be read.
 */
export function preloadModules(list: string | undefined): void {
	for (const href of (list ?? '').split(' ').filter(Boolean)) {
		document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href }));
	}
}
