import type { EntryGenerator, RequestHandler } from './$types';
import { CHART_IDS } from '$lib/charts';
import { localeFor } from '$lib/i18n/current';
import { chartImageSvg, svgToPng } from '$lib/server/chartImage';

export const prerender = true;
export const entries: EntryGenerator = () => CHART_IDS.flatMap((id) => [{ id }, { id, lang: 'zh' }]);

/**
 * `/share/<id>.png` (and `/zh/share/<id>.png`): the 1200 × 630 share card that the chart page's
 * Open Graph tags point at, in the page's language.
 */
export const GET: RequestHandler = async ({ params }) =>
	new Response(svgToPng(await chartImageSvg(params.id, 'card', localeFor(params.lang))), {
		headers: { 'content-type': 'image/png' }
	});
