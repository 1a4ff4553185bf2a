import { petitionCost, weakest, type EmployerSize } from './h1bFees';
import { lineOf, rowError } from './parse';
import type { DemandRow, FeeComponentRow, ForeignersRow, VisaCostRow, VisaTotalRow, YouthRow } from './schema';
import type { ChartData, Confidence, Datum, Source } from './types';

/** Sources of several rows, each URL once, in first-seen order. */
export function mergeSources(lists: readonly Source[][]): Source[] {
	const seen = new Map<string, Source>();
	for (const list of lists) for (const s of list) if (!seen.has(s.url)) seen.set(s.url, s);
	return [...seen.values()];
}

/** Producers of several rows, each once, in first-seen order. */
export function mergeProducers(lists: readonly string[][]): string[] {
	return [...new Set(lists.flat())];
}

function weakestOf(levels: readonly Confidence[]): Confidence {
	return levels.reduce(weakest, 'confirmed');
}

/** Latest ISO date among `YYYY`, `YYYY-MM` or `YYYY-MM-DD` strings, as a full day. */
function latest(dates: readonly string[]): string {
	const day = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-01` : d);
	return dates.map(day).sort().at(-1) ?? '';
}

// ---------------------------------------------------------------- youth-unemployment

const YOUTH_SERIES: Record<YouthRow['series'], string | null> = {
	'16-24_incl_students_old': 'old-16-24',
	'16-24_excl_students': 'new-16-24',
	'25-29_excl_students': 'new-25-29',
	'30-59_excl_students': 'new-30-59',
	urban_all: null
};

export function youthData(rows: readonly YouthRow[]): ChartData {
	const datums: Datum[] = [];
	for (const row of rows) {
		const series = YOUTH_SERIES[row.series];
		if (!series) continue;
		datums.push({
			key: `${series}-${row.month}`,
			series,
			x: row.month,
			value: row.value_percent,
			unit: 'percent',
			producers: [row.producer],
			sources: row.source_url,
			confidence: row.confidence
		});
	}
	datums.sort((a, b) => a.series.localeCompare(b.series) || a.x.localeCompare(b.x));
	return { id: 'youth-unemployment', datums, updated: latest(datums.map((d) => d.x)) };
}

// ---------------------------------------------------------------- h1b-cost

/** Years shown in the fee history: fees in force on 1 April, the first day cap petitions are filed. */
export const FEE_YEARS = Array.from({ length: 2026 - 1999 + 1 }, (_, i) => 1999 + i);
/** The first day the $100,000 payment applied. */
export const PAYMENT_DATE = '2025-09-21';

export function h1bCostData(rows: readonly FeeComponentRow[]): ChartData {
	const datums: Datum[] = [];
	const employers: EmployerSize[] = ['large', 'small'];
	// The large employer's fees are drawn itemised (stacked); the small employer's as one yearly total.
	for (const year of FEE_YEARS) {
		const cost = petitionCost(rows, `${year}-04-01`, 'large', false);
		for (const item of cost.items) {
			if (item.amount === 0) continue;
			datums.push({
				key: `large-${year}-${item.component}`,
				series: 'large',
				x: String(year),
				stack: item.component,
				value: item.amount,
				unit: 'usd',
				producers: [item.producer],
				sources: item.sources,
				confidence: item.confidence
			});
		}
	}
	for (const year of FEE_YEARS) {
		const cost = petitionCost(rows, `${year}-04-01`, 'small', false);
		datums.push({
			key: `small-${year}`,
			series: 'small',
			x: String(year),
			value: cost.total,
			unit: 'usd',
			producers: mergeProducers(cost.items.map((i) => [i.producer])),
			sources: mergeSources(cost.items.map((i) => i.sources)),
			confidence: weakestOf(cost.items.map((i) => i.confidence)),
			note: 'Total of the fee components in force on 1 April (inferred by arithmetic).'
		});
	}
	for (const employer of employers) {
		for (const abroad of [false, true]) {
			const cost = petitionCost(rows, PAYMENT_DATE, employer, abroad);
			datums.push({
				key: `payment-${employer}-${abroad ? 'abroad' : 'in-us'}`,
				series: `payment-${employer}`,
				x: abroad ? 'abroad' : 'in-us',
				value: cost.total,
				unit: 'usd',
				producers: mergeProducers(cost.items.map((i) => [i.producer])),
				sources: mergeSources(cost.items.map((i) => i.sources)),
				confidence: weakestOf(cost.items.map((i) => i.confidence)),
				note: 'Sum of the fee components in force on 21 September 2025 (inferred by arithmetic).'
			});
		}
	}
	return { id: 'h1b-cost', datums, updated: PAYMENT_DATE };
}

// ---------------------------------------------------------------- visa-costs

/** Routes in display order; each is a total of the component rows tagged with it. */
export const VISA_ROUTES = [
	'us-large-abroad',
	'us-small-abroad',
	'uk-large',
	'uk-small',
	'australia-large',
	'australia-small',
	'us-large',
	'us-small',
	'canada',
	'singapore',
	'germany',
	'china-k-us',
	'china-k-india',
	'japan',
	'china-r'
] as const;

/** Which bars are the United States, China or elsewhere: they get different colours and labels. */
export function visaRouteGroup(route: string): 'us' | 'china' | 'other' {
	return route.startsWith('us-') ? 'us' : route.startsWith('china-') ? 'china' : 'other';
}

/**
 * One datum per route. A route with one component takes that row's value; a route with several takes
 * the research's own total (converted in one step, so it can differ by a cent from the sum of the
 * converted parts), after checking that the parts add up to it within half a cent each.
 * @throws DataError at the offending row: an unknown route id, a route with several components but
 *   no total, a total that disagrees with its parts, a total for an unknown or single-component route;
 *   Error naming the file for a route without any component rows
 */
export function visaCostsData(rows: readonly VisaCostRow[], totals: readonly VisaTotalRow[]): ChartData {
	const known: readonly string[] = VISA_ROUTES;
	for (const row of rows) {
		const unknown = row.route.find((route) => !known.includes(route));
		if (unknown) throw rowError(row, 'route', `unknown route "${unknown}" (routes: ${VISA_ROUTES.join(', ')})`);
	}
	const partsOf = (route: string) => rows.filter((r) => r.route.includes(route));
	for (const total of totals) {
		const count = known.includes(total.route) ? partsOf(total.route).length : -1;
		if (count === -1)
			throw rowError(total, 'route', `unknown route "${total.route}" (routes: ${VISA_ROUTES.join(', ')})`);
		if (count < 2)
			throw rowError(total, 'route', `route "${total.route}" has ${count} component rows; a total needs several`);
	}
	const datums: Datum[] = VISA_ROUTES.map((route) => {
		const parts = partsOf(route);
		if (parts.length === 0) {
			const file = rows.length > 0 ? rowError(rows[0], null, '').file : 'visa-costs.csv';
			throw new Error(`${file}: no component rows for route "${route}"`);
		}
		const sum = parts.reduce((s, r) => s + r.amount_usd, 0);
		let value = parts[0].amount_usd;
		let note: string | undefined;
		if (parts.length > 1) {
			const total = totals.find((t) => t.route === route);
			const lines = parts.map(lineOf).join(', ');
			if (!total) {
				throw rowError(
					parts[0],
					'route',
					`route "${route}" has ${parts.length} component rows (lines ${lines}) but no total row`
				);
			}
			if (Math.abs(total.total_usd - sum) > 0.005 * parts.length + 1e-9) {
				throw rowError(
					total,
					'total_usd',
					`${total.total_usd} for route "${route}" disagrees with the sum of its ${parts.length} component rows (lines ${lines}): ${sum.toFixed(2)}`
				);
			}
			value = total.total_usd;
			if (total.currency !== 'USD') {
				note = `${total.currency} ${total.total_local} converted at IMF SDR rates of ${parts[0].fx_date.slice(0, 10)}.`;
			}
		} else if (parts[0].currency !== 'USD') {
			note = `${parts[0].currency} ${parts[0].amount_local} converted at IMF SDR rates of ${parts[0].fx_date.slice(0, 10)}.`;
		}
		return {
			key: route,
			series: visaRouteGroup(route),
			x: route,
			value,
			unit: 'usd',
			producers: mergeProducers(parts.map((r) => [r.producer])),
			sources: mergeSources(parts.map((r) => r.source_url)),
			confidence: parts.length > 1 ? weakestOf([...parts.map((r) => r.confidence), 'inferred']) : parts[0].confidence,
			...(note ? { note } : {})
		};
	});
	return { id: 'visa-costs', datums, updated: '2025-11-25' };
}

// ---------------------------------------------------------------- h1b-demand

const DEMAND_SERIES: Record<string, string> = {
	'eligible registrations': 'eligible',
	'properly submitted registrations': 'eligible',
	'selected registrations (all rounds)': 'selected'
};

export function h1bDemandData(rows: readonly DemandRow[]): ChartData {
	const datums: Datum[] = [];
	for (const row of rows) {
		if (row.gap) continue;
		const series = DEMAND_SERIES[row.measure];
		if (!series) continue;
		datums.push({
			key: `${series}-${row.fiscal_year}`,
			series,
			x: row.fiscal_year,
			value: row.value,
			unit: 'registrations',
			producers: [row.producer],
			sources: row.sources,
			confidence: row.confidence,
			...(row.measure === 'properly submitted registrations'
				? { note: 'FY2027 figure is "properly submitted" registrations, from one secondary report.' }
				: {})
		});
	}
	const capYears = [...new Set(rows.filter((r) => r.measure.startsWith('annual cap')).map((r) => r.fiscal_year))];
	for (const fy of capYears) {
		const parts = rows.filter((r) => r.fiscal_year === fy && r.measure.startsWith('annual cap'));
		const valued = parts.flatMap((r) => (r.gap ? [] : [r]));
		datums.push({
			key: `cap-${fy}`,
			series: 'cap',
			x: fy,
			value: valued.reduce((sum, r) => sum + r.value, 0),
			unit: 'registrations',
			producers: mergeProducers(valued.map((r) => [r.producer])),
			sources: mergeSources(valued.map((r) => r.sources)),
			confidence: weakestOf(valued.map((r) => r.confidence)),
			note: '65,000 regular cap plus 20,000 for holders of US master’s degrees.'
		});
	}
	datums.sort((a, b) => a.series.localeCompare(b.series) || a.x.localeCompare(b.x));
	return { id: 'h1b-demand', datums, updated: '2026-05-21' };
}

// ---------------------------------------------------------------- foreign-workers

/**
 * Research measures that the chart plots, by series. Different definitions never share a series.
 * Residence permits are split by purpose as far as the sources itemise them (OECD: every purpose for
 * 2022, work and study only for 2023). The official estimates of foreign workers (2004, 2016) are
 * left out of the chart: round figures of unclear definition, explained with their sources in the
 * chart's text instead.
 */
const FOREIGN_SERIES: Record<string, string> = {
	'census: foreign nationals residing on the mainland': 'census',
	'residence permits issued to foreigners (all purposes)': 'permits-all',
	'residence permits issued to foreigners residing in China (all purposes)': 'permits-all',
	'residence permits issued for work': 'permits-work',
	'residence permits issued for study': 'permits-study',
	'residence permits issued for family reunion': 'permits-family',
	'residence permits issued for private affairs': 'permits-private',
	'US comparator: H-1B authorized-to-work population (30 Sep 2019)': 'us-h1b'
};

/**
 * foreigners-in-china.csv has no confidence column; its notes say it. A note that starts with `weak`
 * (`weak: <reason>`) is weak, one that says "single source" or "unverified" is single, any other confirmed.
 */
export function foreignersConfidence(note: string): Confidence {
	if (/^weak(?::| \()/i.test(note)) return 'weak';
	if (/\bsingle source\b|\bunverified\b/i.test(note)) return 'single';
	return 'confirmed';
}

export function foreignWorkersData(rows: readonly ForeignersRow[]): ChartData {
	const datums: Datum[] = [];
	for (const row of rows) {
		const series = FOREIGN_SERIES[row.measure];
		if (!series) continue;
		datums.push({
			key: `${series}-${row.year}`,
			series,
			x: row.year,
			value: row.value,
			unit: row.unit === 'permits' ? 'permits' : 'persons',
			producers: [row.producer],
			sources: row.source_url,
			confidence: foreignersConfidence(row.note),
			...(row.note ? { note: row.note } : {})
		});
	}
	datums.sort((a, b) => a.series.localeCompare(b.series) || a.x.localeCompare(b.x));
	return { id: 'foreign-workers', datums, updated: '2024-01-18' };
}
