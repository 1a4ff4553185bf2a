import type { Datum } from '$lib/data/types';
import { dateOf } from '$lib/data/at';
import { ANNOTATIONS } from '$lib/story/annotations';

/** What a callout of the youth chart marks. */
export type CalloutKind = 'record' | 'peak' | 'story' | 'latest';

/** A datum the youth chart writes its value next to, and why. */
export interface Callout {
	kind: CalloutKind;
	datum: Datum;
}

/** The highest value of a series (the latest of equal ones), or undefined when it has none. */
function highest(rows: readonly Datum[]): Datum | undefined {
	return rows.reduce<Datum | undefined>((best, d) => (!best || d.value >= best.value ? d : best), undefined);
}

/**
 * The datums the youth chart labels with their value, chosen from the data: the record of the old
 * 16–24 series (June 2023, before publication stopped), the peak of the new series, the figure at the
 * time of the AP story (`ANNOTATIONS.youth`, its "nearly 18%") and the latest figure. A datum is labelled once, under
 * the first kind that chooses it (in that order); a kind whose series has no data is left out.
 */
export function youthCallouts(datums: readonly Datum[]): Callout[] {
	const sorted = (series: string) =>
		datums.filter((d) => d.series === series).sort((a, b) => +dateOf(a.at) - +dateOf(b.at));
	const old = sorted('old-16-24');
	const now = sorted('new-16-24');
	const chosen: [CalloutKind, Datum | undefined][] = [
		['record', highest(old)],
		['peak', highest(now)],
		['story', now.find((d) => d.key === ANNOTATIONS.youth.datum)],
		['latest', now.at(-1)]
	];
	const out: Callout[] = [];
	for (const [kind, datum] of chosen) {
		if (datum && !out.some((c) => c.datum.key === datum.key)) out.push({ kind, datum });
	}
	return out;
}
