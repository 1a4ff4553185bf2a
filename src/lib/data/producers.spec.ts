import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { en } from '$lib/i18n/messages.en';
import { zh } from '$lib/i18n/messages.zh';
import { loadChartData, readRawFiles } from './loadFromDisk';
import { PRODUCER_IDS, producerIds } from './producers';

describe('producers', () => {
	it('every producer in the raw data has an institution in the table', () => {
		const missing = new Set<string>();
		for (const text of Object.values(readRawFiles())) {
			for (const row of csvParse(text)) {
				if (row.producer === undefined) continue;
				try {
					producerIds([row.producer]);
				} catch {
					missing.add(row.producer);
				}
			}
		}
		expect([...missing], 'add these to PRODUCERS in src/lib/data/producers.ts').toEqual([]);
	});

	it('every published data point names its producer', async () => {
		for (const chart of Object.values(await loadChartData())) {
			for (const d of chart.datums) expect(producerIds(d.producers).length, `${chart.id} ${d.key}`).toBeGreaterThan(0);
		}
	});

	it('every institution has a name in English and in Chinese', () => {
		for (const id of PRODUCER_IDS) {
			expect((en as Record<string, string>)[`producer.${id}`], id).toBeTruthy();
			expect((zh as Record<string, string>)[`producer.${id}`], id).toBeTruthy();
		}
	});

	it('an unknown producer fails with its name', () => {
		expect(() => producerIds(['Ministry of Guesswork'])).toThrow(/"Ministry of Guesswork" has no entry/);
	});
});
