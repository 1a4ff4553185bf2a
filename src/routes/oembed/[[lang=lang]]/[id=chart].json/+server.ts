import { json } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { CHART_IDS, type ChartId } from '$lib/charts';
import { OEMBED_ORIGIN } from '$lib/server/oembed';
import { localeFor } from '$lib/i18n/current';
import { embedHeight } from '$lib/server/embedHeight';
import { oembedResponse } from '$lib/embed/oembed';

// oEmbed answers for the chart pages' discovery links: /oembed/<id>.json and /oembed/zh/<id>.json.
// Only built when the published origin is known (PUBLIC_SITE_ORIGIN): every URL in them is absolute.
export const prerender = true;

export const entries: EntryGenerator = () =>
	OEMBED_ORIGIN ? CHART_IDS.flatMap((id) => [{ id }, { id, lang: 'zh' }]) : [];

export const GET: RequestHandler = async ({ params }) => {
	const id = params.id as ChartId;
	const locale = localeFor(params.lang);
	const title = locale.t(`${params.id}.title`);
	// The embed code's height, as on the chart page (see `pastedHeight`).
	const height = await embedHeight(id, locale);
	return json(
		oembedResponse({
			origin: OEMBED_ORIGIN ?? '',
			id: params.id,
			lang: locale.lang,
			title,
			provider: locale.t('site.name'),
			height
		})
	);
};
