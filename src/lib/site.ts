/**
 * Where the site is published. Share cards and canonical links need absolute URLs, so the build
 * reads the origin from the `PUBLIC_SITE_ORIGIN` environment variable (see README, "Deploying");
 * `$lib/server/site` reads it, this module only validates and joins.
 */

/** Used when `PUBLIC_SITE_ORIGIN` is not set: a reserved name that can never be a real site. */
export const DEFAULT_SITE_ORIGIN = 'https://talentrace.example';

/**
 * The origin to publish under: `raw` if it is an http(s) origin (a trailing slash is dropped),
 * the default when it is empty.
 * @throws when `raw` is set but is not a bare http(s) origin (no path, query or hash), so a typo
 *   fails the build instead of shipping broken share links
 */
export function siteOrigin(raw: string | undefined): string {
	const value = raw?.trim();
	if (!value) return DEFAULT_SITE_ORIGIN;
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

/** Used when `PUBLIC_CORRECTIONS_EMAIL` is not set. */
export const DEFAULT_CORRECTIONS_EMAIL = 'corrections@talentrace.example';

/**
 * The address readers write to about errors: `raw` if it looks like an e-mail address, else the default.
 * @throws when `raw` is set but is not an e-mail address
 */
export function correctionsEmail(raw: string | undefined): string {
	const value = raw?.trim();
	if (!value) return DEFAULT_CORRECTIONS_EMAIL;
	if (!/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(value)) {
		throw new Error(`PUBLIC_CORRECTIONS_EMAIL is not an e-mail address: "${value}"`);
	}
	return value;
}

/** `path` (starting with `/`) on `origin`, e.g. `https://example.org/charts/h1b-cost`. */
export function absoluteUrl(origin: string, path: string): string {
	return new URL(path, `${origin}/`).href;
}
