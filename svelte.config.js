import adapter from '@sveltejs/adapter-static';
import { createHash } from 'node:crypto';
import { INLINE_SCRIPTS } from './src/lib/embed/prepaint.js';

/** CSP source for an inline script of ours that Kit does not hash itself. */
const hash = (/** @type {string} */ script) =>
	/** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(script).digest('base64')}`);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		// Runes mode everywhere in the project; libraries keep their own mode.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// Every page's CSS (at most 8 KB a file) is written into its HTML: a chart paints after one
		// request, with no stylesheet to wait for, in pages and in embeds alike.
		inlineStyleThreshold: 16384,
		adapter: adapter({ fallback: undefined, strict: true }),
		prerender: {
			// What `url.origin` is while prerendering: the embed code written into the HTML uses it.
			// Unset, Kit's own default applies, which `publicOrigin` ($lib/site) reads as "not configured".
			origin: process.env.PUBLIC_SITE_ORIGIN?.trim() || 'http://sveltekit-prerender',
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// The oEmbed answers are built only when PUBLIC_SITE_ORIGIN is set (they need absolute URLs).
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((route) => !route.startsWith('/oembed/'))) throw new Error(message);
			},
			// Nothing links to the embed preview or to /404 (written as 404.html for static hosts);
			// embeds themselves are listed by their route's entries().
			entries: ['*', '/embed-preview', '/404']
		},
		// Prerendered pages get this as a <meta> tag, with Kit's own inline scripts added by hash.
		// No 'unsafe-inline' or 'unsafe-eval' for scripts. Styles allow inline: Svelte writes style
		// attributes (tooltip position). frame-ancestors cannot be set by <meta>: see static/_headers.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...INLINE_SCRIPTS.map(hash)],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
