/** Every chart stylesheet as text, by path: the shared marks and each chart's own (`charts/<id>/*.css`). */
const STYLESHEETS = import.meta.glob<string>('$lib/charts/*/*.css', { query: '?raw', import: 'default', eager: true });

/**
 * The CSS that can style chart `id`'s marks: `charts/shared/marks.css`, then the chart's own files,
 * in the order the pages' stylesheet has them. Server only: the SVG/PNG images are prerendered, and
 * no page should carry its CSS twice.
 * @throws when the shared marks stylesheet is missing
 */
export function chartStylesheet(id: string): string {
	const paths = Object.keys(STYLESHEETS).sort();
	const shared = paths.find((path) => path.endsWith('/charts/shared/marks.css'));
	if (!shared) throw new Error('charts/shared/marks.css not found');
	const own = paths.filter((path) => path.includes(`/charts/${id}/`));
	return [shared, ...own].map((path) => STYLESHEETS[path]).join('\n');
}
