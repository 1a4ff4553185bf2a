import type { EntryGenerator, RequestHandler } from './$types';
import { CHART_IDS } from '$lib/charts';
import { chartImageSvg } from '$lib/server/chartImage';

export const prerender = true;
export const entries: EntryGenerator = () => CHART_IDS.map((id) => ({ id }));

/** `/charts/<id>.svg`: the chart as a standalone SVG, light theme, with title and source line. */
export const GET: RequestHandler = async ({ params }) =>
	new Response(await chartImageSvg(params.id, 'download'), {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
	});
