import { describe, expect, it } from 'vitest';
import { nearestPoint, stepPoint } from './nearest';
import type { FocusPoint } from './chartProps';

const points: FocusPoint[] = [
	{ key: 'a1', x: 0, y: 100, row: 0 },
	{ key: 'a2', x: 50, y: 90, row: 0 },
	{ key: 'a3', x: 100, y: 80, row: 0 },
	{ key: 'b1', x: 0, y: 20, row: 1 },
	{ key: 'b2', x: 60, y: 10, row: 1 }
];

describe('nearestPoint(points, x, y, mode)', () => {
	it('in x mode picks the nearest point in x, whatever the distance in y', () => {
		expect(nearestPoint(points, 48, 0, 'x')?.key).toBe('a2');
		expect(nearestPoint(points, 58, 95, 'x')?.key).toBe('b2');
	});

	it('in x mode breaks ties in x by y', () => {
		expect(nearestPoint(points, 0, 30, 'x')?.key).toBe('b1');
		expect(nearestPoint(points, 0, 95, 'x')?.key).toBe('a1');
	});

	it('in y mode picks the nearest in y (horizontal bars)', () => {
		expect(nearestPoint(points, 100, 18, 'y')?.key).toBe('b1');
	});

	it('in xy mode picks the nearest by distance', () => {
		expect(nearestPoint(points, 55, 15, 'xy')?.key).toBe('b2');
	});

	it('picks a point whose hit area holds the pointer before measuring distance, the smallest of nested areas', () => {
		const withHits: FocusPoint[] = [
			...points,
			{ key: 'bar', x: 500, y: 500, row: 2, hit: { left: 0, right: 600, top: 40, bottom: 60 } },
			{ key: 'inner', x: 300, y: 50, row: 3, hit: { left: 280, right: 320, top: 45, bottom: 55 } }
		];
		expect(nearestPoint(withHits, 1, 50, 'x')?.key).toBe('bar');
		expect(nearestPoint(withHits, 300, 50, 'x')?.key).toBe('inner');
		// Outside every area, distance decides as before.
		expect(nearestPoint(withHits, 48, 0, 'x')?.key).toBe('a2');
	});

	it('returns undefined with no points', () => {
		expect(nearestPoint([], 1, 1, 'x')).toBeUndefined();
	});
});

describe('stepPoint(points, current, key)', () => {
	const at = (key: string) => points.find((p) => p.key === key);
	it.each([
		['a2', 'ArrowRight', 'a3'],
		['a3', 'ArrowRight', 'a3'],
		['a2', 'ArrowLeft', 'a1'],
		['a1', 'ArrowLeft', 'a1'],
		['a2', 'End', 'a3'],
		['a3', 'Home', 'a1'],
		['a2', 'ArrowDown', 'b2'],
		['b1', 'ArrowUp', 'a1'],
		['a1', 'ArrowUp', 'a1']
	] as const)('from %s, %s lands on %s', (from, key, to) => {
		expect(stepPoint(points, at(from), key)?.key).toBe(to);
	});

	it('starts at the first point when nothing is active', () => {
		expect(stepPoint(points, undefined, 'ArrowRight')?.key).toBe('a1');
	});

	it('walks the bars in order when each row has one point (bar charts)', () => {
		const bars: FocusPoint[] = [0, 1, 2, 3].map((row) => ({ key: `bar${row}`, x: 100 - row * 20, y: row * 10, row }));
		expect(stepPoint(bars, bars[1], 'ArrowRight')?.key).toBe('bar2');
		expect(stepPoint(bars, bars[1], 'ArrowDown')?.key).toBe('bar2');
		expect(stepPoint(bars, bars[1], 'ArrowLeft')?.key).toBe('bar0');
		expect(stepPoint(bars, bars[1], 'End')?.key).toBe('bar3');
		expect(stepPoint(bars, bars[3], 'Home')?.key).toBe('bar0');
		expect(stepPoint(bars, bars[3], 'ArrowDown')?.key).toBe('bar3');
	});
});

describe('stepPoint across a row of one point (a bar above rows of series)', () => {
	const mixed: FocusPoint[] = [
		{ key: 'bar', x: 50, y: 0, row: 0 },
		{ key: 's1', x: 10, y: 10, row: 1 },
		{ key: 's2', x: 20, y: 10, row: 1 }
	];
	it.each([
		['bar', 'ArrowRight', 's2'], // the nearest point of the next row
		['bar', 'End', 's2'],
		['s1', 'Home', 's1'],
		['bar', 'Home', 'bar'],
		['bar', 'ArrowLeft', 'bar']
	] as const)('from %s, %s lands on %s', (from, key, to) => {
		expect(
			stepPoint(
				mixed,
				mixed.find((p) => p.key === from),
				key
			)?.key
		).toBe(to);
	});
});
