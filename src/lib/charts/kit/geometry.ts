/** Pixel size of a chart's drawing area. */
export interface Size {
	width: number;
	height: number;
}

/** A rectangle in px, edges measured from the SVG's top-left corner. */
export interface Box {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** Where text sits relative to its x, as SVG's `text-anchor`. */
export type Anchor = 'start' | 'middle' | 'end';

/** One axis tick: `pos` is its px position along the axis, `label` its text. */
export interface Tick {
	key: string;
	pos: number;
	label: string;
}

/** Whether two boxes overlap once each is grown by `pad` px on every side. */
export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
	return (
		a.left - pad < b.right + pad &&
		b.left - pad < a.right + pad &&
		a.top - pad < b.bottom + pad &&
		b.top - pad < a.bottom + pad
	);
}

/** Area (px²) shared by two boxes; 0 when they only touch or are apart. */
export function overlapArea(a: Box, b: Box): number {
	const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
	const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
	return w > 0 && h > 0 ? w * h : 0;
}

/** Whether `inner` lies inside `outer`, give or take `tolerance` px. */
export function boxInside(inner: Box, outer: Box, tolerance = 0): boolean {
	return (
		inner.left >= outer.left - tolerance &&
		inner.right <= outer.right + tolerance &&
		inner.top >= outer.top - tolerance &&
		inner.bottom <= outer.bottom + tolerance
	);
}

/** The layout fields that become SVG positions and sizes (px). */
const PIXEL_FIELDS = new Set([
	'x',
	'y',
	'x0',
	'y0',
	'x1',
	'x2',
	'y1',
	'y2',
	'cx',
	'cy',
	'r',
	'dx',
	'dy',
	'width',
	'height',
	'pos',
	'top',
	'right',
	'bottom',
	'left'
]);

/**
 * `layout` with every position and size in it rounded to 0.1 px, in place (a layout is made afresh
 * by each call): the HTML needs no more, and 14-decimal coordinates were a tenth of a page's bytes.
 * Only the fields named in PIXEL_FIELDS change, never a datum's value.
 */
export function roundPixels<T>(layout: T): T {
	const visit = (node: unknown) => {
		if (Array.isArray(node)) node.forEach(visit);
		else if (node && typeof node === 'object' && Object.getPrototypeOf(node) === Object.prototype) {
			const fields = node as Record<string, unknown>;
			for (const [name, value] of Object.entries(fields)) {
				if (typeof value === 'number' && PIXEL_FIELDS.has(name)) fields[name] = Math.round(value * 10) / 10;
				else visit(value);
			}
		}
	};
	visit(layout);
	return layout;
}
