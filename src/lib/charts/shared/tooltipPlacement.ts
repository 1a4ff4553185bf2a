/**
 * Where to put a tooltip of size (w, h) for an anchor at (x, y) inside a frame of (frameW, frameH),
 * all in CSS px: to the right of the anchor and above it by default, flipped left or below near
 * the edges, and clamped so it never leaves the frame (an iframe or the viewport).
 * `gap` is the distance from the anchor (larger for touch, so the finger does not cover it).
 */
export function placeTooltip(
	x: number,
	y: number,
	w: number,
	h: number,
	frameW: number,
	frameH: number,
	gap = 12
): { left: number; top: number } {
	let left = x + gap;
	if (left + w > frameW) left = x - gap - w;
	let top = y - gap - h;
	if (top < 0) top = y + gap;
	// Whole pixels, rounded inwards, so sub-pixel sizes never poke past the frame's edge.
	left = Math.floor(Math.min(Math.max(0, left), Math.max(0, frameW - Math.ceil(w) - 1)));
	top = Math.floor(Math.min(Math.max(0, top), Math.max(0, frameH - Math.ceil(h) - 1)));
	return { left, top };
}
