import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foreignWorkersData } from './data';
import { parseCsv } from '$lib/data/parse';
import { ForeignersRow } from '$lib/data/schema';
import { EN } from '$lib/i18n/locale';
import { ZH } from '$lib/i18n/current';
import { COLOUR } from '$lib/tokens';
import { expectLegible } from '../kit/legibility';
import { STORY_DATUM, foreignWorkersLayout, sameForm, type ForeignWorkersLayout } from './foreignWorkers.layout';

const csv = readFileSync(new URL('../../data/raw/foreigners-in-china.csv', import.meta.url), 'utf8');
const data = foreignWorkersData(parseCsv('foreigners-in-china.csv', csv, ForeignersRow));
const WIDTHS = [280, 320, 360, 480, 640, 800, 1000, 1280];

type Ok = Extract<ForeignWorkersLayout, { kind: 'ok' }>;
function ok(width: number, datums = data.datums, locale = EN): Ok {
	const layout = foreignWorkersLayout(datums, width, locale);
	if (layout.kind !== 'ok') throw new Error('expected a drawn chart');
	return layout;
}
const text = (layout: Ok) => layout.rows.flatMap((r) => [...r.heading.lines, ...r.items.flatMap((i) => i.label.lines)]);

describe('foreignWorkersLayout', () => {
	it('returns empty with no datums or only series it does not know', () => {
		expect(foreignWorkersLayout([], 640, EN).kind).toBe('empty');
		expect(
			foreignWorkersLayout(
				data.datums.map((d) => ({ ...d, series: 'other' })),
				640,
				EN
			).kind
		).toBe('empty');
	});

	it('draws permits (latest year first), then census counts, then the US, with each figure in its heading', () => {
		const layout = ok(1000);
		expect(layout.rows.map((r) => r.key)).toEqual([
			'permits-all-2023',
			'permits-all-2022',
			'census-2020',
			'census-2010',
			'us-h1b-2019'
		]);
		expect(layout.rows[0].heading.lines.join(' ')).toBe('Residence permits issued in 2023, all purposes: 711,000');
		expect(layout.rows[2].heading.lines.join(' ')).toBe('Foreigners living in China, census of 2020: 845,697');
		expect(layout.rows.every((r) => r.heading.lines.join(' ').match(/\d{3},\d{3}$/))).toBe(true);
	});

	it('splits the 711,000 of 2023 into work and study, and hatches the rest without a figure', () => {
		const [row] = ok(1000).rows;
		expect(row.segments.map((s) => s.datum)).toEqual(['permits-work-2023', 'permits-study-2023', null]);
		expect(row.items.map((i) => i.label.lines.join(' '))).toEqual([
			'Work: 237,000',
			'Study: 208,000',
			'Family and other purposes: not itemised'
		]);
		const rest = row.segments[2];
		const bar = row.segments.reduce((w, s) => w + s.width, 0);
		// The hatched part is what is left of the 711,000: (711,000 − 237,000 − 208,000) / 711,000 of the bar.
		expect(rest.width / bar).toBeCloseTo((711000 - 237000 - 208000) / 711000, 2);
		expect(row.note?.lines.join(' ')).toBe('What the story calls “711,000 foreign workers”');
	});

	it('itemises every purpose of 2022, and no hatched rest when the parts add up to the total', () => {
		const row = ok(1000).rows[1];
		expect(row.segments.map((s) => s.datum)).toEqual([
			'permits-work-2022',
			'permits-study-2022',
			'permits-family-2022',
			'permits-private-2022'
		]);
		expect(row.items.map((i) => i.label.lines.join(' '))).toEqual([
			'Work: 216,000',
			'Study: 70,000',
			'Family reunion: 115,000',
			'Private affairs: 76,000'
		]);
	});

	it('colours only work permits in China’s colour and the US bar in the US colour', () => {
		const layout = ok(1000);
		const colours = layout.rows.flatMap((r) => r.segments.map((s) => [s.datum, s.colour] as const));
		for (const [key, colour] of colours) {
			if (key?.startsWith('permits-work')) expect(colour).toBe(COLOUR.china);
			else if (key?.startsWith('us-h1b')) expect(colour).toBe(COLOUR.us);
			else if (key === null) expect(colour).toBeNull();
			else expect(colour).toBe(COLOUR.other);
		}
	});

	it('draws every bar on one scale: lengths in proportion to the figures', () => {
		const layout = ok(800);
		const length = (key: string) => {
			const row = layout.rows.find((r) => r.key === key)!;
			return row.segments.reduce((w, s) => w + s.width, 0);
		};
		expect(length('census-2020') / length('permits-all-2023')).toBeCloseTo(845697 / 711000, 2);
		expect(length('us-h1b-2019') / length('census-2010')).toBeCloseTo(583420 / 593832, 2);
	});

	it('derives every figure from the data: a changed datum changes its label', () => {
		const edited = data.datums.map((d) => (d.key === 'permits-work-2023' ? { ...d, value: 250000 } : d));
		const [row] = ok(1000, edited).rows;
		expect(row.items[0].label.lines.join(' ')).toBe('Work: 250,000');
		const total = data.datums.map((d) => (d.key === STORY_DATUM ? { ...d, value: 720000 } : d));
		expect(ok(1000, total).rows[0].heading.lines.join(' ')).toContain('720,000');
	});

	it('has one focus point per datum, each inside its own segment', () => {
		const layout = ok(640);
		expect(layout.points.map((p) => p.key).sort()).toEqual(data.datums.map((d) => d.key).sort());
		for (const p of layout.points) {
			expect(p.hit).toBeDefined();
			expect(p.x).toBeGreaterThanOrEqual(p.hit!.left);
			expect(p.x).toBeLessThanOrEqual(p.hit!.right);
		}
	});

	it('writes the figures of a Chinese row in one form (23.7万 beside 20.8万, never beside 845,697)', () => {
		expect(sameForm([237000, 208000], ZH)).toEqual(['23.7万', '20.8万']);
		expect(sameForm([711000, 845697], ZH)).toEqual(['711,000', '845,697']);
		const rows = ok(1000, data.datums, ZH).rows;
		expect(rows[0].items.map((i) => i.label.lines.join(''))).toEqual([
			'工作：23.7万份',
			'学习：20.8万份',
			'家庭团聚等其他事由：来源未细分'
		]);
		expect(text(ok(360, data.datums, ZH)).join('')).not.toMatch(/外$|^籍/m);
	});

	for (const locale of [EN, ZH]) {
		it.each(WIDTHS)(`in ${locale.lang} at %i px: every text inside the chart, none overlapping`, (width) => {
			expectLegible(foreignWorkersLayout(data.datums, width, locale), width, { slack: 1.15 });
		});
	}
});
