import { formatters, type Formatters, type Lang } from '$lib/format';
import type { MessageKey, Messages } from './messages.en';

// Kept apart from locale.ts, which builds EN from the whole English catalogue: embeds build their
// locale from the few messages in their page data and must not download the catalogue (issue 3).

export type { Lang };
export { LANGS, isLang } from './lang';

/** The `<html lang>` / `hreflang` tag of each language. */
export const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };

/** A language with its catalogue and formatters: everything a component needs to put text on screen. */
export interface Locale {
	lang: Lang;
	/**
	 * The catalogue entry for `key`, with `{name}` placeholders filled from `vars`. Throws when the
	 * catalogue lacks it (an embed's catalogue holds only its chart's messages).
	 */
	t(key: MessageKey, vars?: Record<string, string | number>): string;
	/** Whether the catalogue has `key` (for optional labels and keys built from data); narrows it to a key. */
	has(key: string): key is MessageKey;
	fmt: Formatters;
	/** The site's translations of the (English) story excerpts, by excerpt id; absent in English. */
	translations?: Readonly<Record<string, string>>;
}

export function makeLocale(lang: Lang, messages: Messages, translations?: Readonly<Record<string, string>>): Locale {
	const table = messages as Record<string, string>;
	return {
		lang,
		has: (key): key is MessageKey => key in table,
		t(key, vars) {
			const text = table[key];
			if (text === undefined) throw new Error(`missing message "${key}" for language "${lang}"`);
			return vars ? text.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? `{${name}}`)) : text;
		},
		fmt: formatters(lang),
		...(translations ? { translations } : {})
	};
}
