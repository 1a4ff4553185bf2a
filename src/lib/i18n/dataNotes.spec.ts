import { describe, expect, it } from 'vitest';
import { CHART_DATA } from '$lib/server/datasets';
import { formatters } from '$lib/format';
import { DATA_NOTES_ZH, withChineseNotes } from './dataNotes.zh';

const notes = [...new Set(Object.values(CHART_DATA).flatMap((c) => c.datums.flatMap((d) => (d.note ? [d.note] : []))))];
const fmtZh = formatters('zh');
const parse = (digits: string, unit = '') =>
	Number(digits.replace(/,/g, '')) * (unit === '万' ? 1e4 : unit === '亿' ? 1e8 : 1);

describe('Chinese data notes', () => {
	it('translate every note of the research data, and no note that is gone', () => {
		expect(notes.length).toBeGreaterThan(0);
		expect(notes.filter((n) => !DATA_NOTES_ZH[n]?.trim())).toEqual([]);
		expect(Object.keys(DATA_NOTES_ZH).filter((n) => !notes.includes(n))).toEqual([]);
	});

	it('keep every figure of 10 or more, and write large ones in 万 as the formatter does', () => {
		const lost: string[] = [];
		for (const [english, chinese] of Object.entries(DATA_NOTES_ZH)) {
			const inZh = new Set([...chinese.matchAll(/(\d+(?:,\d{3})*(?:\.\d+)?)([万亿]?)/g)].map((m) => parse(m[1], m[2])));
			for (const m of english.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)) {
				const n = parse(m[0]);
				if (n >= 10 && !inZh.has(n)) lost.push(`${english}: ${m[0]}`);
			}
			for (const m of chinese.matchAll(/(\d+(?:,\d{3})*(?:\.\d+)?)([万亿])/g)) {
				expect(fmtZh.number(parse(m[1], m[2]))).toBe(m[0]);
			}
		}
		expect(lost).toEqual([]);
	});

	it('put the Chinese note on each datum that has one, and leave the rest as they are', () => {
		const data = CHART_DATA['foreign-workers'];
		const zh = withChineseNotes(data);
		expect(zh.datums).toHaveLength(data.datums.length);
		zh.datums.forEach((d, i) => {
			expect(d.value).toBe(data.datums[i].value);
			expect(d.note).toBe(data.datums[i].note ? DATA_NOTES_ZH[data.datums[i].note!] : data.datums[i].note);
		});
		expect(CHART_DATA['foreign-workers'].datums.some((d) => /census/.test(d.note ?? ''))).toBe(true);
	});
});
