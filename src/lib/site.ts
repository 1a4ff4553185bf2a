/**
 * Where the site is published and whom readers write to. Both come from the build's environment
 * (see README, "Deploying"): `PUBLIC_SITE_ORIGIN` and `PUBLIC_CORRECTIONS_EMAIL`.
 * `$lib/server/site` reads them once; this module only validates and joins.
 *
 * What is not configured is `null`, and every reader-facing use leaves it out (no canonical link,
 * no share-card tags, a credit line without an address, no "report an error" address). Nothing ever
 * prints a placeholder such as a `.example` host.
 */

/**
 * The origin SvelteKit prerenders under when `PUBLIC_SITE_ORIGIN` is not set (Kit's own default).
 * `page.url.origin` equals it during prerendering only; `publicOrigin` turns it into `null`.
 */
export const PRERENDER_ORIGIN = 'http://sveltekit-prerender';

/**
 * The origin to publish under: `raw` as an http(s) origin (a trailing slash is dropped), or `null`
 * when it is unset or blank.
 * @throws when `raw` is set but is not a bare http(s) origin (no path, query or hash), so a typo
 *   fails the build instead of shipping broken share links
 */
export function siteOrigin(raw: string | undefined): string | null {
	const value = raw?.trim();
	if (!value) return null;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`PUBLIC_SITE_ORIGIN is not a URL: "${value}"`);
	}
	if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
		throw new Error(`PUBLIC_SITE_ORIGIN must be an http(s) origin such as https://example.org, got "${value}"`);
	}
	return url.origin;
}

/**
 * The address readers write to about errors: `raw` if it is an e-mail address, `null` when unset or blank.
 * @throws when `raw` is set but is not an e-mail address
 */
export function correctionsEmail(raw: string | undefined): string | null {
	const value = raw?.trim();
	if (!value) return null;
	if (!/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(value)) {
		throw new Error(`PUBLIC_CORRECTIONS_EMAIL is not an e-mail address: "${value}"`);
	}
	return value;
}

/**
 * `path` (starting with `/`) on `origin`, e.g. `https://example.org/charts/h1b-cost`;
 * `null` when the origin is not configured.
 */
export function absoluteUrl(origin: string | null, path: string): string | null {
	return origin === null ? null : new URL(path, `${origin}/`).href;
}

/**
 * The origin a page is really served from, for code that runs both while prerendering and in the
 * browser (`page.url.origin`): `null` while prerendering without a configured origin.
 */
export function publicOrigin(pageOrigin: string): string | null {
	return pageOrigin === PRERENDER_ORIGIN ? null : pageOrigin;
}

/** What a chart image's credit line shows: `host/path` when the origin is configured, else `null`. */
export function creditUrl(origin: string | null, path: string): string | null {
	return origin === null ? null : `${new URL(origin).host}${path}`;
}
