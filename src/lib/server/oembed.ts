import { SITE_ORIGIN } from './site';

/**
 * The origin oEmbed answers and discovery links are built for, or null when `PUBLIC_SITE_ORIGIN`
 * is not set: oEmbed needs absolute URLs (the embed code runs on another site), so a build
 * without a published origin has no oEmbed (README, "Embedding").
 */
export const OEMBED_ORIGIN: string | null = SITE_ORIGIN;
