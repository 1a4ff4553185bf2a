import { describe, expect, it } from 'vitest';
import { DataError, parseCsv } from './parse';
import { DemandRow, FeeComponentRow, VisaCostRow, YouthRow } from './schema';

const YOUTH_HEADER = 'month,series,value_percent,producer,source_title,source_url,confidence';
const NBS = 'National Bureau of Statistics of China,Reuters';
const GOOD = `2025-09,16-24_excl_students,17.7,${NBS},https://example.org/a | https://example.org/b,confirmed_2plus`;

function errorOf(run: () => unknown): DataError {
	try {
		run();
	} catch (error) {
		if (error instanceof DataError) return error;
		throw error;
	}
	throw new Error('expected a DataError');
}

describe('parseCsv', () => {
	it('parses good rows into typed values with their sources', () => {
		const [row] = parseCsv('youth.csv', `${YOUTH_HEADER}\n${GOOD}\n`, YouthRow);
		expect(row.value_percent).toBe(17.7);
		expect(row.confidence).toBe('confirmed');
		expect(row.source_url.map((s) => s.url)).toEqual(['https://example.org/a', 'https://example.org/b']);
	});

	it.each([
		[
			'an empty value',
			`2025-10,16-24_excl_students,,${NBS},https://example.org,single_source`,
			'value_percent',
			/missing/
		],
		[
			'a value that is not a number',
			`2025-10,16-24_excl_students,"17,7%",${NBS},https://example.org,single_source`,
			'value_percent',
			/not a number/
		],
		[
			'a row with an extra field',
			`2025-10,16-24_excl_students,17,${NBS},7,https://example.org,single_source`,
			'(row)',
			/expected 7 fields, found 8/
		],
		[
			'a month in the wrong format',
			`09/2025,16-24_excl_students,17.7,${NBS},https://example.org,single_source`,
			'month',
			/YYYY-MM/
		],
		['an unknown series', `2025-10,16-29,17.7,${NBS},https://example.org,single_source`, 'series', /.+/],
		['a row without a source', `2025-10,16-24_excl_students,17.7,${NBS},,single_source`, 'source_url', /no source URL/],
		[
			'a source that is not a URL',
			`2025-10,16-24_excl_students,17.7,${NBS},NBS press release,single_source`,
			'source_url',
			/not an http/
		],
		[
			'an unknown confidence',
			`2025-10,16-24_excl_students,17.7,${NBS},https://example.org,maybe`,
			'confidence',
			/unknown confidence/
		],
		[
			'a percentage above 100',
			`2025-10,16-24_excl_students,177,${NBS},https://example.org,single_source`,
			'value_percent',
			/.+/
		]
	])('fails on %s, naming the file, the line and the field', (_, badRow, field, reason) => {
		const error = errorOf(() => parseCsv('raw/youth.csv', `${YOUTH_HEADER}\n${GOOD}\n${badRow}\n`, YouthRow));
		expect(error.file).toBe('raw/youth.csv');
		expect(error.line).toBe(3);
		expect(error.field).toBe(field);
		expect(error.message).toMatch(/^raw\/youth\.csv:3: field "/);
		expect(error.message).toMatch(reason);
	});

	it('rejects a fee row whose end date is not a date', () => {
		const csv =
			'component,employer,applies_when,amount_usd,effective_from,effective_to,date_confidence,producer,source_title,source_url,confidence\n' +
			'fraud,all,always,500,2005-03-08,soon,confirmed,U.S. Congress,Visalaw,https://example.org,confirmed\n';
		const error = errorOf(() => parseCsv('fees.csv', csv, FeeComponentRow));
		expect([error.line, error.field]).toEqual([2, 'effective_to']);
	});

	it('rejects a visa-cost row with a currency that is not an ISO code', () => {
		const csv =
			'route,country,visa,component,amount_local,currency,amount_usd,fx_date,producer,source_title,source_url,confidence\n' +
			'uk-large,United Kingdom,Skilled Worker,Visa fee,769,£,1008.2,2025-11-25,UK Home Office,Birketts LLP,https://example.org,single source\n';
		const error = errorOf(() => parseCsv('visa.csv', csv, VisaCostRow));
		expect([error.line, error.field]).toEqual([2, 'currency']);
	});

	it('keeps demand rows marked as gaps without a value, and rejects unmarked empty values', () => {
		const header = 'fiscal_year,measure,value,producer,source_title,source_url,confidence\n';
		const [gap] = parseCsv('d.csv', `${header}2025,H-1B petitions approved,,USCIS,none,(not found),gap\n`, DemandRow);
		expect(gap.gap).toBe(true);
		const error = errorOf(() =>
			parseCsv('d.csv', `${header}2025,eligible registrations,,USCIS,Cozen,https://example.org,confirmed\n`, DemandRow)
		);
		expect([error.line, error.field]).toEqual([2, 'value']);
	});
});
