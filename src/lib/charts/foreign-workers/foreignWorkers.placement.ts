import { boxesOverlap, type Box } from '../kit/geometry';
import { CENTRE_TO_BASELINE, LABEL_SIZE, LINE_HEIGHT, blockBox, wrap, type TextBlock } from '../kit/text';

// Where a label beside a dot goes: the side that clears every other label, dot and line.

export type Segment = [{ x: number; y: number }, { x: number; y: number }];

/** Whether the segment from a to b passes through `box` (sampled every 2 px; boxes are small). */
function segmentHits(a: { x: number; y: number }, b: { x: number; y: number }, box: Box): boolean {
	const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 2));
	for (let i = 0; i <= steps; i++) {
		const x = a.x + ((b.x - a.x) * i) / steps;
		const y = a.y + ((b.y - a.y) * i) / steps;
		if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return true;
	}
	return false;
}

/**
 * Places one text block beside a point: left, right, above or below it, each wrapped to the room
 * that side leaves (at most `maxWidth` px). Takes the first candidate that clears every obstacle
 * and stays inside `bounds`, else the least-bad one.
 */
export function placeBeside(
	key: string,
	text: string,
	p: { x: number; y: number },
	maxWidth: number,
	bounds: Box,
	boxes: readonly Box[],
	segments: readonly Segment[]
): TextBlock {
	const gap = 9;
	const room = { left: p.x - gap - bounds.left, right: bounds.right - p.x - gap, across: bounds.right - bounds.left };
	const sides: {
		side: 'left' | 'right' | 'above' | 'below';
		anchor: TextBlock['anchor'];
		dx: number;
		width: number;
	}[] = [
		{ side: 'left', anchor: 'end', dx: -gap, width: room.left },
		{ side: 'right', anchor: 'start', dx: gap, width: room.right },
		{ side: 'above', anchor: 'middle', dx: 0, width: room.across },
		{ side: 'above', anchor: 'end', dx: 4, width: p.x + 4 - bounds.left },
		{ side: 'above', anchor: 'start', dx: -4, width: bounds.right - p.x + 4 },
		{ side: 'below', anchor: 'middle', dx: 0, width: room.across },
		{ side: 'below', anchor: 'end', dx: 4, width: p.x + 4 - bounds.left },
		{ side: 'below', anchor: 'start', dx: -4, width: bounds.right - p.x + 4 }
	];
	let best: TextBlock | null = null;
	let bestCost = Infinity;
	for (const c of sides) {
		const lines = wrap(text, Math.max(40, Math.min(maxWidth, c.width)), { bold: true });
		const h = (lines.length - 1) * LINE_HEIGHT;
		const y =
			c.side === 'above'
				? p.y - gap - h - LABEL_SIZE / 2
				: c.side === 'below'
					? p.y + gap + LABEL_SIZE / 2
					: p.y - h / 2;
		const mark: TextBlock = { key, x: p.x + c.dx, y: y + CENTRE_TO_BASELINE, anchor: c.anchor, lines, bold: true };
		let box = blockBox(mark);
		// Centred labels slide sideways to stay inside the plot.
		if (c.anchor === 'middle') {
			mark.x += Math.max(0, bounds.left - box.left) - Math.max(0, box.right - bounds.right);
			box = blockBox(mark);
		}
		const outside =
			Math.max(0, bounds.left - box.left) +
			Math.max(0, box.right - bounds.right) +
			Math.max(0, bounds.top - box.top) +
			Math.max(0, box.bottom - bounds.bottom);
		const padded = { left: box.left - 2, right: box.right + 2, top: box.top - 2, bottom: box.bottom + 2 };
		const hits =
			boxes.filter((b) => boxesOverlap(box, b, 2)).length +
			segments.filter(([a, b]) => segmentHits(a, b, padded)).length;
		const cost = outside * 10 + hits * 1000 + lines.length;
		if (cost < bestCost) {
			best = mark;
			bestCost = cost;
		}
	}
	return best!;
}
