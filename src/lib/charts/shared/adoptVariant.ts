import { LAYOUT_VARIANTS, type LayoutVariant } from './responsive';

/** Attribute of each prerendered variant's element: the width (px) it is laid out at. */
export const VARIANT_ATTR = 'data-layout-width';

/**
 * The variants a chart view renders. On the server: all of them (CSS shows one). In the browser,
 * while hydrating the view whose element has id `viewId`: only the variant on screen, after removing
 * the others from the server's drawing, so that hydration adopts exactly what the reader sees and
 * does the work of one chart, not of every variant. A fresh mount (nothing drawn yet) renders all,
 * like the server, until the view measures its width.
 */
export function adoptVariants(viewId: string, variants: readonly LayoutVariant[] = LAYOUT_VARIANTS): LayoutVariant[] {
	if (typeof document === 'undefined') return [...variants];
	const view = document.getElementById(viewId);
	const drawn = view ? [...view.children].filter((el) => el.hasAttribute(VARIANT_ATTR)) : [];
	if (drawn.length === 0) return [...variants];
	// Under a hidden ancestor nothing is on screen: keep the first, and let the view measure itself once shown.
	const shown = drawn.find((el) => el.getClientRects().length > 0) ?? drawn[0];
	for (const el of drawn) if (el !== shown) el.remove();
	const width = Number(shown.getAttribute(VARIANT_ATTR));
	return [variants.find((v) => v.width === width) ?? { width, from: 0 }];
}
