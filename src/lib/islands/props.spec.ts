import { describe, expect, it } from 'vitest';
import { readProps } from './props';

describe('readProps', () => {
	it('reads JSON of an object, and gives null for anything else', () => {
		expect(readProps('{"lang":"en"}')).toEqual({ lang: 'en' });
		for (const bad of [undefined, '', 'not json', '"a string"', 'null', '42']) expect(readProps(bad)).toBeNull();
	});
});
