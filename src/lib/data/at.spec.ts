import { describe, expect, it } from 'vitest';
import { atText, dateOf, parseAt, yearOf, type XKind } from './at';

describe('parseAt(x, kind)', () => {
	it('reads days and months as Dates at UTC midnight, years as numbers, categories as ids', () => {
		expect(parseAt('2025-09-21', 'day')).toEqual({ kind: 'day', date: new Date('2025-09-21T00:00:00Z') });
		expect(parseAt('2025-09', 'month')).toEqual({ kind: 'month', date: new Date('2025-09-01T00:00:00Z') });
		expect(parseAt('2023', 'year')).toEqual({ kind: 'year', year: 2023 });
		expect(parseAt('2027', 'fiscal-year')).toEqual({ kind: 'fiscal-year', year: 2027 });
		expect(parseAt('china-k-us', 'category')).toEqual({ kind: 'category', id: 'china-k-us' });
	});

	it.each<[string, XKind, string]>([
		['2025-13', 'month', '"2025-13" is not a month as YYYY-MM (no such month)'],
		['2025-00', 'month', '"2025-00" is not a month as YYYY-MM (no such month)'],
		['2025-02-30', 'day', '"2025-02-30" is not a date as YYYY-MM-DD (no such day)'],
		['2025-9', 'month', '"2025-9" is not a month as YYYY-MM'],
		['2025', 'month', '"2025" is not a month as YYYY-MM'],
		['FY2027', 'fiscal-year', '"FY2027" is not a fiscal year as YYYY'],
		['2025-09', 'year', '"2025-09" is not a year as YYYY'],
		['Germany', 'category', '"Germany" is not a category id (lowercase letters, digits and hyphens)'],
		['2025', 'category', '"2025" is not a category id (lowercase letters, digits and hyphens)']
	])('rejects "%s" as a %s: %s', (x, kind, reason) => {
		expect(() => parseAt(x, kind)).toThrow(reason);
	});

	it('writes every value back as the x it was read from', () => {
		for (const [x, kind] of [
			['2024-02-29', 'day'],
			['1999-12', 'month'],
			['2004', 'year'],
			['2027', 'fiscal-year'],
			['in-us', 'category']
		] as const)
			expect(atText(parseAt(x, kind))).toBe(x);
	});

	it('gives dates only of days and months, years only of years', () => {
		expect(dateOf(parseAt('2025-09', 'month'))).toEqual(new Date('2025-09-01T00:00:00Z'));
		expect(yearOf(parseAt('2027', 'fiscal-year'))).toBe(2027);
		expect(() => dateOf(parseAt('2025', 'year'))).toThrow('expected a day or a month, got a year');
		expect(() => yearOf(parseAt('abroad', 'category'))).toThrow('expected a year, got a category');
	});
});
