import type { FeeComponentRow } from './schema';
import type { Confidence, Source } from './types';

/** The first day the $100,000 payment applied. */
export const PAYMENT_DATE = '2025-09-21';

export type EmployerSize = 'large' | 'small';
export type FeeComponent = FeeComponentRow['component'];

/** One fee line of a petition: what it is, how much, and where that figure comes from. */
export interface FeeItem {
	component: FeeComponent;
	amount: number;
	producer: string;
	sources: Source[];
	confidence: Confidence;
}

export interface PetitionCost {
	/** US dollars, government fees only (no attorney fees, no optional premium processing). */
	total: number;
	items: FeeItem[];
}

const RANK: Record<Confidence, number> = { confirmed: 0, single: 1, inferred: 2, weak: 3 };

/** The weaker of two confidence levels. */
export function weakest(a: Confidence, b: Confidence): Confidence {
	return RANK[a] >= RANK[b] ? a : b;
}

function appliesTo(row: FeeComponentRow, date: string, employer: EmployerSize, workerAbroad: boolean) {
	const inForce = row.effective_from <= date && (row.effective_to === null || date <= row.effective_to);
	const forEmployer = row.employer === 'all' || row.employer === employer;
	const forWorker = row.applies_when === 'always' || workerAbroad;
	return inForce && forEmployer && forWorker;
}

/**
 * What an employer pays the US government for one new H-1B cap petition filed on `date`
 * (ISO `YYYY-MM-DD`), computed from the fee components in force that day.
 * A worker abroad also triggers the $100,000 payment from 21 September 2025.
 * @throws when two amounts of the same component are in force at once (overlapping dates in the data)
 * @example petitionCost(rows, '2025-04-01', 'large', false).total // 3595
 */
export function petitionCost(
	rows: readonly FeeComponentRow[],
	date: string,
	employer: EmployerSize,
	workerAbroad: boolean
): PetitionCost {
	const items: FeeItem[] = [];
	for (const row of rows) {
		if (!appliesTo(row, date, employer, workerAbroad)) continue;
		if (items.some((item) => item.component === row.component)) {
			throw new Error(`two "${row.component}" fees in force on ${date} for a ${employer} employer`);
		}
		const dateConfidence: Confidence = row.date_confidence === 'confirmed' ? 'confirmed' : 'inferred';
		items.push({
			component: row.component,
			amount: row.amount_usd,
			producer: row.producer,
			sources: row.source_url,
			confidence: weakest(row.confidence, dateConfidence)
		});
	}
	return { total: items.reduce((sum, item) => sum + item.amount, 0), items };
}
