import { describe, expect, it } from 'vitest';
import { parseSources, sourceTitle } from './sources';

describe('parseSources', () => {
	it('splits cells on " ; " and " | " and names each publisher', () => {
		expect(
			parseSources('https://www.globaltimes.cn/page/1.shtml | https://www.scmp.com/x ; http://en.people.cn/y')
		).toEqual([
			{ url: 'https://www.globaltimes.cn/page/1.shtml', title: 'Global Times' },
			{ url: 'https://www.scmp.com/x', title: 'South China Morning Post' },
			{ url: 'http://en.people.cn/y', title: "People's Daily" }
		]);
	});

	it('keeps commas inside a URL', () => {
		expect(parseSources('http://ilw.com/immigrationdaily/news/2000,1215-Fee.shtm')[0].url).toBe(
			'http://ilw.com/immigrationdaily/news/2000,1215-Fee.shtm'
		);
	});

	it('names unknown publishers by host', () => {
		expect(sourceTitle('https://www.example-news.org/a')).toBe('example-news.org');
	});

	it.each(['', '(not found)', 'computed from rows above', 'ftp://example.org/a', 'javascript:alert(1)'])(
		'rejects %j',
		(cell) => expect(() => parseSources(cell)).toThrow()
	);
});
