import type { EntryGenerator, RequestHandler } from './$types';
import { CHART_IDS } from '$lib/charts';
import { chartImageSvg, svgToPng } from '$lib/server/chartImage';

export const prerender = true;
export const entries: EntryGenerator = () => CHART_IDS.map((id) => ({ id }));

/** `/share/<id>.png`: the 1200 × 630 share card that the chart page's Open Graph tags point at. */
export const GET: RequestHandler = async ({ params }) =>
	new Response(svgToPng(await chartImageSvg(params.id, 'card')), {
		headers: { 'content-type': 'image/png' }
	});
