import type { Handle } from '@sveltejs/kit';
import { HTML_LANG } from '$lib/i18n/locale';
import { langOfPath } from '$lib/i18n/paths';

/** Sets `<html lang>` from the path: `/zh/…` pages are Simplified Chinese (zh-Hans), everything else English. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = HTML_LANG[langOfPath(event.url.pathname)];
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
