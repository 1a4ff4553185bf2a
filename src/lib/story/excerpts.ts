import type { ChartId } from '$lib/charts';
import type { Datum } from '$lib/data/types';
import type { Between } from '$lib/i18n/keys';
import type { MessageKey } from '$lib/i18n/messages.en';

/** An excerpt id with its annotation in the catalogues (`story.<id>.annotation`). */
export type ExcerptId = Between<MessageKey, 'story.', '.annotation'>;

/**
 * A short quotation from the AP story and the claims it makes. Each claim points at the datum that
 * checks it; the annotation text lives in the catalogue (`story.<id>.annotation`) and is filled with
 * the cited datums' values, so it always says what the data shows.
 */
export interface Excerpt {
	id: ExcerptId;
	chart: ChartId;
	/** Exact words from the story (English, as published). */
	quote: string;
	/** Who said it; null when it is the AP's own narration. */
	speaker: string | null;
	/** The datum the excerpt's claim is about: highlighted when the reader hovers the excerpt. */
	datum: string;
	/** Other datums whose values the annotation quotes (`{value2}`, `{when2}`, …). */
	refs: string[];
}

/** Date of the AP story, for attribution lines. */
export const STORY_DATE = '2025-11-10';
export const STORY_AUTHOR = 'Chan Ho-him';
export const STORY_HEADLINE = 'China rolls out its version of the H-1B visa to attract foreign tech workers';
/** Where readers find the story: its own address on apnews.com is not in the research, so AP's search for its headline. */
export const STORY_URL = `https://apnews.com/search?q=${encodeURIComponent(STORY_HEADLINE)}`;

export const EXCERPTS: readonly Excerpt[] = [
	{
		id: 'payment',
		chart: 'h1b-cost',
		quote:
			'Stricter U.S. policies toward foreign students and scholars under Trump, including the raising of fees for the H-1B visa for foreign skilled workers to $100,000 for new applicants, are leading some non-American professionals and students to consider going elsewhere.',
		speaker: null,
		datum: 'payment-large-abroad',
		refs: ['payment-large-in-us', 'large-2025-acwia']
	},
	{
		id: 'western-rivals',
		chart: 'visa-costs',
		quote:
			'“The U.S. is probably more at risk of losing would-be H-1B applicants to other Western economies, including the UK and European Union, than to China.”',
		speaker: 'Michael Feller',
		datum: 'uk-large',
		refs: ['germany', 'us-large-abroad']
	},
	{
		id: 'no-job-offer',
		chart: 'visa-costs',
		quote:
			'The K-visa supplements China’s existing visa schemes including the R-visa for foreign professionals, but with loosened requirements, such as not requiring an applicant to have a job offer before applying.',
		speaker: null,
		datum: 'china-k-us',
		refs: ['china-r']
	},
	{
		id: 'foreign-workers-711000',
		chart: 'foreign-workers',
		quote:
			'A country of about 1.4 billion, China had only an estimated 711,000 foreign workers residing in the country as of 2023.',
		speaker: null,
		datum: 'permits-all-2023',
		refs: ['permits-work-2023']
	},
	{
		id: 'nearly-18',
		chart: 'youth-unemployment',
		quote:
			'With the jobless rate for Chinese aged 16-24 excluding students at nearly 18%, the campaign to attract more foreign professionals is raising questions.',
		speaker: null,
		datum: 'new-16-24-2025-09',
		refs: ['new-16-24-2025-08']
	},
	{
		id: 'fierce-competition',
		chart: 'youth-unemployment',
		quote: '“The current job market is already under fierce competition.”',
		speaker: 'Zhou Xinying',
		datum: 'new-16-24-2025-08',
		refs: ['new-16-24-2025-06']
	},
	{
		id: 'students-hoped',
		chart: 'h1b-demand',
		quote: '“Students studying in the U.S. hoped for an (H-1B) visa, but currently this is an issue.”',
		speaker: 'Bikash Kali Das',
		datum: 'eligible-2027',
		refs: ['eligible-2026']
	}
];

/** An excerpt with the datums it cites, as pages receive it. */
export interface ResolvedExcerpt extends Excerpt {
	cited: Datum[];
}
