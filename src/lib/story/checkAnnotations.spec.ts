import { describe, expect, it } from 'vitest';
import { loadChartData } from '$lib/data/loadFromDisk';
import type { ChartId } from '$lib/charts';
import type { ChartData } from '$lib/data/types';
import { ANNOTATIONS, type Annotation } from './annotations';
import { annotationProblems, checkAnnotations } from './checkAnnotations';

const DATA: Record<ChartId, ChartData> = await loadChartData();

function withValue(chart: ChartId, key: string, value: number): Record<ChartId, ChartData> {
	const copy = structuredClone(DATA);
	copy[chart].datums.find((d) => d.key === key)!.value = value;
	return copy;
}

describe('checkAnnotations(data)', () => {
	it('finds every annotation supported: its datum, its value, its words in an excerpt and on the chart', () => {
		expect(annotationProblems(DATA)).toEqual([]);
		expect(() => checkAnnotations(DATA)).not.toThrow();
	});

	it('fails when a value no longer matches the story: 712,000 permits, 18.4%, a $50,000 payment', () => {
		expect(annotationProblems(withValue('foreign-workers', 'permits-all-2023', 712000))).toEqual([
			'annotation "permits" (foreign-workers): the story\'s "711,000", but permits-all-2023 is 712000'
		]);
		expect(annotationProblems(withValue('youth-unemployment', 'new-16-24-2025-09', 18.4))).toEqual([
			'annotation "youth" (youth-unemployment): the story\'s "nearly 18%", but new-16-24-2025-09 is 18.4'
		]);
		expect(annotationProblems(withValue('youth-unemployment', 'new-16-24-2025-09', 18))).toHaveLength(1);
		expect(() => checkAnnotations(withValue('h1b-cost', 'payment-large-abroad', 53595))).toThrow(
			/"\$100,000", but payment-large-abroad − payment-large-in-us is 50000/
		);
	});

	it('fails when the datum is gone, or the words are not the story’s or not on the chart', () => {
		const wrong: Record<string, Annotation> = {
			gone: { ...ANNOTATIONS.permits, datum: 'permits-all-2099' },
			misquoted: { ...ANNOTATIONS.youth, phrase: 'almost 18%' },
			unlabelled: { ...ANNOTATIONS.permits, message: 'site.name' }
		};
		expect(annotationProblems(DATA, wrong)).toEqual([
			'annotation "gone" (foreign-workers): no datum "permits-all-2099"',
			'annotation "misquoted" (youth-unemployment): excerpt "nearly-18" does not say "almost 18%"',
			'annotation "misquoted" (youth-unemployment): message "youth-unemployment.callout.storySays" does not quote "almost 18%"',
			'annotation "unlabelled" (foreign-workers): message "site.name" does not quote "711,000"'
		]);
	});
});
