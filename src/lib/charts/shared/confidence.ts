import type { Datum } from '$lib/data/types';

/**
 * Keys of the data points whose confidence is `weak`: no reputable copy was found. Charts draw
 * these hollow (dots) or with a dashed, unfilled outline (bars), so a reader sees them as unconfirmed.
 */
export function weakKeys(datums: readonly Pick<Datum, 'key' | 'confidence'>[]): Set<string> {
	return new Set(datums.filter((d) => d.confidence === 'weak').map((d) => d.key));
}
