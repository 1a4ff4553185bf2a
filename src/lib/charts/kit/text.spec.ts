import { describe, expect, it } from 'vitest';
import { LABEL_SIZE, measure, wrap } from './text';
import { zh } from '$lib/i18n/messages.zh';
import { en } from '$lib/i18n/messages.en';

describe('measure', () => {
	it('counts each Chinese character and full-width punctuation mark as one em', () => {
		expect(measure('失业率')).toBe(3 * LABEL_SIZE);
		expect(measure('（旧口径）', { size: 10 })).toBe(50);
		expect(measure('暂停发布，', { size: 16 })).toBe(80);
	});

	it('counts Latin letters and digits narrower than one em', () => {
		const w = measure('2025');
		expect(w).toBeGreaterThan(1.5 * LABEL_SIZE);
		expect(w).toBeLessThan(4 * LABEL_SIZE);
	});

	it('draws dashes and curly quotes one em wide in Chinese text, narrow in English text', () => {
		expect(measure('16—24岁') - measure('1624岁')).toBe(LABEL_SIZE);
		expect(measure('16—24') - measure('1624')).toBeLessThan(LABEL_SIZE);
		expect(measure('“71.1万”') - measure('71.1万')).toBe(2 * LABEL_SIZE);
	});

	it('makes a Chinese label wider than its length in Latin letters would suggest', () => {
		// 8 characters of Chinese are much wider than 8 Latin letters.
		expect(measure('毕业季高点暂停发布')).toBeGreaterThan(measure('graduate peak'));
	});
});

describe('wrap', () => {
	it('breaks Latin text at spaces only', () => {
		expect(wrap('16-24, students included (old)', 100)).toEqual(['16-24, students', 'included (old)']);
		for (const line of wrap('Graduation-season peak', 80)) expect(line).not.toMatch(/^\s|\s$/);
	});

	it('breaks Chinese text between characters, every line within the width', () => {
		const lines = wrap('签发的居留许可（全部类别）', 5 * LABEL_SIZE);
		expect(lines.join('')).toBe('签发的居留许可（全部类别）');
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(5 * LABEL_SIZE);
	});

	it('breaks Chinese text after its punctuation or before a bracket when the phrase fits', () => {
		expect(wrap('16—24岁，含在校生（旧口径）', 100)).toEqual(['16—24岁，', '含在校生', '（旧口径）']);
		expect(wrap('16—24岁，含在校生（旧口径）', 150)).toEqual(['16—24岁，含在校生', '（旧口径）']);
		expect(wrap('美国：H-1B签证持有人（USCIS估计）', 130)).toEqual(['美国：H-1B签证持有人', '（USCIS估计）']);
	});

	it('keeps Latin words and numbers inside Chinese text whole', () => {
		const lines = wrap('美国：H-1B签证持有人（USCIS估计）', 6 * LABEL_SIZE);
		expect(lines.join('')).toBe('美国：H-1B签证持有人（USCIS估计）');
		expect(lines.some((l) => l.includes('H-1B'))).toBe(true);
		expect(lines.some((l) => l.includes('USCIS'))).toBe(true);
		expect(wrap('16—24岁，含在校生（旧口径）', 50).some((l) => l.includes('16—24'))).toBe(true);
	});

	it('keeps a number with the Chinese unit after it (2003年, 10万)', () => {
		// Found in the Chinese export of h1b-cost: "…（2003" on one line and "年10月…" on the next.
		const lines = wrap('培训费暂停征收（2003年10月至2004年12月）', 200, { size: 19 });
		expect(lines.join('')).toBe('培训费暂停征收（2003年10月至2004年12月）');
		for (const line of lines) expect(line).not.toMatch(/^[年月万]/);
		expect(wrap('共10万美元', 3 * LABEL_SIZE)).toEqual(['共', '10万', '美元']);
	});

	it('never leaves one Chinese character alone on the last line', () => {
		// Found in the Chinese foreign-workers chart at 360 px: "工作类居留许" / "可".
		expect(wrap('工作类居留许可', 6 * LABEL_SIZE)).toEqual(['工作类居留', '许可']);
		expect(wrap('工作类居留许可。', 6 * LABEL_SIZE)).toEqual(['工作类居留', '许可。']);
		// Too short a line before it to give anything away, or Latin text: unchanged.
		expect(wrap('许可', LABEL_SIZE)).toEqual(['许', '可']);
		expect(wrap('工作类居留许可', 6 * LABEL_SIZE).join('')).toBe('工作类居留许可');
		expect(wrap('work permits issued', 60)).toEqual(['work', 'permits', 'issued']);
	});

	it('never breaks a Chinese word across lines when the word fits on a line (多少, 外籍)', () => {
		// Found in the Chinese edition: 有多 / 少外国人, 普查常住外 / 籍人员.
		expect(wrap('有多少外国人在中国生活和工作', 2.5 * LABEL_SIZE)).not.toContain('少外国人');
		for (const width of [2, 3, 4, 5, 6, 7].map((n) => n * LABEL_SIZE)) {
			for (const line of wrap('有多少外国人在中国生活和工作', width)) {
				expect(line).not.toMatch(/^少|多$/);
			}
			for (const line of wrap('普查常住外籍人员', width)) expect(line).not.toMatch(/^籍|外$/);
		}
	});

	it('never starts a line with closing punctuation or ends one with opening punctuation', () => {
		for (const text of Object.values(zh)) {
			for (const width of [40, 64, 100, 150]) {
				const lines = wrap(text, width);
				expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
				for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。、；：？！）」』》”%]/);
				for (const line of lines.slice(0, -1)) expect(line).not.toMatch(/[（「『《“]$/);
			}
		}
	});

	it('fits every Chinese series label of the youth chart in the label column of a 360 px chart', () => {
		// The label column at 360 px is max(64, 360 × 0.24) = 86.4 px wide.
		const column = Math.min(150, Math.max(64, 360 * 0.24));
		for (const key of ['old-16-24', 'new-16-24', 'new-25-29', 'new-30-59'] as const) {
			const lines = wrap(zh[`youth-unemployment.series.${key}`], column);
			expect(lines.length).toBeLessThanOrEqual(3);
			for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(column);
		}
	});

	it('returns the text unchanged when it fits, in either language', () => {
		expect(wrap(zh['youth-unemployment.series.new-25-29'], 200)).toEqual(['25—29岁']);
		expect(wrap(en['youth-unemployment.series.new-25-29'], 200)).toEqual(['25-29']);
		expect(wrap('', 100)).toEqual([]);
	});
});
