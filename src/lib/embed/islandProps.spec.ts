import { describe, expect, it } from 'vitest';
import { readIslandProps } from './islandProps';

describe('readIslandProps', () => {
	it('reads the props the embed page wrote', () => {
		const props = { id: 'h1b-demand', lang: 'zh', extras: {}, messages: { 'site.name': 'Talent Race' } };
		expect(readIslandProps(JSON.stringify(props))).toEqual(props);
	});

	it.each([
		['a missing attribute', undefined],
		['an empty one', ''],
		['text that is not JSON', '{"id":'],
		['JSON that is not an object', '"h1b-demand"'],
		['null', 'null'],
		['an id that is not a string', JSON.stringify({ id: 3, lang: 'en', extras: {}, messages: {} })],
		['no language', JSON.stringify({ id: 'h1b-demand', extras: {}, messages: {} })],
		['an unknown language', JSON.stringify({ id: 'h1b-demand', lang: 'fr', extras: {}, messages: {} })],
		['an unknown chart', JSON.stringify({ id: 'nope', lang: 'en', extras: {}, messages: {} })],
		['no extras', JSON.stringify({ id: 'h1b-demand', lang: 'en', messages: {} })],
		['no messages', JSON.stringify({ id: 'h1b-demand', lang: 'en', extras: {} })]
	])('gives null for %s, so the page stays as drawn', (_, json) => {
		expect(readIslandProps(json)).toBeNull();
	});
});
