import type { Lang } from '$lib/i18n/makeLocale';
import type { Messages } from '$lib/i18n/messages.en';

/**
 * Each language's catalogue of messages, as the module a site island loads with its code when it
 * hydrates: one file per language that the browser caches across pages, rather than the messages
 * written into every page once per island.
 */
export const CATALOGUES: Record<Lang, () => Promise<Messages>> = {
	en: async () => (await import('$lib/i18n/messages.en')).en,
	zh: async () => (await import('$lib/i18n/messages.zh')).zh
};

/** The source path of `lang`'s catalogue, to announce with the island's modules (its `data-preload`). */
export function catalogueModule(lang: Lang): string {
	return `src/lib/i18n/messages.${lang}.ts`;
}
