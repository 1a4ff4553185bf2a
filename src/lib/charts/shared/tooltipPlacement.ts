/** Space kept between a tooltip and the frame's edges, in CSS px, when the frame has room for it. */
export const TOOLTIP_MARGIN = 8;

/**
 * Where to put a tooltip of size (w, h) for an anchor at (x, y) inside a frame of (frameW, frameH),
 * all in CSS px: to the right of the anchor and above it by default, flipped left or below near
 * the edges, and clamped so it never leaves the frame (an iframe or the viewport). It keeps
 * `TOOLTIP_MARGIN` from every edge, and only gives that up where the frame is too small for it.
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
	const mx = Math.max(0, Math.min(TOOLTIP_MARGIN, Math.floor((frameW - Math.ceil(w) - 1) / 2)));
	const my = Math.max(0, Math.min(TOOLTIP_MARGIN, Math.floor((frameH - Math.ceil(h) - 1) / 2)));
	let left = x + gap;
	if (left + w > frameW - mx) left = x - gap - w;
	let top = y - gap - h;
	if (top < my) top = y + gap;
	// Whole pixels, rounded inwards, so sub-pixel sizes never poke past the frame's edge.
	left = Math.floor(Math.min(Math.max(mx, left), Math.max(0, frameW - Math.ceil(w) - 1 - mx)));
	top = Math.floor(Math.min(Math.max(my, top), Math.max(0, frameH - Math.ceil(h) - 1 - my)));
	return { left, top };
}
