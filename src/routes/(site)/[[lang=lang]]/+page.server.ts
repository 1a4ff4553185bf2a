import type { EntryGenerator, PageServerLoad } from './$types';
import { CHART_DATA } from '$lib/server/datasets';
import { RESOLVED_EXCERPTS } from '$lib/server/stories';
import { LEDE_FACTS } from '$lib/server/lede';
import { homeCardAlt } from '$lib/server/homeCard';
import { SITE_ORIGIN } from '$lib/server/site';
import { absoluteUrl } from '$lib/site';
import { localeFor } from '$lib/i18n/current';
import { STORY_ORDER } from '$lib/story/facts';

/** Both editions of the home page; `/zh` is also reached through the language switch. */
export const entries: EntryGenerator = () => [{}, { lang: 'zh' }];

export const load: PageServerLoad = ({ params }) => ({
	lede: LEDE_FACTS,
	/** Absolute URLs for the canonical link and the share card (crawlers need the origin). */
	share: {
		canonical: absoluteUrl(SITE_ORIGIN, params.lang ? `/${params.lang}` : '/'),
		image: absoluteUrl(SITE_ORIGIN, `${params.lang ? `/${params.lang}` : ''}/share/home.png`),
		alt: homeCardAlt(LEDE_FACTS, localeFor(params.lang))
	},
	updated: Object.values(CHART_DATA)
		.map((d) => d.updated)
		.sort()
		.at(-1) as string,
	sections: STORY_ORDER.map((id) => ({
		id,
		data: CHART_DATA[id],
		excerpts: RESOLVED_EXCERPTS.filter((e) => e.chart === id)
	}))
});
