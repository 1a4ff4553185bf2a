import type { Handle } from '@sveltejs/kit';

/** Sets `<html lang>` from the path: `/zh/…` pages are Simplified Chinese, everything else English. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = /^\/zh(\/|$)/.test(event.url.pathname) ? 'zh-Hans' : 'en';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
