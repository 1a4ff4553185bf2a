import type { LayoutServerLoad } from './$types';
import { en, type Messages } from '$lib/i18n/messages.en';
import { zh } from '$lib/i18n/messages.zh';
import type { Lang } from '$lib/i18n/makeLocale';

/** What the root error page says: the only messages every page must be able to show. */
const ERROR_KEYS = ['site.name', 'site.notFound', 'site.notFoundBody', 'site.error', 'site.home'] as const;
const pick = (messages: Messages) => Object.fromEntries(ERROR_KEYS.map((key) => [key, messages[key]]));

/**
 * The error page's messages, in each language, as data. SvelteKit loads the root error page on
 * every page as soon as it starts, embeds included; importing the catalogues there would make every
 * embed download all of them (about 5 KB gzipped per language; issue 3).
 */
export const load: LayoutServerLoad = () => ({
	errorMessages: { en: pick(en), zh: pick(zh) } satisfies Record<Lang, Record<string, string>>
});
