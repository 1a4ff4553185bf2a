import { correctionsEmail, siteOrigin } from '$lib/site';

/**
 * The published origin, read once from the build's environment (`PUBLIC_SITE_ORIGIN`),
 * scheme and host only; `null` when not configured. Build absolute URLs with
 * `absoluteUrl(SITE_ORIGIN, path)` from `$lib/site`, which is `null` then too: leave out what needs it.
 */
export const SITE_ORIGIN: string | null = siteOrigin(process.env.PUBLIC_SITE_ORIGIN);

/** Where readers report errors (`PUBLIC_CORRECTIONS_EMAIL`), shown on the methodology page; `null` when not configured. */
export const CORRECTIONS_EMAIL: string | null = correctionsEmail(process.env.PUBLIC_CORRECTIONS_EMAIL);

if (SITE_ORIGIN === null && process.env.NODE_ENV === 'production') {
	console.warn(
		'PUBLIC_SITE_ORIGIN is not set: pages are built without canonical links or share-card tags, and images credit no address (see README, "Deploying").'
	);
}
