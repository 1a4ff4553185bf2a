import { json } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { CHARTS, CHART_IDS, type ChartId } from '$lib/charts';
import { chartHeight } from '$lib/charts/shared/definition';
import { CHART_DATA } from '$lib/server/datasets';
import { OEMBED_ORIGIN } from '$lib/server/oembed';
import { localeFor } from '$lib/i18n/current';
import { estimateEmbedHeight } from '$lib/embed/snippet';
import { oembedResponse } from '$lib/embed/oembed';

// oEmbed answers for the chart pages' discovery links: /oembed/<id>.json and /oembed/zh/<id>.json.
// Only built when the published origin is known (PUBLIC_SITE_ORIGIN): every URL in them is absolute.
export const prerender = true;

export const entries: EntryGenerator = () =>
	OEMBED_ORIGIN ? CHART_IDS.flatMap((id) => [{ id }, { id, lang: 'zh' }]) : [];

export const GET: RequestHandler = async ({ params }) => {
	const id = params.id as ChartId;
	const chart = await CHARTS.find((c) => c.id === id)!.load();
	const locale = localeFor(params.lang);
	const title = locale.t(`${params.id}.title`);
	// The pasted height before any script sizes the frame: estimated like the embed control's without JavaScript.
	const height = estimateEmbedHeight(
		{
			title,
			subtitle: locale.t(`${params.id}.subtitle`),
			notes: locale.t(`${params.id}.notes`)
		},
		(width) => chartHeight(chart, CHART_DATA[id], width, locale)
	);
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
