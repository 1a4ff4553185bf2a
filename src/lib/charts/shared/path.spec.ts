import { describe, expect, it } from 'vitest';
import { line } from 'd3-shape';
import { linePath, round, type XY } from './path';

/** What d3-shape draws for the same points, as the reference. */
function d3Line(points: (XY | null)[], digits: number): string {
	return (
		line<XY | null>()
			.defined((p) => p !== null)
			.x((p) => p!.x)
			.y((p) => p!.y)
			.digits(digits)(points) ?? ''
	);
}

/** Deterministic pseudo-random numbers (an LCG), so the cases are the same on every run. */
function lcg(seed: number) {
	return () => (seed = (seed * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
}

describe('linePath', () => {
	it.each([
		[[], ''],
		[[null, null], ''],
		[[{ x: 1, y: 2 }], 'M1,2Z'],
		[[{ x: 0, y: 10 }, { x: 5.25, y: 8 }, null, { x: 20, y: 4 }], 'M0,10L5.3,8M20,4Z'],
		[[null, { x: 1, y: 1 }, { x: 2, y: 2 }, null], 'M1,1L2,2']
	] as [(XY | null)[], string][])('draws %j as %s', (points, expected) => {
		expect(linePath(points)).toBe(expected);
	});

	it('draws what d3-shape draws, gaps and lone points included', () => {
		const random = lcg(7);
		for (let n = 0; n < 200; n++) {
			const points = Array.from({ length: Math.floor(random() * 30) }, () =>
				random() < 0.2 ? null : { x: random() * 1200 - 100, y: random() * 600 }
			);
			for (const digits of [0, 1, 3]) expect(linePath(points, digits)).toBe(d3Line(points, digits));
		}
	});
});

describe('round', () => {
	it.each([
		[1.25, 1, 1.3],
		[-1.25, 1, -1.2],
		[283.02768166089965, 1, 283],
		[283.02768166089965, 2, 283.03],
		[7, 1, 7]
	])('round(%d, %d) is %d', (value, digits, expected) => {
		expect(round(value, digits)).toBe(expected);
	});
});
