import { describe, expect, it } from 'vitest';
import { placeTooltip, TOOLTIP_MARGIN } from './tooltipPlacement';

describe('placeTooltip(x, y, w, h, frameW, frameH, gap)', () => {
	it('goes up and to the right of the anchor when there is room', () => {
		expect(placeTooltip(100, 200, 80, 40, 400, 400, 10)).toEqual({ left: 110, top: 150 });
	});

	it('flips to the left near the right edge', () => {
		expect(placeTooltip(380, 200, 80, 40, 400, 400, 10).left).toBe(290);
	});

	it('flips below near the top edge', () => {
		expect(placeTooltip(100, 20, 80, 40, 400, 400, 10).top).toBe(30);
	});

	it('never leaves the frame, even when the tooltip is wider than the space on both sides', () => {
		const { left, top } = placeTooltip(150, 5, 280, 60, 300, 60, 40);
		expect(left).toBeGreaterThanOrEqual(0);
		expect(left + 280).toBeLessThanOrEqual(300);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top + 60).toBeLessThanOrEqual(60);
	});

	it('keeps a margin from the edges of a phone screen instead of sitting flush against them', () => {
		// A 238 px tooltip for a point near the left edge of a 360 px screen, and one near the top.
		expect(placeTooltip(-60, 300, 238, 97, 360, 740, 40).left).toBe(TOOLTIP_MARGIN);
		expect(placeTooltip(250, 300, 238, 97, 360, 740, 12).left).toBe(TOOLTIP_MARGIN);
		expect(placeTooltip(100, -50, 80, 40, 360, 740, 12).top).toBe(TOOLTIP_MARGIN);
	});

	it('keeps a touch tooltip clear of the finger (gap above the anchor)', () => {
		const { top } = placeTooltip(100, 300, 80, 40, 400, 600, 40);
		expect(top + 40).toBeLessThanOrEqual(300 - 40);
	});
});
