import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { EMBED_PREPAINT } from './prepaint.js';
import { parseEmbedParams } from './params';

/** Runs the prepaint script against a fake <html> for `search`, returning the attributes it set. */
function prepaint(search: string): Record<string, string> {
	const attributes: Record<string, string> = {};
	const documentElement = { setAttribute: (name: string, value: string) => (attributes[name] = value) };
	runInNewContext(EMBED_PREPAINT, { URLSearchParams, location: { search }, document: { documentElement } });
	return attributes;
}

describe('EMBED_PREPAINT', () => {
	it.each([
		'',
		'?theme=dark',
		'?theme=light',
		'?theme=auto',
		'?chrome=plain',
		'?chrome=full',
		'?theme=dark&chrome=plain',
		'?theme=<img src=x onerror=alert(1)>',
		'?theme=Dark',
		'?chrome=plain%20',
		'?theme=nope&theme=dark'
	])('agrees with parseEmbedParams for %s', (search) => {
		const params = parseEmbedParams(new URLSearchParams(search));
		const expected: Record<string, string> = {};
		if (params.theme !== 'auto') expected['data-theme'] = params.theme;
		if (params.chrome !== 'full') expected['data-chrome'] = params.chrome;
		expect(prepaint(search)).toEqual(expected);
	});

	it('does not throw without URLSearchParams (old browsers keep the defaults)', () => {
		expect(() => runInNewContext(EMBED_PREPAINT, { location: { search: '?theme=dark' } })).not.toThrow();
	});
});
