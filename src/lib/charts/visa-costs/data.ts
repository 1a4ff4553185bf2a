// The data this chart draws, from the raw files (relative imports: Node tests load this file as it is).
import { mergeProducers, mergeSources, weakestOf } from '../../data/datasets';
import { lineOf, rowError } from '../../data/parse';
import { researchNote, type NoteKey } from '../../data/notes';
import { VisaCostRow, VisaTotalRow } from '../../data/schema';
import type { ChartData, ChartDataSource, Datum } from '../../data/types';
import { FEE_NOT_PUBLISHED, VISA_ROUTES, visaRouteGroup } from './routes';

/** The research's note on a sum in another currency, e.g. "GBP 8359 converted at IMF SDR rates of 2025-11-25." */
const converted = (currency: string, amount: number, fxDate: string) =>
	`${currency} ${amount} converted at IMF SDR rates of ${fxDate.slice(0, 10)}.`;

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
		let note: NoteKey | undefined;
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
				note = researchNote('visa-costs', route, converted(total.currency, total.total_local, parts[0].fx_date));
			}
		} else if (parts[0].currency !== 'USD') {
			note = researchNote('visa-costs', route, converted(parts[0].currency, parts[0].amount_local, parts[0].fx_date));
		}
		return {
			key: route,
			series: visaRouteGroup(route),
			x: route,
			at: { kind: 'category', id: route },
			value,
			unit: 'usd',
			producers: mergeProducers(parts.map((r) => [r.producer])),
			sources: mergeSources(parts.map((r) => r.source_url)),
			confidence: parts.length > 1 ? weakestOf([...parts.map((r) => r.confidence), 'inferred']) : parts[0].confidence,
			...(note ? { note } : {}),
			...(FEE_NOT_PUBLISHED.includes(route) ? { flag: 'fee-unpublished' as const } : {})
		};
	});
	return { id: 'visa-costs', datums, updated: '2025-11-25' };
}

const data: ChartDataSource = (read) =>
	visaCostsData(
		read('visa-costs.csv', VisaCostRow, { key: ['country', 'visa', 'component'] }),
		read('visa-cost-totals.csv', VisaTotalRow, { key: ['route'] })
	);
export default data;
