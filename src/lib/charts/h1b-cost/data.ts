// The data this chart draws, from the raw files (relative imports: Node tests load this file as it is).
import { mergeProducers, mergeSources, weakestOf } from '../../data/datasets';
import { PAYMENT_DATE, petitionCost, type EmployerSize } from '../../data/h1bFees';
import { FeeComponentRow } from '../../data/schema';
import { researchNote } from '../../data/notes';
import type { ChartData, ChartDataSource, Datum } from '../../data/types';

/** Years shown in the fee history: fees in force on 1 April, the first day cap petitions are filed. */
export const FEE_YEARS = Array.from({ length: 2026 - 1999 + 1 }, (_, i) => 1999 + i);

const SMALL_TOTAL_NOTE = researchNote(
	'h1b-cost',
	'small-total',
	'Total of the fee components in force on 1 April (inferred by arithmetic).'
);
const PAYMENT_SUM_NOTE = researchNote(
	'h1b-cost',
	'payment-sum',
	'Sum of the fee components in force on 21 September 2025 (inferred by arithmetic).'
);

export function h1bCostData(rows: readonly FeeComponentRow[]): ChartData {
	const datums: Datum[] = [];
	const employers: EmployerSize[] = ['large', 'small'];
	// The large employer's fees are drawn itemised (stacked); the small employer's as one yearly total.
	// A fee in force at $0 (the training fee from October 2003 to December 2004) has lapsed: it is not
	// drawn, and the year's column is flagged `fee-lapsed` (the chart notes the lapse on it).
	for (const year of FEE_YEARS) {
		const cost = petitionCost(rows, `${year}-04-01`, 'large', false);
		const lapsed = cost.items.some((item) => item.amount === 0);
		for (const item of cost.items) {
			if (item.amount === 0) continue;
			datums.push({
				key: `large-${year}-${item.component}`,
				series: 'large',
				x: String(year),
				at: { kind: 'year', year },
				stack: item.component,
				value: item.amount,
				unit: 'usd',
				producers: [item.producer],
				sources: item.sources,
				confidence: item.confidence,
				...(lapsed ? { flag: 'fee-lapsed' as const } : {})
			});
		}
	}
	for (const year of FEE_YEARS) {
		const cost = petitionCost(rows, `${year}-04-01`, 'small', false);
		datums.push({
			key: `small-${year}`,
			series: 'small',
			x: String(year),
			at: { kind: 'year', year },
			value: cost.total,
			unit: 'usd',
			producers: mergeProducers(cost.items.map((i) => [i.producer])),
			sources: mergeSources(cost.items.map((i) => i.sources)),
			confidence: weakestOf(cost.items.map((i) => i.confidence)),
			note: SMALL_TOTAL_NOTE
		});
	}
	for (const employer of employers) {
		for (const abroad of [false, true]) {
			const cost = petitionCost(rows, PAYMENT_DATE, employer, abroad);
			datums.push({
				key: `payment-${employer}-${abroad ? 'abroad' : 'in-us'}`,
				series: `payment-${employer}`,
				x: abroad ? 'abroad' : 'in-us',
				at: { kind: 'category', id: abroad ? 'abroad' : 'in-us' },
				value: cost.total,
				unit: 'usd',
				producers: mergeProducers(cost.items.map((i) => [i.producer])),
				sources: mergeSources(cost.items.map((i) => i.sources)),
				confidence: weakestOf(cost.items.map((i) => i.confidence)),
				note: PAYMENT_SUM_NOTE
			});
		}
	}
	return { id: 'h1b-cost', datums, updated: PAYMENT_DATE };
}

const data: ChartDataSource = (read) =>
	h1bCostData(
		read('h1b-fee-components.csv', FeeComponentRow, {
			key: ['component', 'employer', 'applies_when', 'effective_from']
		})
	);
export default data;
