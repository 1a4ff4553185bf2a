import type { ChartId } from '$lib/charts';
import { CHART_IDS } from '../charts/list.js';
import type { ChartData, Confidence, Datum } from '$lib/data/types';
import { PAYMENT_DATE, weakest } from '$lib/data/h1bFees';
import { dateOf, yearOf } from '$lib/data/at';
import { ANNOTATIONS } from './annotations';
import { checkAnnotations } from './checkAnnotations';

/**
 * The editorial facts the home page's lede turns on: which datum is the story's figure, and what
 * the AP story says about it (its annotations, annotations.ts). The numbers themselves always come
 * from the data; `checkedLedeFacts` checks the annotations when the site is built, so a changed data
 * file that no longer supports a claim fails the build instead of publishing a lede that contradicts the story.
 */

/**
 * The sections of the home page, in the order the story is told: the US side first (what the
 * payment costs, then who still enters the lottery), then the comparison that bridges to China
 * (what each country charges, the K visa among them), then China's side: how many foreigners it
 * has, and the domestic jobs question the story ends on.
 */
export const STORY_ORDER: readonly ChartId[] = [
	'h1b-cost',
	'h1b-demand',
	'visa-costs',
	'foreign-workers',
	'youth-unemployment'
];

/** The home page's sections: the story's charts in its order, then any chart the story does not tell yet. */
export const HOME_SECTIONS: readonly ChartId[] = [
	...STORY_ORDER,
	...CHART_IDS.filter((id) => !STORY_ORDER.includes(id))
];

/** A datum named by chart and key. */
export interface DatumRef {
	chart: ChartId;
	key: string;
}

/** The datums behind each number of the lede. */
export const LEDE_REFS = {
	/** A large employer's fees for a worker abroad from 21 Sep 2025, and for a worker in the US. */
	payment: {
		abroad: ref(ANNOTATIONS.payment.chart, ANNOTATIONS.payment.datum),
		inUs: ref(ANNOTATIONS.payment.chart, ANNOTATIONS.payment.less)
	},
	/** The latest 16–24 rate published before the story (Sep 2025, released in Oct; Oct came out on 18 Nov). */
	youth: { story: ref(ANNOTATIONS.youth.chart, ANNOTATIONS.youth.datum) },
	/** Residence permits for every purpose in 2023 (the story's "711,000 foreign workers"), and those for work. */
	permits: {
		all: ref(ANNOTATIONS.permits.chart, ANNOTATIONS.permits.datum),
		work: ref('foreign-workers', 'permits-work-2023')
	},
	/** Lottery registrations in the first season with the payment, and a year earlier. */
	lottery: { now: ref('h1b-demand', 'eligible-2027'), before: ref('h1b-demand', 'eligible-2026') }
} as const;

function ref(chart: ChartId, key: string): DatumRef {
	return { chart, key };
}

/** The datum `r` points at. @throws naming the chart and key when it does not exist */
export function datumAt(data: Readonly<Record<ChartId, ChartData>>, r: DatumRef): Datum {
	const datum = data[r.chart]?.datums.find((d) => d.key === r.key);
	if (!datum) throw new Error(`story facts: chart "${r.chart}" has no datum "${r.key}"`);
	return datum;
}

/** A figure of the lede: the datum its link opens, and how sure the datums behind it are. */
export interface LedeLink {
	chart: ChartId;
	datum: string;
	/** False when any datum behind the figure is not confirmed by two or more sources. */
	confirmed: boolean;
	/** The weakest confidence of the datums behind the figure. */
	confidence: Confidence;
}

/** The lede's numbers, all computed from the data (money in US dollars, rates in percent). */
export interface LedeFacts {
	payment: LedeLink & { payment: number; abroad: number; inUs: number; ratio: number; since: string };
	youth: LedeLink & { rate: number; month: Date };
	permits: LedeLink & { all: number; work: number; year: number };
	lottery: LedeLink & { now: number; before: number; changePct: number; fiscalYear: number };
}

function link(anchor: DatumRef, ...datums: Datum[]): LedeLink {
	const confidence = datums.map((d) => d.confidence).reduce(weakest, 'confirmed');
	return { chart: anchor.chart, datum: anchor.key, confirmed: confidence === 'confirmed', confidence };
}

/**
 * The lede's numbers from every chart's data.
 * @throws when a datum is missing (see `datumAt`)
 */
export function ledeFacts(data: Readonly<Record<ChartId, ChartData>>): LedeFacts {
	const R = LEDE_REFS;
	const abroad = datumAt(data, R.payment.abroad);
	const inUs = datumAt(data, R.payment.inUs);
	const youth = datumAt(data, R.youth.story);
	const all = datumAt(data, R.permits.all);
	const work = datumAt(data, R.permits.work);
	const now = datumAt(data, R.lottery.now);
	const before = datumAt(data, R.lottery.before);
	return {
		payment: {
			...link(R.payment.abroad, abroad, inUs),
			payment: abroad.value - inUs.value,
			abroad: abroad.value,
			inUs: inUs.value,
			ratio: abroad.value / inUs.value,
			since: PAYMENT_DATE
		},
		youth: { ...link(R.youth.story, youth), rate: youth.value, month: dateOf(youth.at) },
		permits: { ...link(R.permits.all, all, work), all: all.value, work: work.value, year: yearOf(all.at) },
		lottery: {
			...link(R.lottery.now, now, before),
			now: now.value,
			before: before.value,
			changePct: ((now.value - before.value) / before.value) * 100,
			fiscalYear: yearOf(now.at)
		}
	};
}

/**
 * `ledeFacts`, checked against the story.
 * @throws listing every annotation the data no longer supports (see `checkAnnotations`; fails the build)
 */
export function checkedLedeFacts(data: Readonly<Record<ChartId, ChartData>>): LedeFacts {
	checkAnnotations(data);
	return ledeFacts(data);
}
