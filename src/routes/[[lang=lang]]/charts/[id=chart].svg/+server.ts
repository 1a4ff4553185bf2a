import type { EntryGenerator, RequestHandler } from './$types';
import { CHART_IDS } from '$lib/charts';
import { localeFor } from '$lib/i18n/current';
import { chartImageSvg } from '$lib/server/chartImage';

export const prerender = true;
export const entries: EntryGenerator = () => CHART_IDS.flatMap((id) => [{ id }, { id, lang: 'zh' }]);

/**
 * `/charts/<id>.svg` (and `/zh/charts/<id>.svg` in Chinese): the chart as a standalone SVG, light
 * theme, with title and source line.
 */
export const GET: RequestHandler = async ({ params }) =>
	new Response(await chartImageSvg(params.id, 'download', localeFor(params.lang)), {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
	});
