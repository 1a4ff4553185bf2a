import { overlapArea, type Box } from './geometry';

/** A label to place along one axis: its wanted position and its extent along that axis (px). */
export interface LabelSlot {
	key: string;
	/** Wanted centre position, px. */
	pos: number;
	/** Extent along the axis (line height for vertical stacks), px. */
	size: number;
}

/**
 * Moves labels apart along one axis so that none overlap, keeping each as close to its wanted
 * position as possible and all of them within [min, max]. Pure; returns new centre positions by key.
 * Labels keep their order by wanted position.
 * @example resolveCollisions([{key:'a',pos:10,size:12},{key:'b',pos:12,size:12}], 0, 100) // a≈5, b≈17
 */
export function resolveCollisions(slots: readonly LabelSlot[], min: number, max: number): Map<string, number> {
	const sorted = [...slots].sort((a, b) => a.pos - b.pos);
	// Clusters of labels that touch are placed as one block centred on their mean wanted position.
	type Block = { items: LabelSlot[]; start: number; length: number };
	const blocks: Block[] = [];
	for (const slot of sorted) {
		blocks.push({ items: [slot], start: slot.pos - slot.size / 2, length: slot.size });
		while (blocks.length > 1) {
			const last = blocks[blocks.length - 1];
			const prev = blocks[blocks.length - 2];
			if (prev.start + prev.length <= last.start) break;
			const items = [...prev.items, ...last.items];
			const length = prev.length + last.length;
			const centre = items.reduce((sum, it) => sum + it.pos, 0) / items.length;
			blocks.splice(-2, 2, { items, start: centre - length / 2, length });
		}
	}
	// Keep blocks within bounds, pushing neighbours along when a block is clamped.
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i];
		const floor = i === 0 ? min : blocks[i - 1].start + blocks[i - 1].length;
		b.start = Math.max(b.start, floor);
	}
	for (let i = blocks.length - 1; i >= 0; i--) {
		const b = blocks[i];
		const ceiling = i === blocks.length - 1 ? max : blocks[i + 1].start;
		b.start = Math.min(b.start, ceiling - b.length);
	}
	const placed = new Map<string, number>();
	for (const b of blocks) {
		let cursor = b.start;
		for (const it of b.items) {
			placed.set(it.key, cursor + it.size / 2);
			cursor += it.size;
		}
	}
	return placed;
}

/**
 * The first candidate that overlaps none of `obstacles` and stays inside `bounds`; when every
 * candidate collides, the one with the least overlap (area outside the bounds counts as overlap).
 * Pure; returns the index into `candidates`, or -1 when there are none.
 */
export function leastOverlap(candidates: readonly Box[], obstacles: readonly Box[], bounds: Box): number {
	let best = -1;
	let bestScore = Infinity;
	candidates.forEach((c, i) => {
		const inside = overlapArea(c, bounds);
		const outside = (c.right - c.left) * (c.bottom - c.top) - inside;
		const score = outside + obstacles.reduce((sum, o) => sum + overlapArea(c, o), 0);
		if (score < bestScore - 1e-9) {
			bestScore = score;
			best = i;
		}
	});
	return best;
}
