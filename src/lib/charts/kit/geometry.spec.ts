import { describe, expect, it } from 'vitest';
import { roundPixels } from './geometry';

describe('roundPixels', () => {
	it('rounds positions and sizes to 0.1 px at any depth, and nothing else', () => {
		const when = new Date(Date.UTC(2025, 7, 1));
		const layout = roundPixels({
			size: { width: 360, height: 212.66666666666669 },
			marks: [
				{ x: 36.99714081486775, y: 663.7375000000001, width: 9.87, value: 18.94, datum: { x: '2025-08', at: when } }
			],
			ticks: [{ key: '0', pos: 150.08640000000003, label: '0%' }],
			plot: { top: 22, right: 305.02901008853627, bottom: 250, left: 20.238228594703294 },
			share: 0.0523
		});
		expect(layout.size).toEqual({ width: 360, height: 212.7 });
		expect(layout.marks[0]).toMatchObject({ x: 37, y: 663.7, width: 9.9, value: 18.94 });
		expect(layout.marks[0].datum).toEqual({ x: '2025-08', at: when });
		expect(layout.ticks[0].pos).toBe(150.1);
		expect(layout.plot).toEqual({ top: 22, right: 305, bottom: 250, left: 20.2 });
		expect(layout.share).toBe(0.0523);
	});
});
