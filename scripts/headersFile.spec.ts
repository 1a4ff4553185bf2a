import { describe, expect, it } from 'vitest';
import { headersFor, matchingRules, parseHeadersFile } from './headersFile.js';

const FILE = `# comment
/*
  X-Content-Type-Options: nosniff

/embed/*
  Content-Security-Policy: frame-ancestors *

/:page
  Content-Security-Policy: frame-ancestors 'self'

/data/*.csv
  Content-Type: text/csv; charset=utf-8
`;

describe('parseHeadersFile and headersFor', () => {
	const rules = parseHeadersFile(FILE);

	it('reads patterns, their lines and their headers', () => {
		expect(rules.map((r) => [r.pattern, r.line])).toEqual([
			['/*', 2],
			['/embed/*', 5],
			['/:page', 8],
			['/data/*.csv', 11]
		]);
		expect(rules[3].headers).toEqual([['content-type', 'text/csv; charset=utf-8']]);
	});

	it.each([
		['/', ['/*']],
		['/embed/a/b/c', ['/*', '/embed/*']],
		['/embed/', ['/*', '/embed/*']],
		['/embed', ['/*', '/:page']],
		['/methodology', ['/*', '/:page']],
		['/methodology/', ['/*']],
		['/data/a/b.csv', ['/*', '/data/*.csv']],
		['/data/a.csv.gz', ['/*']]
	])('%s matches %j (`*` crosses slashes, `:name` is one segment)', (path, patterns) => {
		expect(matchingRules(rules, path).map((r) => r.pattern)).toEqual(patterns);
	});

	it('applies every matching rule and joins a header set twice, as the hosts do', () => {
		const both = parseHeadersFile('/*\n  X-Frame-Options: DENY\n/a/*\n  X-Frame-Options: SAMEORIGIN\n');
		expect(headersFor(both, '/a/b')).toEqual({ 'x-frame-options': 'DENY, SAMEORIGIN' });
		expect(headersFor(both, '/b')).toEqual({ 'x-frame-options': 'DENY' });
	});

	it.each([
		['  X-A: 1\n', /_headers:1: a header before any path pattern/],
		['/a\n  no colon here\n', /_headers:2: expected "Name: value"/],
		['embed/*\n  X-A: 1\n', /_headers:1: a pattern must be a path/],
		['/*/x/*\n  X-A: 1\n', /_headers:1: at most one "\*"/]
	])('rejects %j', (text, message) => {
		expect(() => parseHeadersFile(text)).toThrow(message);
	});
});
