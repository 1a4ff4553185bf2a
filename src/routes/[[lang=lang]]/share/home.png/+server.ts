import type { EntryGenerator, RequestHandler } from './$types';
import { localeFor } from '$lib/i18n/current';
import { svgToPng } from '$lib/server/chartImage';
import { homeCardSvg } from '$lib/server/homeCard';

export const prerender = true;
export const entries: EntryGenerator = () => [{}, { lang: 'zh' }];

/** `/share/home.png` (and `/zh/share/home.png`): the home page's 1200 × 630 share card, in the page's language. */
export const GET: RequestHandler = ({ params }) =>
	new Response(svgToPng(homeCardSvg(localeFor(params.lang))), { headers: { 'content-type': 'image/png' } });
