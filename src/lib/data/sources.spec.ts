import { describe, expect, it } from 'vitest';
import { loadChartData } from './loadFromDisk';
import { hostOf, parseSources, publisherName, sourceTitle } from './sources';

const DATA = await loadChartData();

describe('parseSources', () => {
	it('splits cells on " ; " and " | " and names each publisher', () => {
		expect(
			parseSources('https://www.globaltimes.cn/page/1.shtml | https://www.scmp.com/x ; http://en.people.cn/y')
		).toEqual([
			{ url: 'https://www.globaltimes.cn/page/1.shtml', title: 'Global Times' },
			{ url: 'https://www.scmp.com/x', title: 'South China Morning Post' },
			{ url: 'http://en.people.cn/y', title: "People's Daily Online" }
		]);
	});

	it('keeps commas inside a URL', () => {
		expect(parseSources('http://ilw.com/immigrationdaily/news/2000,1215-Fee.shtm')[0].url).toBe(
			'http://ilw.com/immigrationdaily/news/2000,1215-Fee.shtm'
		);
	});

	it('names a subdomain by its longest matching entry', () => {
		expect(sourceTitle('http://bg.china-embassy.gov.cn/eng/x.htm')).toBe('Chinese Embassy in Bulgaria');
		expect(sourceTitle('http://english.www.gov.cn/policies/x.htm')).toBe('Gov.cn (State Council of China)');
	});

	it('names unknown publishers by host', () => {
		expect(sourceTitle('https://www.example-news.org/a')).toBe('example-news.org');
	});

	it.each(['', '(not found)', 'computed from rows above', 'ftp://example.org/a', 'javascript:alert(1)'])(
		'rejects %j',
		(cell) => expect(() => parseSources(cell)).toThrow()
	);
});

describe('the publisher table', () => {
	it('names the publisher of every domain the published data cites', () => {
		const unnamed = new Set<string>();
		for (const chart of Object.values(DATA)) {
			for (const d of chart.datums) for (const s of d.sources) if (!publisherName(s.url)) unnamed.add(hostOf(s.url));
		}
		expect([...unnamed], 'add these domains to PUBLISHERS in src/lib/data/sources.ts').toEqual([]);
	});

	it('cites none of the domains the research dropped as spam, mirrors, content farms or partisan outlets', () => {
		const dropped =
			/(^|\.)(destroybadbreath\.com|annishan2011\.wordpress\.com|instaunfollowerstracker\.com|smartjobsfast\.com|pkalert\.com|emigranto\.com|cronullanews\.sydney|eataxguide\.com|travellingsouth\.com\.au|chinatraveltips\.de|georgiachinesevisa\.org|japan-workers\.com|pulsedaily\.ph|ckhq\.net|goldsea\.com|legalclarity\.org|nchstats\.com|elaws\.us|xatfwl\.cn|zt1388\.com|epochtimes\.com|theepochtimes\.com|voacantonese\.com|jointearn\.com|bigmacrodata\.com|socastsrm\.com|wisebk\.com|311\.biz|worldometers\.cn|agora0\.github\.io)$/;
		const cited = Object.values(DATA).flatMap((c) => c.datums.flatMap((d) => d.sources.map((s) => hostOf(s.url))));
		expect(cited.filter((host) => dropped.test(host) || /^\d+\.\d+\.\d+\.\d+$/.test(host))).toEqual([]);
	});
});
