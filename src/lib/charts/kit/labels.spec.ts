import { describe, expect, it } from 'vitest';
import { resolveCollisions, type LabelSlot } from './labels';

function overlaps(slots: LabelSlot[], placed: Map<string, number>) {
	const spans = slots
		.map((s) => ({ start: placed.get(s.key)! - s.size / 2, end: placed.get(s.key)! + s.size / 2 }))
		.sort((a, b) => a.start - b.start);
	return spans.some((span, i) => i > 0 && span.start < spans[i - 1].end - 1e-9);
}

const slot = (key: string, pos: number, size: number) => ({ key, pos, size });

describe('resolveCollisions(slots, min, max)', () => {
	it('leaves labels that do not touch where they want to be', () => {
		const placed = resolveCollisions([slot('a', 10, 10), slot('b', 50, 10)], 0, 100);
		expect(placed.get('a')).toBe(10);
		expect(placed.get('b')).toBe(50);
	});

	it('spreads two touching labels evenly around their mean', () => {
		const placed = resolveCollisions([slot('a', 40, 12), slot('b', 42, 12)], 0, 100);
		expect(placed.get('a')).toBeCloseTo(35);
		expect(placed.get('b')).toBeCloseTo(47);
	});

	it('keeps labels inside the bounds, pushing the block inwards', () => {
		const slots = [slot('a', 98, 10), slot('b', 99, 10)];
		const placed = resolveCollisions(slots, 0, 100);
		expect(placed.get('b')! + 5).toBeLessThanOrEqual(100);
		expect(overlaps(slots, placed)).toBe(false);
	});

	it('keeps the wanted order of labels', () => {
		const placed = resolveCollisions(
			[
				{ key: 'low', pos: 30, size: 10 },
				{ key: 'high', pos: 29, size: 10 }
			],
			0,
			100
		);
		expect(placed.get('high')!).toBeLessThan(placed.get('low')!);
	});

	it('never leaves an overlap, for many random stacks (seeded)', () => {
		let seed = 42;
		const random = () => (seed = (seed * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
		for (let run = 0; run < 200; run++) {
			const slots = Array.from({ length: 2 + Math.floor(random() * 6) }, (_, i) => ({
				key: `k${i}`,
				pos: random() * 200,
				size: 8 + random() * 20
			}));
			const placed = resolveCollisions(slots, 0, 400);
			expect(overlaps(slots, placed)).toBe(false);
		}
	});
});
