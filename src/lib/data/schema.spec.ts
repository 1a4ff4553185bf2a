import { describe, expect, it } from 'vitest';
import { errorOf } from './errorOf';
import { csvParse } from 'd3-dsv';
import { parseCsv } from './parse';
import { confidenceLevel, DemandRow, YouthRow } from './schema';
import { readRaw } from './loadFromDisk';

const HEADER = 'month,series,value_percent,producer,source_title,source_url,confidence';
const row = (producer: string, confidence: string) =>
	`2025-09,16-24_excl_students,17.7,${producer},Reuters via News.Az,https://example.org/a,${confidence}`;

describe('confidence labels', () => {
	it.each([
		['confirmed', 'confirmed'],
		['confirmed_2plus', 'confirmed'],
		['confirmed by 2+', 'confirmed'],
		['confirmed by 2+ (one source gives 442,425)', 'confirmed'],
		['confirmed by 2+ for 2025 (Business Standard, Mint)', 'confirmed'],
		['confirmed approximately (Pew Research Center: "nearly 400,000")', 'confirmed'],
		['confirmed (Federal Register 89 FR 6194, effective 2024-04-01) + 2 law-firm alerts', 'confirmed'],
		['single_source', 'single'],
		['single source', 'single'],
		['single source (amount); start date inferred', 'single'],
		['single source for 77,609 (= 188,400 - 110,791)', 'single'],
		['inferred (from stated change)', 'inferred'],
		['inferred (sum)', 'inferred'],
		['inferred (sum: TOTAL mandatory, beneficiary abroad + US$205 MRV fee)', 'inferred'],
		['weak (mirror only)', 'weak'],
		['weak (Sputnik quote of NBS statement only); inferred (from stated change)', 'weak'],
		['weak: single non-authoritative source (opentro.com)', 'weak']
	])('%j is %s', (label, level) => {
		expect(confidenceLevel(label)).toBe(level);
	});

	it.each([
		'singlehanded guess',
		'confirmedish',
		'confirmed2',
		'Confirmed',
		'inferredly',
		'weak',
		'weakish (mirror)',
		'probably',
		'',
		' confirmed'
	])('%j is not a known form', (label) => {
		expect(confidenceLevel(label)).toBeNull();
	});

	it('knows every label the research data uses', () => {
		const files: [string, string][] = [
			['china-youth-unemployment.csv', 'confidence'],
			['h1b-demand.csv', 'confidence'],
			['h1b-fee-components.csv', 'confidence'],
			['visa-costs.csv', 'confidence']
		];
		for (const [file, column] of files) {
			for (const r of csvParse(readRaw(file))) {
				const label = r[column]!;
				if (/^gap(?:$| \()/.test(label)) continue;
				expect(confidenceLevel(label), `${file}: "${label}"`).not.toBeNull();
			}
		}
	});
});

describe('a data row', () => {
	it('carries its producer and names its first source as the research does', () => {
		const [parsed] = parseCsv(
			'youth.csv',
			`${HEADER}\n${row('National Bureau of Statistics of China', 'weak (mirror only)')}\n`,
			YouthRow
		);
		expect(parsed.producer).toBe('National Bureau of Statistics of China');
		expect(parsed.confidence).toBe('weak');
		expect(parsed.source_url[0]).toEqual({ url: 'https://example.org/a', title: 'Reuters via News.Az' });
	});

	it.each([
		['without a producer', row('', 'single_source'), 'producer', /no producer/],
		[
			'with an unknown confidence form',
			row('NBS', 'singlehanded guess'),
			'confidence',
			/unknown confidence "singlehanded guess"/
		],
		['with a weak label that gives no reason', row('NBS', 'weak'), 'confidence', /unknown confidence "weak"/]
	])('%s fails the build with file, line and field', (_, bad, field, reason) => {
		const good = row('National Bureau of Statistics of China', 'confirmed_2plus');
		const error = errorOf(() => parseCsv('raw/youth.csv', `${HEADER}\n${good}\n${bad}\n`, YouthRow));
		expect(error.message).toMatch(new RegExp(`^raw/youth\\.csv:3: field "${field}": `));
		expect(error.message).toMatch(reason);
	});

	it('in h1b-demand.csv fails on an unknown confidence and on a missing source title', () => {
		const header = 'fiscal_year,measure,value,producer,source_title,source_url,confidence\n';
		const unknown = errorOf(() =>
			parseCsv(
				'd.csv',
				`${header}2027,eligible registrations,1,USCIS,Opentro,https://example.org,rumoured\n`,
				DemandRow
			)
		);
		expect(unknown.message).toMatch(/^d\.csv:2: field "confidence": unknown confidence "rumoured"/);
		const untitled = errorOf(() =>
			parseCsv('d.csv', `${header}2027,eligible registrations,1,USCIS,,https://example.org,weak: one site\n`, DemandRow)
		);
		expect(untitled.message).toMatch(/^d\.csv:2: field "source_title": /);
	});
});
