import type { LayoutServerLoad } from './$types';
import { en } from '$lib/i18n/messages.en';

/** What the root error page says: the only messages every page must be able to show. */
const ERROR_KEYS = ['site.name', 'site.notFound', 'site.notFoundBody', 'site.error', 'site.home'] as const;

/**
 * The error page's messages as data. SvelteKit loads the root error page on every page, embeds
 * included, as soon as it starts; importing the message catalogue there would make every embed
 * download all of it (5 KB gzipped per language; issue 3).
 */
export const load: LayoutServerLoad = () => ({
	errorMessages: Object.fromEntries(ERROR_KEYS.map((key) => [key, en[key]]))
});
