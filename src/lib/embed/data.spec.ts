import { describe, expect, it } from 'vitest';
import { EMBED_SOURCES, embedData, packChartData, unpackChartData } from './data';
import { CHART_DATA } from '$lib/server/datasets';
import { CHART_IDS } from '$lib/charts';
import { sourceLineModel } from '$lib/charts/shared/sources';
import { describeDatum } from '$lib/charts/shared/describe';
import { EN } from '$lib/i18n/locale';
import type { ChartData } from '$lib/data/types';

describe.each(CHART_IDS)('embedData(%s)', (id) => {
	const full = CHART_DATA[id];
	const before = structuredClone(full);
	const slim = embedData(full);

	it('keeps every datum, key and value, and how many sources each has', () => {
		const strip = (d: ChartData) => d.datums.map(({ sources, ...rest }) => ({ ...rest, n: sources.length }));
		expect(strip(slim)).toEqual(strip(full));
		expect(slim.updated).toBe(full.updated);
	});

	it('gives the same source line: the same producers and outlets, the shown ones with the same links', () => {
		const a = sourceLineModel(slim);
		const b = sourceLineModel(full);
		expect(a.producers).toEqual(b.producers);
		expect(a.outlets.map((o) => o.name)).toEqual(b.outlets.map((o) => o.name));
		expect(a.outlets.slice(0, EMBED_SOURCES)).toEqual(b.outlets.slice(0, EMBED_SOURCES));
	});

	it('gives the same tooltip text for every datum', () => {
		full.datums.forEach((d, i) => expect(describeDatum(id, slim.datums[i], EN)).toEqual(describeDatum(id, d, EN)));
	});

	it('links only to cited pages or to the site of a cited page', () => {
		const cited = full.datums.flatMap((d) => d.sources.map((s) => s.url));
		const allowed = new Set([...cited, ...cited.map((u) => new URL(u).origin)]);
		for (const d of slim.datums) for (const s of d.sources) expect(allowed.has(s.url)).toBe(true);
	});

	it('does not change the data it was given', () => {
		expect(full).toEqual(before);
	});
});

describe.each(CHART_IDS)('packChartData(%s)', (id) => {
	it('round-trips through unpackChartData exactly, for the full data and the embed’s', () => {
		const full = CHART_DATA[id];
		// Plain JSON on the way, as the page data travels.
		const trip = (d: ChartData) => unpackChartData(JSON.parse(JSON.stringify(packChartData(d))));
		expect(trip(full)).toStrictEqual(structuredClone(full));
		expect(trip(embedData(full))).toStrictEqual(structuredClone(embedData(full)));
	});

	it('lists each source once', () => {
		const packed = packChartData(CHART_DATA[id]);
		const seen = new Set(packed.sources.map((s) => `${s.url} ${s.title}`));
		expect(seen.size).toBe(packed.sources.length);
	});
});
