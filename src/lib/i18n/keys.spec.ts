import { describe, expect, it } from 'vitest';
import { CHART_DATA } from '$lib/server/datasets';
import { seriesLabel, stackLabel } from '$lib/charts/shared/describe';
import { EN } from './locale';
import { ZH } from './current';
import { datumLabelKey } from './keys';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

describe('keys built from data', () => {
	it('name every datum’s series, stack and category in both catalogues', () => {
		const missing: string[] = [];
		for (const data of Object.values(CHART_DATA)) {
			for (const d of data.datums) {
				for (const locale of [EN, ZH]) {
					const tryLabel = (what: string, label: () => string) => {
						try {
							expect(label().trim()).not.toBe('');
						} catch {
							missing.push(`${locale.lang} ${data.id} ${d.key}: ${what}`);
						}
					};
					tryLabel('series', () => seriesLabel(data.id, d, locale));
					if (d.stack) tryLabel('stack', () => stackLabel(data.id, d, locale));
					if (!DATE.test(d.x)) tryLabel('category', () => locale.t(datumLabelKey(locale, data.id, 'category', d.x)));
				}
			}
		}
		expect(missing).toEqual([]);
	});

	it('datumLabelKey names the missing key and the language instead of returning one the catalogue lacks', () => {
		expect(datumLabelKey(EN, 'visa-costs', 'category', 'canada')).toBe('visa-costs.category.canada');
		expect(() => datumLabelKey(ZH, 'visa-costs', 'category', 'atlantis')).toThrow(
			'missing message "visa-costs.category.atlantis" for language "zh"'
		);
	});
});
