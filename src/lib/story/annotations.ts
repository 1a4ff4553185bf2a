import type { ChartId } from '$lib/charts';
import type { MessageKey } from '$lib/i18n/messages.en';
import type { ExcerptId } from './excerpts';
import { STORY_YOUTH_MONTH } from './storyDate';

/**
 * An editorial annotation: a figure of the AP story that a chart marks. It names the datum it
 * points at, the words of the story it rests on (from one of the excerpts), the message that writes
 * it on the chart, and what the datum's value must be for the words to hold. The charts read the
 * datum from here, so no layout keeps an editorial fact. `checkAnnotations` (checkAnnotations.ts)
 * runs at every build (`$lib/server/lede.ts`) and in its unit test.
 */
export interface Annotation {
	chart: ChartId;
	/** The datum the chart marks. */
	datum: string;
	/** A datum whose value is taken off first (the payment is the cost abroad less the cost in the US). */
	less?: string;
	/** The excerpt whose quote holds `phrase`. */
	excerpt: ExcerptId;
	/** The story's words, exactly as the excerpt quotes them. */
	phrase: string;
	/** The English message that writes the annotation on the chart; it quotes `phrase`. */
	message: MessageKey;
	/** What the value must be: exactly `equals`, or "nearly" a figure (below it, and rounding to it). */
	holds: { equals: number } | { nearly: number };
}

export const ANNOTATIONS = {
	/** "… to $100,000 for new applicants": the bracket on the H-1B cost chart. */
	payment: {
		chart: 'h1b-cost',
		datum: 'payment-large-abroad',
		less: 'payment-large-in-us',
		excerpt: 'payment',
		phrase: '$100,000',
		message: 'h1b-cost.annotation.payment',
		holds: { equals: 100000 }
	},
	/** "at nearly 18%": the latest 16–24 rate published before the story, called out on the youth chart. */
	youth: {
		chart: 'youth-unemployment',
		datum: `new-16-24-${STORY_YOUTH_MONTH}`,
		excerpt: 'nearly-18',
		phrase: 'nearly 18%',
		message: 'youth-unemployment.callout.storySays',
		holds: { nearly: 18 }
	},
	/** "an estimated 711,000 foreign workers": residence permits for every purpose in 2023. */
	permits: {
		chart: 'foreign-workers',
		datum: 'permits-all-2023',
		excerpt: 'foreign-workers-711000',
		phrase: '711,000',
		message: 'foreign-workers.annotation.story',
		holds: { equals: 711000 }
	}
} as const satisfies Record<string, Annotation>;
