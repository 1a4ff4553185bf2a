import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { loadChartData } from '$lib/data/loadFromDisk';
import { CHART_IDS, type ChartId } from '$lib/charts';
import type { ChartData } from '$lib/data/types';
import { EN } from '$lib/i18n/locale';
import { ZH } from '$lib/i18n/current';
import { checkedLedeFacts, HOME_SECTIONS, ledeFacts, STORY_ORDER } from './facts';
import { ledeItems } from './lede';
import Lede from './Lede.svelte';

const DATA: Record<ChartId, ChartData> = await loadChartData();

/** The data with one datum's value replaced, as if its CSV row had been edited. */
function withValue(chart: ChartId, key: string, value: number): Record<ChartId, ChartData> {
	const copy = structuredClone(DATA);
	const datum = copy[chart].datums.find((d) => d.key === key);
	if (!datum) throw new Error(`no datum ${key}`);
	datum.value = value;
	return copy;
}

describe('ledeFacts(data)', () => {
	it('computes the lede from the datums: the $100,000 payment, 17.7%, 711,000 and the lottery fall', () => {
		const facts = ledeFacts(DATA);
		expect(facts.payment).toMatchObject({ payment: 100000, abroad: 103595, inUs: 3595, datum: 'payment-large-abroad' });
		expect(facts.payment.ratio).toBeCloseTo(28.82, 2);
		expect(facts.youth).toMatchObject({
			rate: 17.7,
			month: new Date('2025-09-01T00:00:00Z'),
			chart: 'youth-unemployment',
			confirmed: true
		});
		expect(facts.permits).toMatchObject({ all: 711000, work: 237000, year: 2023, confirmed: true });
		expect(facts.lottery).toMatchObject({ now: 211600, before: 343981, fiscalYear: 2027 });
		expect(facts.lottery.changePct).toBeCloseTo(-38.48, 2);
	});

	it('marks the lottery fall unconfirmed, because its only source is weak (one lottery-results site)', () => {
		const facts = ledeFacts(DATA);
		expect(facts.lottery).toMatchObject({ confirmed: false, confidence: 'weak' });
		expect(ledeItems(facts, EN).find((i) => i.id === 'lottery')?.figure).toBe('−38.5%');
	});

	it('follows a changed datum: the youth rate edited to 17.6 puts 17.6% in the rendered lede', () => {
		const facts = checkedLedeFacts(withValue('youth-unemployment', 'new-16-24-2025-09', 17.6));
		const { body } = render(Lede, { props: { facts, updated: '2026-05-21', revised: '2026-12-01', locale: EN } });
		expect(body).toContain('17.6%');
		expect(body).not.toContain('17.7%');
		expect(body).toContain('href="/charts/youth-unemployment?datum=new-16-24-2025-09"');
	});

	it('dates the data as the charts do: when it was revised ("Data updated") and its latest figure, in both languages', () => {
		const facts = checkedLedeFacts(DATA);
		const en = render(Lede, { props: { facts, updated: '2026-05-21', revised: '2026-12-01', locale: EN } }).body;
		expect(en).toContain('Data updated: <time datetime="2026-12-01">1 Dec 2026</time>');
		expect(en).toContain('Latest figure: <time datetime="2026-05-21">21 May 2026</time>');
		expect(en).not.toContain('last updated');
		const zh = render(Lede, { props: { facts, updated: '2026-05-21', revised: '2026-12-01', locale: ZH } }).body;
		expect(zh).toContain(
			`${ZH.t('ui.dataUpdated')}${ZH.t('ui.colon')}<time datetime="2026-12-01">2026年12月1日</time>`
		);
		expect(zh).toContain(
			`${ZH.t('chartPage.updated')}${ZH.t('ui.colon')}<time datetime="2026-05-21">2026年5月21日</time>`
		);
	});

	it('follows a changed fee: a $4,000 base fee makes the payment figure and the ratio change', () => {
		const items = ledeItems(ledeFacts(withValue('h1b-cost', 'payment-large-in-us', 4000)), EN);
		const payment = items.find((i) => i.id === 'payment');
		expect(payment?.figure).toBe('$99,595');
		expect(payment?.text).toContain('about 26 times the $4,000');
	});

	it('fails the build when the data no longer supports the story: 712,000 permits against its 711,000', () => {
		expect(() => checkedLedeFacts(withValue('foreign-workers', 'permits-all-2023', 712000))).toThrow(
			/the story's "711,000", but permits-all-2023 is 712000/
		);
		expect(() => checkedLedeFacts(withValue('youth-unemployment', 'new-16-24-2025-09', 18.4))).toThrow(/nearly 18%/);
		expect(() => checkedLedeFacts(withValue('h1b-cost', 'payment-large-abroad', 53595))).toThrow(/\$100,000/);
	});

	it('writes the Chinese lede in one number form per comparison (211,600 beside 343,981, never 21.16万)', () => {
		const items = ledeItems(ledeFacts(DATA), ZH);
		expect(items.map((i) => i.figure)).toEqual(['10万美元', '17.7%', '71.1万', '−38.5%']);
		const lottery = items.find((i) => i.id === 'lottery');
		expect(lottery?.text).toContain('211,600');
		expect(lottery?.text).toContain('343,981');
		expect(lottery?.text).not.toContain('万份');
	});
});

describe('STORY_ORDER and HOME_SECTIONS', () => {
	it('names listed charts, each once', () => {
		expect(new Set(STORY_ORDER).size).toBe(STORY_ORDER.length);
		for (const id of STORY_ORDER) expect(CHART_IDS).toContain(id);
	});

	it('puts every chart on the home page once, the story first', () => {
		expect(HOME_SECTIONS.slice(0, STORY_ORDER.length)).toEqual(STORY_ORDER);
		expect([...HOME_SECTIONS].sort()).toEqual([...CHART_IDS].sort());
	});
});
