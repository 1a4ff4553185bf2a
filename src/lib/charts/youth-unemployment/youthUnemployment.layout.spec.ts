import { describe, expect, it } from 'vitest';
import { CHART_DATA } from '$lib/server/datasets';
import { EN } from '$lib/i18n/locale';
import { ZH } from '$lib/i18n/current';
import { expectLegible, layoutTexts } from '../kit/legibility';
import { blockBox, measure } from '../kit/text';
import { COLOUR } from '$lib/tokens';
import type { Datum } from '$lib/data/types';
import { SLACK, youthUnemploymentLayout, type YouthLayout } from './youthUnemployment.layout';
import { youthCallouts } from './youthUnemployment.callouts';
import { loadData } from '$lib/data/load';
import { chartSources, readRawFiles } from '$lib/data/loadFromDisk';

type Ok = Extract<YouthLayout, { kind: 'ok' }>;
function ok(width: number, locale = EN, datums: readonly Datum[] = data.datums): Ok {
	const layout = youthUnemploymentLayout(datums, width, locale);
	if (layout.kind !== 'ok') throw new Error('empty layout');
	return layout;
}
const calloutText = (layout: Ok) => Object.fromEntries(layout.callouts.map((c) => [c.kind, c.label.lines.join(' ')]));

const data = CHART_DATA['youth-unemployment'];
// From 300 px, the narrowest column publishers embed into (the legibility spec covers 320 to 1280).
const WIDTHS = [300, 320, 360, 414, 520, 640, 900, 1200];

describe('youthUnemploymentLayout labels', () => {
	for (const locale of [EN, ZH]) {
		it.each(WIDTHS)(`in ${locale.lang} at %d px: no label overlaps another, all inside the chart`, (width) => {
			const layout = youthUnemploymentLayout(data.datums, width, locale);
			// Four series labels, the suspension note, four callouts and the axis title, besides the ticks.
			expect(layoutTexts(layout).filter((t) => !/^[xy]-/.test(t.key))).toHaveLength(10);
			expectLegible(layout, width, { slack: SLACK });
		});
	}

	it('keeps the Chinese suspension label on one line even where the band is narrow', () => {
		const layout = youthUnemploymentLayout(data.datums, 360, ZH);
		expect(layout.kind === 'ok' && layout.band?.label.lines).toEqual(['暂停发布']);
	});

	it('marks the suspension between the figures the data flags: July to December 2023', () => {
		expect(data.datums.filter((d) => d.flag).map((d) => [d.key, d.flag])).toEqual([
			['new-16-24-2023-12', 'resumed'],
			['old-16-24-2023-06', 'suspended']
		]);
		const layout = ok(900);
		const cx = (key: string) => layout.series.flatMap((s) => s.dots).find((d) => d.key === key)!.cx;
		const month = cx('new-16-24-2024-01') - cx('new-16-24-2023-12');
		expect(Math.abs(layout.band!.x0 - (cx('old-16-24-2023-06') + month))).toBeLessThan(1);
		expect(Math.abs(layout.band!.x1 - cx('new-16-24-2023-12'))).toBeLessThan(1);
	});

	it('moves the suspension with the data, and draws none when the data flags none', async () => {
		// Without the December 2023 row, the new series (and so the publication) resumes in January 2024.
		const raw = readRawFiles();
		const file = 'china-youth-unemployment.csv';
		const lines = raw[file].split('\n').filter((l) => !l.startsWith('2023-12,16-24_excl_students,'));
		const edited = loadData({ ...raw, [file]: lines.join('\n') }, await chartSources()).charts['youth-unemployment'];
		expect(edited.datums.find((d) => d.flag === 'resumed')?.key).toBe('new-16-24-2024-01');
		const layout = ok(900, EN, edited.datums);
		const jan = layout.series.flatMap((s) => s.dots).find((d) => d.key === 'new-16-24-2024-01')!;
		expect(Math.abs(layout.band!.x1 - jan.cx)).toBeLessThan(1);
		expect(layout.band!.x1 - layout.band!.x0).toBeGreaterThan(ok(900).band!.x1 - ok(900).band!.x0);
		const unflagged = data.datums.map((d) => ({ ...d, flag: undefined }));
		expect(ok(900, EN, unflagged).band).toBeNull();
	});

	it('labels the Chinese series within the right-hand column at 360 px', () => {
		const layout = youthUnemploymentLayout(data.datums, 360, ZH);
		if (layout.kind !== 'ok') throw new Error('empty layout');
		for (const s of layout.series.filter((s) => s.key !== 'old-16-24')) {
			for (const line of s.label.lines) expect(s.label.x + measure(line)).toBeLessThanOrEqual(360);
		}
	});

	it('writes the four values the story turns on beside their dots, from the data', () => {
		expect(calloutText(ok(1000))).toEqual({
			record: 'Record 21.3%, Jun 2023',
			peak: 'Peak 18.9%, Aug 2025',
			story: 'Sep 2025: 17.7% AP: “nearly 18%”',
			latest: 'Latest 15.6%, May 2026'
		});
		expect(calloutText(ok(1000, ZH))).toEqual({
			record: '纪录21.3%，2023年6月',
			peak: '高点18.9%，2025年8月',
			story: '2025年9月：17.7% 美联社：“接近18%”',
			latest: '最新15.6%，2026年5月'
		});
	});

	it('follows the data: a changed datum changes its callout, a new high moves the peak', () => {
		const edited = data.datums.map((d) =>
			d.key === 'new-16-24-2025-09' ? { ...d, value: 17.6 } : d.key === 'new-16-24-2024-08' ? { ...d, value: 19.4 } : d
		);
		const text = calloutText(ok(1000, EN, edited));
		expect(text.story).toBe('Sep 2025: 17.6% AP: “nearly 18%”');
		expect(text.peak).toBe('Peak 19.4%, Aug 2024');
		expect(youthCallouts(edited).map((c) => c.datum.key)).toEqual([
			'old-16-24-2023-06',
			'new-16-24-2024-08',
			'new-16-24-2025-09',
			'new-16-24-2026-05'
		]);
	});

	it('labels a datum once, under its first kind, and leaves out a kind with no data', () => {
		const onlyOld = data.datums.filter((d) => d.series === 'old-16-24');
		expect(youthCallouts(onlyOld).map((c) => c.kind)).toEqual(['record']);
		const upToStory = data.datums.filter((d) => d.series !== 'new-16-24' || d.x <= '2025-09');
		expect(youthCallouts(upToStory).map((c) => c.kind)).toEqual(['record', 'peak', 'story']);
	});

	it('puts each callout next to its dot, or links it with a leader line', () => {
		for (const width of WIDTHS) {
			const layout = ok(width);
			for (const c of layout.callouts) {
				const dot = layout.series.flatMap((s) => s.dots).find((d) => d.key === c.datum)!;
				const box = blockBox(c.label, SLACK);
				const distance = Math.max(box.top - dot.cy, dot.cy - box.bottom, box.left - dot.cx, dot.cx - box.right);
				if (c.leader) expect([c.leader.x1, c.leader.y1 > dot.cy ? 'below' : 'above']).toBeTruthy();
				else expect(distance, `${c.kind} at ${width} px`).toBeLessThanOrEqual(14);
			}
		}
	});

	it('gives the 16–24 lines China’s colour and greys out the older age groups', () => {
		const colours = Object.fromEntries(ok(640).series.map((s) => [s.key, [s.colour, s.recede]]));
		expect(colours).toEqual({
			'new-30-59': [COLOUR.other, true],
			'new-25-29': [COLOUR.other, true],
			'old-16-24': [COLOUR.china, false],
			'new-16-24': [COLOUR.china, false]
		});
	});
});
