import { describe, expect, it } from 'vitest';
import { errorOf } from './errorOf';
import { csvRecords, parseCsv } from './parse';
import { DemandRow, FeeComponentRow, ForeignersRow, VisaCostRow, YouthRow } from './schema';

const YOUTH_HEADER = 'month,series,value_percent,producer,source_title,source_url,confidence';
const NBS = 'National Bureau of Statistics of China,Reuters';
const GOOD = `2025-09,16-24_excl_students,17.7,${NBS},https://example.org/a | https://example.org/b,confirmed_2plus`;

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
			null,
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
		expect(error.message).toMatch(field ? /^raw\/youth\.csv:3: field "/ : /^raw\/youth\.csv:3: /);
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

/** The message of the DataError that parsing `csv` as youth rows throws. */
const youthError = (csv: string) =>
	errorOf(() => parseCsv('raw/youth.csv', csv, YouthRow, { key: ['month', 'series'] })).message;

describe('parseCsv: numbers are plain decimals', () => {
	it.each(['0', '0.5', '17.7', '100'])('reads %j', (value) => {
		const [row] = parseCsv(
			'y.csv',
			`${YOUTH_HEADER}\n2025-10,16-24_excl_students,${value},${NBS},https://example.org,single_source\n`,
			YouthRow
		);
		expect(row.value_percent).toBe(Number(value));
	});

	it.each(['0x7', '1e3', '"17,7"', ' 7', '7 ', '+7', '.5', '7.', '007', 'Infinity', '1_0', '７'])(
		'rejects %s, quoting it',
		(cell) => {
			const value = cell.replace(/^"(.*)"$/, '$1');
			expect(
				youthError(
					`${YOUTH_HEADER}\n${GOOD}\n2025-10,16-24_excl_students,${cell},${NBS},https://example.org,single_source\n`
				)
			).toBe(
				`raw/youth.csv:3: field "value_percent": "${value}" is not a number written as a plain decimal (digits with an optional "." and decimals, e.g. 17.7)`
			);
		}
	);
});

describe('parseCsv: rows, files and lines', () => {
	it("rejects a row that repeats another row's key, naming both lines", () => {
		const repeat = GOOD.replace('17.7', '18.1');
		expect(
			youthError(
				`${YOUTH_HEADER}\n${GOOD}\n2025-10,16-24_excl_students,1,${NBS},https://example.org,single_source\n${repeat}\n`
			)
		).toBe('raw/youth.csv:4: field "month": "2025-09", series "16-24_excl_students" repeats line 2');
	});

	it('accepts the same month in two series', () => {
		const other = GOOD.replace('16-24_excl_students', '25-29_excl_students');
		expect(
			parseCsv('y.csv', `${YOUTH_HEADER}\n${GOOD}\n${other}\n`, YouthRow, { key: ['month', 'series'] })
		).toHaveLength(2);
	});

	it.each([
		['an empty file', '', 'raw/youth.csv:1: the file is empty (expected a header line, then data rows)'],
		['a file of blank lines', '\n\n', 'raw/youth.csv:1: the file is empty (expected a header line, then data rows)'],
		['a header without rows', `${YOUTH_HEADER}\n`, 'raw/youth.csv:1: the file has a header but no data rows'],
		['a header without rows or line end', YOUTH_HEADER, 'raw/youth.csv:1: the file has a header but no data rows'],
		[
			'a column missing from the header',
			`month,series,value_percent,producer,source_title,source_url\n2025-09,16-24_excl_students,17.7,${NBS},https://example.org\n`,
			'raw/youth.csv:1: field "confidence": column missing from the header'
		],
		[
			'a column named twice',
			`${YOUTH_HEADER},month\n${GOOD},2025-09\n`,
			'raw/youth.csv:1: field "month": column named twice in the header'
		],
		['a blank line between rows', `${YOUTH_HEADER}\n${GOOD}\n\n${GOOD}\n`, 'raw/youth.csv:3: blank line between rows'],
		[
			'a quoted field that is never closed',
			`${YOUTH_HEADER}\n${GOOD}\n2025-10,"16-24_excl_students,17.7,${NBS},https://example.org,single_source\n`,
			'raw/youth.csv:3: a quoted field is never closed'
		],
		[
			'an undoubled quote inside a quoted field',
			`${YOUTH_HEADER}\n${GOOD}\n2025-10,"16-24"excl",17.7,https://example.org,single\n`,
			'raw/youth.csv:3: a quote inside a quoted field must be doubled ("")'
		],
		[
			'a quoted field left open until a later line',
			`${YOUTH_HEADER}\n${GOOD}\n2025-10,"16-24_excl_students,17.7,https://example.org,single\n2025-11,"x",1,https://example.org,single\n`,
			'raw/youth.csv:4: a quote inside a quoted field must be doubled ("") (the field opened on line 3)'
		],
		[
			'a quote inside an unquoted field',
			`${YOUTH_HEADER}\n${GOOD}\n2025-10,16-24"excl,17.7,${NBS},https://example.org,single_source\n`,
			'raw/youth.csv:3: a quote inside an unquoted field (quote the whole field and double the quote)'
		],
		[
			'URLs joined by "|" without spaces',
			`${YOUTH_HEADER}\n2025-10,16-24_excl_students,17.7,${NBS},https://example.org/a|https://example.org/b,single_source\n`,
			'raw/youth.csv:2: field "source_url": "https://example.org/a|https://example.org/b" joins URLs with "|" without spaces: separate them with " | "'
		],
		[
			'URLs joined by ";" without spaces',
			`${YOUTH_HEADER}\n2025-10,16-24_excl_students,17.7,${NBS},https://example.org/a;https://example.org/b,single_source\n`,
			'raw/youth.csv:2: field "source_url": "https://example.org/a;https://example.org/b" joins URLs with ";" without spaces: separate them with " ; "'
		]
	])('rejects %s', (_, csv, message) => {
		expect(youthError(csv)).toBe(message);
	});

	it('keeps trailing blank lines and a byte-order mark harmless', () => {
		expect(parseCsv('y.csv', `\uFEFF${YOUTH_HEADER}\r\n${GOOD}\r\n\r\n`, YouthRow)).toHaveLength(1);
	});

	it.each([
		['LF', '\n'],
		['CRLF', '\r\n']
	])('counts lines as an editor does after a quoted field with line breaks (%s)', (_, eol) => {
		const header = 'year,measure,value,unit,producer,source_title,source_url,note';
		const csv = [
			header,
			`2010,census,593832,persons,NBS,NBS,https://example.org,"first line${eol}second line${eol}third, with a ""quote"""`,
			'2011,census,600000,persons,NBS,NBS,https://example.org,',
			'2012,census,0x7,persons,NBS,NBS,https://example.org,'
		].join(eol);
		const error = errorOf(() => parseCsv('f.csv', `${csv}${eol}`, ForeignersRow));
		expect(error.message).toMatch(/^f\.csv:6: field "value": "0x7"/);
		expect(parseCsv('f.csv', csv.split(eol).slice(0, 5).join(eol), ForeignersRow)[0].note).toBe(
			`first line${eol}second line${eol}third, with a "quote"`
		);
	});
});

describe('csvRecords', () => {
	it('gives each record the line it starts on', () => {
		expect(csvRecords('x.csv', 'a,b\n"1\n2",3\r\n4,""\r5,6')).toEqual([
			{ cells: ['a', 'b'], line: 1 },
			{ cells: ['1\n2', '3'], line: 2 },
			{ cells: ['4', ''], line: 4 },
			{ cells: ['5', '6'], line: 5 }
		]);
	});
});
