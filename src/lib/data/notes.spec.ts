import { describe, expect, it } from 'vitest';
import { CHART_DATA } from '$lib/server/datasets';
import { EN } from '$lib/i18n/locale';
import { ZH } from '$lib/i18n/current';
import { en } from '$lib/i18n/messages.en';
import { tableModel } from '$lib/charts/shared/dataTable';
import { researchNote } from './notes';

describe('research notes as message keys', () => {
	it('researchNote gives the key whose English words are the research’s', () => {
		expect(
			researchNote('h1b-demand', 'cap', '65,000 regular cap plus 20,000 for holders of US master’s degrees.')
		).toBe('h1b-demand.note.cap');
	});

	it('fails the build when a note has no message, or the research reworded it', () => {
		expect(() => researchNote('foreign-workers', 'permits-all-2099', 'New note')).toThrow(
			'the note "New note" has no message "foreign-workers.note.permits-all-2099" in messages.en.ts and messages.zh.ts'
		);
		expect(() => researchNote('h1b-demand', 'cap', '65,000 regular cap.')).toThrow(
			/research's note for "h1b-demand.note.cap" is now "65,000 regular cap.", but messages.en.ts says/
		);
	});

	it('uses every note key of the catalogues, and gives each datum with a note its words in both languages', () => {
		const used = new Set(Object.values(CHART_DATA).flatMap((c) => c.datums.flatMap((d) => (d.note ? [d.note] : []))));
		expect(used.size).toBeGreaterThan(20);
		expect(Object.keys(en).filter((k) => k.includes('.note.') && !used.has(k as never))).toEqual([]);
		const permits = CHART_DATA['foreign-workers'].datums.find((d) => d.key === 'permits-all-2023')!;
		expect(EN.t(permits.note!)).toMatch(/^NIA press conference 18 Jan 2024/);
		expect(ZH.t(permits.note!)).toMatch(/^国家移民管理局2024年1月18日新闻发布会/);
	});

	it('shows the note in the data table in the reader’s language', () => {
		const row = (locale: typeof EN) =>
			tableModel(CHART_DATA['visa-costs'], locale).rows.find((r) => r.key === 'uk-large')?.note;
		expect(row(EN)).toBe('GBP 8359 converted at IMF SDR rates of 2025-11-25.');
		expect(row(ZH)).toBe('8,359英镑，按国际货币基金组织2025年11月25日的特别提款权汇率折算。');
	});
});
