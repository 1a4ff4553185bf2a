import { describe, expect, it } from 'vitest';
import { en } from './messages.en';
import { excerptTranslations, zh } from './messages.zh';
import { EXCERPTS } from '$lib/story/excerpts';
import { formatters } from '$lib/format';

const EN = en as Record<string, string>;
const ZH = zh as Record<string, string>;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
	it('give every English key a non-empty Chinese text', () => {
		const missing = Object.keys(EN).filter((k) => !ZH[k]?.trim());
		expect(missing).toEqual([]);
	});

	it('give every Chinese key a non-empty English text', () => {
		const missing = Object.keys(ZH).filter((k) => !EN[k]?.trim());
		expect(missing).toEqual([]);
	});

	it('use the same {placeholders} for each key in both languages', () => {
		const mismatched = Object.keys(EN).filter(
			(k) => k in ZH && placeholders(EN[k]).join() !== placeholders(ZH[k]).join()
		);
		expect(mismatched).toEqual([]);
	});

	it('translate every visible text: a Chinese text equal to the English one is Latin-only by design', () => {
		// Only acronyms or proper names may stay the same (none today); never an English sentence.
		const same = Object.keys(EN).filter((k) => EN[k] === ZH[k] && /[a-z]{3,} [a-z]{3,}/i.test(EN[k]));
		expect(same).toEqual([]);
	});

	it('write Chinese without ASCII punctuation between Chinese characters', () => {
		const bad = Object.entries(ZH).filter(([, v]) => /[\u4e00-\u9fff][,;:?!]|[,;:?!][\u4e00-\u9fff]/.test(v));
		expect(bad.map(([k]) => k)).toEqual([]);
	});
});

describe('figures written in the catalogues', () => {
	const fmtZh = formatters('zh');
	const fmtEn = formatters('en');
	// Rounded to cents: 10.38 × 10,000 is 103,800.00000000001 in floating point.
	const parseCn = (digits: string, unit: string) =>
		Math.round(Number(digits.replace(/,/g, '')) * (unit === '万' ? 1e4 : unit === '亿' ? 1e8 : 1) * 100) / 100;

	it('write Chinese dollar sums exactly as the formatter does (10万美元, 103,595美元)', () => {
		const found: string[] = [];
		for (const text of Object.values(ZH)) {
			for (const m of text.matchAll(/(\d+(?:,\d{3})*(?:\.\d+)?)([万亿]?)美元/g)) {
				found.push(m[0]);
				expect(fmtZh.usd(parseCn(m[1], m[2]))).toBe(m[0]);
			}
		}
		expect(found.length).toBeGreaterThan(10);
	});

	it('write Chinese counts of 万 and 亿 exactly as the formatter does (71.1万, never 71,1万)', () => {
		for (const text of Object.values(ZH)) {
			for (const m of text.matchAll(/(\d+(?:,\d{3})*(?:\.\d+)?)([万亿])(?!美元)/g)) {
				expect(fmtZh.number(parseCn(m[1], m[2]))).toBe(m[0]);
			}
		}
	});

	it('write every Chinese figure of 10,000 or more in 万 or 亿 when that loses nothing (71.1万, not 711,000)', () => {
		const spelled: string[] = [];
		for (const text of Object.values(ZH)) {
			for (const m of text.matchAll(/(?<![\d.])\d{1,3}(?:,\d{3})+(?![\d.])/g)) {
				const n = Number(m[0].replace(/,/g, ''));
				if (fmtZh.number(n) !== m[0]) spelled.push(m[0]);
			}
		}
		expect(spelled).toEqual([]);
	});

	it('write English dollar sums as the formatter does ($100,000)', () => {
		for (const text of Object.values(EN)) {
			for (const m of text.matchAll(/\$(\d+(?:,\d{3})*)/g)) {
				expect(fmtEn.usd(Number(m[1].replace(/,/g, '')))).toBe(m[0]);
			}
		}
	});

	it('keep every number of the English text in the Chinese text', () => {
		// Percentages and plain figures must be identical; counts may be written in 万 or 亿.
		// "2018-19" in English is 2018—2019 in Chinese (an ISO day, 2025-11-25, is not a range).
		const years = (text: string) => text.replace(/\b(\d\d)(\d\d)-(\d\d)\b(?!-\d)/g, '$1$2-$1$3');
		// "A$10 million" in English is 1000万澳元 in Chinese.
		const scale: Record<string, number> = { million: 1e6, billion: 1e9 };
		const numbers = (text: string, cn: boolean) =>
			[...years(text).matchAll(/(\d+(?:,\d{3})*(?:\.\d+)?)(?:([万亿])|\s(million|billion)\b)?/g)]
				.map((m) => (cn ? parseCn(m[1], m[2] ?? '') : Number(m[1].replace(/,/g, '')) * (scale[m[3] ?? ''] ?? 1)))
				.filter((n) => n >= 10)
				.sort((a, b) => a - b);
		const differences = Object.keys(EN)
			.map((k) => {
				const inEn = new Set(numbers(EN[k], false));
				const inZh = new Set(numbers(ZH[k], true));
				const lost = [...inEn].filter((n) => !inZh.has(n));
				return lost.length ? `${k}: ${lost.join(', ')}` : null;
			})
			.filter(Boolean);
		expect(differences).toEqual([]);
	});
});

describe('excerpt translations', () => {
	it('translate every story excerpt, and nothing else', () => {
		expect(Object.keys(excerptTranslations).sort()).toEqual(EXCERPTS.map((e) => e.id).sort());
		for (const text of Object.values(excerptTranslations)) expect(text.trim()).not.toBe('');
	});

	it('keep the quotations’ figures', () => {
		for (const e of EXCERPTS) {
			const t = excerptTranslations[e.id];
			if (e.quote.includes('$100,000')) expect(t).toContain('10万美元');
			if (e.quote.includes('711,000')) expect(t).toContain('71.1万');
			if (e.quote.includes('18%')) expect(t).toContain('18%');
			if (e.quote.includes('1.4 billion')) expect(t).toContain('14亿');
		}
	});
});
