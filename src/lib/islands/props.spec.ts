import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/messages.en';
import { EXCERPTS } from '$lib/story/excerpts';
import { readProps, sectionMessages } from './props';

describe('readProps', () => {
	it('reads JSON of an object, and gives null for anything else', () => {
		expect(readProps('{"lang":"en"}')).toEqual({ lang: 'en' });
		for (const bad of [undefined, '', 'not json', '"a string"', 'null', '42']) expect(readProps(bad)).toBeNull();
	});
});

describe('sectionMessages', () => {
	const catalogue = en as Record<string, string>;
	const excerpts = EXCERPTS.filter((e) => e.chart === 'youth-unemployment');
	const table = sectionMessages('youth-unemployment', excerpts, catalogue);

	it('keeps the chart’s, the interface’s, the embed code’s and its excerpts’ messages, unchanged', () => {
		expect(table['youth-unemployment.title']).toBe(catalogue['youth-unemployment.title']);
		expect(table['ui.source']).toBe(catalogue['ui.source']);
		expect(table['embed.copy']).toBe(catalogue['embed.copy']);
		for (const e of excerpts) expect(table[`story.${e.id}.annotation`]).toBe(catalogue[`story.${e.id}.annotation`]);
	});

	it('leaves out the other charts and excerpts', () => {
		expect(Object.keys(table).some((k) => k.startsWith('h1b-cost.'))).toBe(false);
		const other = EXCERPTS.find((e) => e.chart !== 'youth-unemployment')!;
		expect(table[`story.${other.id}.annotation`]).toBeUndefined();
	});
});
