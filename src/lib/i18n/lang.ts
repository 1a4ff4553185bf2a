import type { Lang } from '$lib/format';

// Apart from makeLocale.ts (formatters), so that a script that only checks a language, as the embed's
// first script does, loads no formatting code.

export type { Lang };
export const LANGS: readonly Lang[] = ['en', 'zh'];

export function isLang(value: string | null | undefined): value is Lang {
	return value === 'en' || value === 'zh';
}
