import type { FocusPoint, HitMode } from './chartProps';

/**
 * The point the pointer at (px, py) means. A point whose `hit` area contains the pointer wins (the
 * smallest such area, where they nest). Otherwise time series pick the nearest in x (the reader need
 * not hit a tiny dot), breaking ties by y; horizontal bars pick the nearest in y; `xy` uses plain
 * distance. Returns undefined when there are no points.
 */
export function nearestPoint(
	points: readonly FocusPoint[],
	px: number,
	py: number,
	mode: HitMode
): FocusPoint | undefined {
	let best: FocusPoint | undefined;
	let bestArea = Infinity;
	for (const p of points) {
		const h = p.hit;
		if (!h || px < h.left || px > h.right || py < h.top || py > h.bottom) continue;
		const area = (h.right - h.left) * (h.bottom - h.top);
		if (area < bestArea) {
			bestArea = area;
			best = p;
		}
	}
	if (best) return best;
	let bestScore = Infinity;
	for (const p of points) {
		const dx = Math.abs(p.x - px);
		const dy = Math.abs(p.y - py);
		const score = mode === 'x' ? dx * 1000 + dy : mode === 'y' ? dy * 1000 + dx : Math.hypot(dx, dy);
		if (score < bestScore) {
			bestScore = score;
			best = p;
		}
	}
	return best;
}

/**
 * The point a keyboard move lands on from `current`: left/right step along its row (in x order),
 * up/down jump to the neighbouring row's point nearest in x, Home/End go to the row's ends.
 * In a bar chart (one point per row) all moves walk the bars in row order.
 */
export function stepPoint(
	points: readonly FocusPoint[],
	current: FocusPoint | undefined,
	key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End'
): FocusPoint | undefined {
	if (points.length === 0) return undefined;
	if (!current) return points[0];
	const rows = [...new Set(points.map((p) => p.row))].sort((a, b) => a - b);
	// One point per row (a bar chart): every move walks the bars in order.
	if (rows.length === points.length) {
		const r = rows.indexOf(current.row);
		const target =
			key === 'Home' ? 0 : key === 'End' ? rows.length - 1 : key === 'ArrowLeft' || key === 'ArrowUp' ? r - 1 : r + 1;
		return points.find((p) => p.row === rows[Math.min(rows.length - 1, Math.max(0, target))]);
	}
	const row = points.filter((p) => p.row === current.row).sort((a, b) => a.x - b.x);
	// A row of one point (a bar among rows of series): across it, move to the next or previous row.
	if (row.length === 1 && key !== 'ArrowUp' && key !== 'ArrowDown') {
		if (key === 'Home') return points[0];
		if (key === 'End') return points[points.length - 1];
		return stepPoint(points, current, key === 'ArrowLeft' ? 'ArrowUp' : 'ArrowDown');
	}
	const index = row.findIndex((p) => p.key === current.key);
	switch (key) {
		case 'ArrowLeft':
			return row[Math.max(0, index - 1)];
		case 'ArrowRight':
			return row[Math.min(row.length - 1, index + 1)];
		case 'Home':
			return row[0];
		case 'End':
			return row[row.length - 1];
		default: {
			const r = rows.indexOf(current.row) + (key === 'ArrowDown' ? 1 : -1);
			if (r < 0 || r >= rows.length) return current;
			const next = points.filter((p) => p.row === rows[r]);
			return nearestPoint(next, current.x, current.y, 'x');
		}
	}
}
