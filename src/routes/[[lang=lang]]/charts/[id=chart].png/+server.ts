import type { EntryGenerator, RequestHandler } from './$types';
import { CHART_IDS } from '$lib/charts';
import { localeFor } from '$lib/i18n/current';
import { chartImageSvg, svgToPng } from '$lib/server/chartImage';

export const prerender = true;
export const entries: EntryGenerator = () => CHART_IDS.flatMap((id) => [{ id }, { id, lang: 'zh' }]);

/** `/charts/<id>.png` (and `/zh/charts/<id>.png`): the SVG download rasterised at 1200 px wide, at build time. */
export const GET: RequestHandler = async ({ params }) =>
	new Response(svgToPng(await chartImageSvg(params.id, 'download', localeFor(params.lang))), {
		headers: { 'content-type': 'image/png' }
	});
