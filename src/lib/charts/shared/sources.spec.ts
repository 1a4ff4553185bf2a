import { describe, expect, it } from 'vitest';
import { CHART_DATA } from '$lib/server/datasets';
import { CHART_IDS } from '$lib/charts';
import { EN } from '$lib/i18n/locale';
import { ZH } from '$lib/i18n/current';
import { outletOf, sourceLineModel, sourceLineString } from './sources';

describe('outletOf(title)', () => {
	it.each([
		['Reuters via Zawya', 'Reuters'],
		['Caixin via Gate (crypto-exchange feed)', 'Caixin'],
		['Central News Agency (Taiwan)', 'Central News Agency'],
		['Business Standard (citing SCMP)', 'Business Standard'],
		['Nixon Peabody', 'Nixon Peabody']
	])('%j is %j', (title, outlet) => expect(outletOf(title)).toBe(outlet));
});

describe('the source line', () => {
	it('names the producer first and the outlets as "via", in both languages', () => {
		const youth = CHART_DATA['youth-unemployment'];
		expect(sourceLineString(youth, EN)).toMatch(
			/^Source: National Bureau of Statistics of China, monthly releases, via [^,]+, [^,]+ and \d+ others$/
		);
		expect(sourceLineString(youth, ZH)).toMatch(/^来源：中国国家统计局月度数据发布，转引自.+及另外\d+个来源$/);
	});

	it.each(CHART_IDS)('of %s names at least one producer and never a bare domain', (id) => {
		const line = sourceLineString(CHART_DATA[id], EN, 10);
		expect(sourceLineModel(CHART_DATA[id]).producers.length).toBeGreaterThan(0);
		expect(line).not.toMatch(/\b[a-z0-9-]+\.(com|cn|org|net|gov|de|jp|tv)\b/);
	});
});
