import { describe, expect, it } from 'vitest';
import { formatters } from './format';

const en = formatters('en');
const zh = formatters('zh');

describe('formatters: numbers', () => {
	it.each([
		[0, '0', '0'],
		[610, '610', '610'],
		[5770, '5,770', '5,770'],
		[85000, '85,000', '8.5万'],
		[100000, '100,000', '10万'],
		[211600, '211,600', '211,600'],
		[35478000, '35,478,000', '3547.8万'],
		[237000, '237,000', '23.7万'],
		[711000, '711,000', '71.1万'],
		[593832, '593,832', '593,832'],
		[758994, '758,994', '758,994'],
		[12220000, '12,220,000', '1222万'],
		[1400000000, '1,400,000,000', '14亿'],
		[1430695, '1,430,695', '1,430,695'],
		[0.06, '0.06', '0.06']
	])('number(%d) is "%s" in English and "%s" in Chinese', (n, inEn, inZh) => {
		expect(en.number(n)).toBe(inEn);
		expect(zh.number(n)).toBe(inZh);
	});

	it('writes every digit with `digits`, in both languages, for rows of labels that must match', () => {
		expect(zh.digits(127600)).toBe('127,600');
		expect(zh.digits(124415)).toBe('124,415');
		expect(en.digits(127600)).toBe('127,600');
	});

	it('never rounds a count in Chinese: 万 only when the figure is a whole number of thousands', () => {
		for (const n of [10001, 10050, 99999, 211600, 343981, 269424, 845697]) {
			expect(zh.number(n).replace(/,/g, '')).toBe(String(n));
		}
	});
});

describe('formatters: compact axis ticks', () => {
	it.each([
		[0, '0', '0'],
		[5000, '5K', '5000'],
		[20000, '20K', '2万'],
		[100000, '100K', '10万'],
		[711000, '711K', '71.1万'],
		[758994, '759K', '75.9万'],
		[1000000, '1M', '100万'],
		[1400000000, '1.4B', '14亿']
	])('compact(%d) is "%s" / "%s"', (n, inEn, inZh) => {
		expect(en.compact(n)).toBe(inEn);
		expect(zh.compact(n)).toBe(inZh);
	});

	it.each([
		[0, '$0', '0美元'],
		[20000, '$20K', '2万美元'],
		[100000, '$100K', '10万美元'],
		[103595, '$103.6K', '10.4万美元']
	])('usdCompact(%d) is "%s" / "%s"', (n, inEn, inZh) => {
		expect(en.usdCompact(n)).toBe(inEn);
		expect(zh.usdCompact(n)).toBe(inZh);
	});
});

describe('formatters: money', () => {
	it.each([
		[0, '$0', '0美元'],
		[610, '$610', '610美元'],
		[3595, '$3,595', '3,595美元'],
		[10959, '$10,959', '10,959美元'],
		[100000, '$100,000', '10万美元'],
		[103595, '$103,595', '103,595美元'],
		[1008.2, '$1,008.20', '1,008.20美元'],
		[-5, '-$5', '-5美元']
	])('usd(%d) is "%s" / "%s"', (n, inEn, inZh) => {
		expect(en.usd(n)).toBe(inEn);
		expect(zh.usd(n)).toBe(inZh);
	});
});

describe('formatters: percentages', () => {
	it.each([
		[17.7, '17.7%'],
		[21.3, '21.3%'],
		[4, '4.0%'],
		[18.85, '18.9%']
	])('percent(%d) is "%s" in both languages', (n, text) => {
		expect(en.percent(n)).toBe(text);
		expect(zh.percent(n)).toBe(text);
	});

	it.each([
		[0, '0%'],
		[5, '5%'],
		[20, '20%'],
		[7.5, '7.5%']
	])('percentTick(%d) is "%s" in both languages', (n, text) => {
		expect(en.percentTick(n)).toBe(text);
		expect(zh.percentTick(n)).toBe(text);
	});
});

describe('formatters: dates', () => {
	it.each([
		['2025-09', 'Sep 2025', '2025年9月'],
		['2023-06', 'Jun 2023', '2023年6月'],
		['2023-12', 'Dec 2023', '2023年12月'],
		['2026-01', 'Jan 2026', '2026年1月']
	])('month("%s") is "%s" / "%s"', (iso, inEn, inZh) => {
		expect(en.month(iso)).toBe(inEn);
		expect(zh.month(iso)).toBe(inZh);
	});

	it.each([
		['2025-09-21', '21 Sep 2025', '2025年9月21日'],
		['2025-11-10', '10 Nov 2025', '2025年11月10日'],
		['2026-01-01', '1 Jan 2026', '2026年1月1日'],
		['2025-12-31', '31 Dec 2025', '2025年12月31日']
	])('day("%s") is "%s" / "%s", in UTC whatever the machine’s time zone', (iso, inEn, inZh) => {
		expect(en.day(iso)).toBe(inEn);
		expect(zh.day(iso)).toBe(inZh);
	});

	it('writes years and fiscal years as each language does', () => {
		expect(en.year(2025)).toBe('2025');
		expect(zh.year(2025)).toBe('2025年');
		expect(en.fiscalYear(2027)).toBe('FY2027');
		expect(zh.fiscalYear(2027)).toBe('2027财年');
	});
});
