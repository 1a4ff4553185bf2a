import { render } from 'svelte/server';
import type { Locale } from '$lib/i18n/locale';
import { localizedPath } from '$lib/i18n/paths';
import { creditUrl } from '$lib/site';
import { EXPORT_FONT_FAMILY, EXPORT_FONT_FAMILY_ZH, LIGHT } from '$lib/tokens';
import { ledeItems } from '$lib/story/lede';
import type { LedeFacts } from '$lib/story/facts';
import HomeCard from '$lib/story/HomeCard.svelte';
import { homeCardLayout, type HomeCardText } from '$lib/story/homeCard.layout';
import { LEDE_FACTS } from './lede';
import { SITE_ORIGIN } from './site';

/** The words of the home page's share card in `locale`, with the figures of `facts`. */
export function homeCardText(facts: LedeFacts, locale: Locale): HomeCardText {
	const { fmt } = locale;
	// The site's address without the home page's trailing slash; just its name without a configured origin.
	const url = creditUrl(SITE_ORIGIN, localizedPath(locale.lang, '/'))?.replace(/\/$/, '') ?? null;
	const labels: Record<keyof LedeFacts, string> = {
		payment: locale.t('lede.card.payment'),
		youth: locale.t('lede.card.youth', { month: fmt.month(facts.youth.month) }),
		permits: locale.t('lede.card.permits', { year: fmt.year(facts.permits.year) }),
		lottery: locale.t('lede.card.lottery', { fy: fmt.fiscalYear(facts.lottery.fiscalYear) })
	};
	return {
		title: locale.t('site.headline'),
		credit: url === null ? locale.t('site.name') : locale.t('image.credit', { url }),
		facts: ledeItems(facts, locale).map((item) => ({
			id: item.id,
			figure: item.figure,
			label: item.link.confirmed ? labels[item.id] : locale.t('lede.card.unconfirmed', { label: labels[item.id] }),
			confirmed: item.link.confirmed
		}))
	};
}

/** The card's text as one sentence: its `<desc>`, and the `og:image:alt` of the home page. */
export function homeCardAlt(facts: LedeFacts, locale: Locale): string {
	const items = Object.fromEntries(ledeItems(facts, locale).map((i) => [i.id, i.figure]));
	const { fmt } = locale;
	return locale.t('lede.cardAlt', {
		payment: items.payment,
		youth: items.youth,
		month: fmt.month(facts.youth.month),
		permits: items.permits,
		year: fmt.year(facts.permits.year),
		lottery: items.lottery,
		fy: fmt.fiscalYear(facts.lottery.fiscalYear)
	});
}

/** The home page's share card as a standalone SVG document (1200 × 630, light theme). */
export function homeCardSvg(locale: Locale, facts: LedeFacts = LEDE_FACTS): string {
	const layout = homeCardLayout(homeCardText(facts, locale));
	const fontFamily = locale.lang === 'zh' ? EXPORT_FONT_FAMILY_ZH : EXPORT_FONT_FAMILY;
	const { body } = render(HomeCard, { props: { layout, alt: homeCardAlt(facts, locale), tokens: LIGHT, fontFamily } });
	return `<?xml version="1.0" encoding="UTF-8"?>\n${body.replace(/<!--[\s\S]*?-->/g, '')}\n`;
}
