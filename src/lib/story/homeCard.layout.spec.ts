import { describe, expect, it } from 'vitest';
import { loadChartData } from '$lib/data/loadFromDisk';
import { EN } from '$lib/i18n/locale';
import { ZH } from '$lib/i18n/current';
import { ledeFacts } from './facts';
import { cardBottom, cardRight, homeCardLayout } from './homeCard.layout';
import { homeCardText } from '$lib/server/homeCard';

const FACTS = ledeFacts(await loadChartData());

describe('homeCardLayout(text)', () => {
	for (const locale of [EN, ZH]) {
		it(`keeps every word of the ${locale.lang} card inside 1200 × 630, with the four figures`, () => {
			const layout = homeCardLayout(homeCardText(FACTS, locale));
			expect(layout.facts).toHaveLength(4);
			expect(cardRight(layout)).toBeLessThanOrEqual(1200 - 40);
			expect(cardBottom(layout)).toBeLessThanOrEqual(630 - 24);
			expect(layout.title.lines.length).toBeLessThanOrEqual(2);
			const figures = layout.facts.map((f) => f.figure.lines.join(''));
			expect(figures[0]).toBe(locale.fmt.usd(100000));
			// The facts' rows do not overlap: each label ends above the next row's rule.
			for (const [i, f] of layout.facts.entries()) {
				const below = layout.facts[i + 2];
				if (below) expect(f.label.y + (f.label.lines.length - 1) * f.label.lineHeight).toBeLessThan(below.rule.y);
			}
		});
	}
});
