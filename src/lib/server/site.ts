import { correctionsEmail, DEFAULT_SITE_ORIGIN, siteOrigin } from '$lib/site';

/** The published origin, read once from the build's environment (`PUBLIC_SITE_ORIGIN`). */
export const SITE_ORIGIN = siteOrigin(process.env.PUBLIC_SITE_ORIGIN);

/** Where readers report errors (`PUBLIC_CORRECTIONS_EMAIL`), shown on the methodology page. */
export const CORRECTIONS_EMAIL = correctionsEmail(process.env.PUBLIC_CORRECTIONS_EMAIL);

if (SITE_ORIGIN === DEFAULT_SITE_ORIGIN && process.env.NODE_ENV === 'production') {
	console.warn(
		`PUBLIC_SITE_ORIGIN is not set: canonical links and share cards point at ${DEFAULT_SITE_ORIGIN} (see README, "Deploying").`
	);
}
