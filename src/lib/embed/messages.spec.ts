import { describe, expect, it } from 'vitest';
import { embedMessages } from './messages';
import { en } from '$lib/i18n/messages.en';
import { CHART_IDS } from '$lib/charts';

describe('embedMessages', () => {
	it.each(CHART_IDS)('keeps what the %s embed shows and nothing of other charts or the story', (id) => {
		const subset = embedMessages(id, en);
		expect(subset[`${id}.title`]).toBe(en[`${id}.title` as keyof typeof en]);
		expect(subset['ui.source']).toBe(en['ui.source']);
		expect(subset['site.name']).toBe(en['site.name']);
		expect(subset['embed.credit']).toBe(en['embed.credit']);
		const foreign = Object.keys(subset).filter(
			(k) =>
				!k.startsWith(`${id}.`) &&
				!k.startsWith('ui.') &&
				!k.startsWith('producer.') &&
				k !== 'site.name' &&
				k !== 'embed.credit'
		);
		// The source line and tooltips name who produced the numbers.
		expect(subset['producer.uscis']).toBe(en['producer.uscis']);
		expect(foreign).toEqual([]);
		expect(Object.keys(subset).some((k) => k.startsWith('story.'))).toBe(false);
	});

	it('does not mistake a chart whose id starts like another for it', () => {
		const subset = embedMessages('h1b-cost', en);
		expect(Object.keys(subset).some((k) => k.startsWith('h1b-demand.'))).toBe(false);
	});
});
