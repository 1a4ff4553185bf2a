import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './text';

describe('textWidth', () => {
	it('counts a CJK character as a full em and Latin letters as less', () => {
		expect(textWidth('中国', 12)).toBe(24);
		expect(textWidth('ab', 12)).toBeLessThan(24);
	});
});

describe('wrapText', () => {
	it('breaks Latin text at spaces within the width', () => {
		const lines = wrapText('16-24, students included (old)', 80);
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines.slice(0, -1)) expect(textWidth(line)).toBeLessThanOrEqual(80);
		expect(lines.join(' ')).toBe('16-24, students included (old)');
	});

	it('breaks Chinese text between characters', () => {
		const lines = wrapText('青年失业率统计暂停发布', 48);
		expect(lines.every((l) => textWidth(l) <= 48)).toBe(true);
		expect(lines.join('')).toBe('青年失业率统计暂停发布');
	});

	it('keeps a single long word on its own line rather than dropping it', () => {
		expect(wrapText('Graduation-season', 20)).toEqual(['Graduation-season']);
	});
});
