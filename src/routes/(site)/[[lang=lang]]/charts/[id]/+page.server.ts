import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { CHART_DATA } from '$lib/server/datasets';
import { RESOLVED_EXCERPTS } from '$lib/server/stories';
import { SITE_ORIGIN } from '$lib/server/site';
import { absoluteUrl } from '$lib/site';
import { CHART_IDS, isChartId } from '$lib/charts';
import { withChineseNotes } from '$lib/i18n/dataNotes.zh';
import { OEMBED_ORIGIN } from '$lib/server/oembed';
import { embedHeight } from '$lib/server/embedHeight';
import { localeFor } from '$lib/i18n/current';
import { oembedPath } from '$lib/embed/oembed';

export const entries: EntryGenerator = () => CHART_IDS.flatMap((id) => [{ id }, { id, lang: 'zh' }]);

export const load: PageServerLoad = async ({ params }) => {
	if (!isChartId(params.id)) error(404, 'Not found');
	const prefix = params.lang ? `/${params.lang}` : '';
	const path = `${prefix}/charts/${params.id}`;
	return {
		id: params.id,
		// The data table's notes in the page's language; the data files keep the research's English.
		data: params.lang === 'zh' ? withChineseNotes(CHART_DATA[params.id]) : CHART_DATA[params.id],
		excerpts: RESOLVED_EXCERPTS.filter((e) => e.chart === params.id),
		/** The embed code's height (see `pastedHeight`). */
		embedHeight: await embedHeight(params.id, localeFor(params.lang)),
		/** Absolute URLs for the canonical link and the share card (crawlers need the origin). */
		share: {
			canonical: absoluteUrl(SITE_ORIGIN, path),
			image: absoluteUrl(SITE_ORIGIN, `${prefix}/share/${params.id}.png`),
			/** The oEmbed discovery link, when the build knows the published origin. */
			oembed: OEMBED_ORIGIN
				? absoluteUrl(OEMBED_ORIGIN, oembedPath(params.id, params.lang === 'zh' ? 'zh' : 'en'))
				: null
		}
	};
};
