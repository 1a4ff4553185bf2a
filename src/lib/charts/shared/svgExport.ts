import postcss from 'postcss';
import type { ThemeTokens } from '$lib/tokens';
import type { Size } from '../kit/geometry';

/** A chart's SVG cut out of a server-rendered page fragment, ready to nest in another SVG. */
export interface ExtractedSvg {
	/** The layout size from the chart's `viewBox`. */
	size: Size;
	/** Everything between `<svg …>` and `</svg>`, without comments, title, desc or ARIA attributes. */
	inner: string;
	/** Class names used in `inner`, to pick the CSS rules that can apply. */
	classes: Set<string>;
}

/**
 * Cuts the first `<svg>` element (with any nested ones) out of server-rendered HTML and cleans it
 * for a standalone file: Svelte's hydration comments, the chart's own `<title>`/`<desc>` (the
 * exported image has its own) and interactive attributes (`role`, `aria-*`, `tabindex`) go.
 * @throws when the HTML has no complete `<svg>` element or the element has no `viewBox`
 */
export function extractSvg(html: string): ExtractedSvg {
	const clean = html.replace(/<!--[\s\S]*?-->/g, '');
	const start = clean.search(/<svg[\s>]/);
	if (start < 0) throw new Error('the chart rendered no <svg> element');
	const tag = /<\/?svg[\s>]/g;
	tag.lastIndex = start;
	let depth = 0;
	let end = -1;
	for (let m = tag.exec(clean); m; m = tag.exec(clean)) {
		depth += m[0].startsWith('</') ? -1 : 1;
		if (depth === 0) {
			end = m.index;
			break;
		}
	}
	if (end < 0) throw new Error('the chart’s <svg> element is not closed');
	const openEnd = clean.indexOf('>', start);
	const open = clean.slice(start, openEnd + 1);
	const viewBox = /\sviewBox="([^"]+)"/
		.exec(open)?.[1]
		.trim()
		.split(/[\s,]+/)
		.map(Number);
	if (!viewBox || viewBox.length !== 4 || viewBox.some((n) => !Number.isFinite(n))) {
		throw new Error('the chart’s <svg> element has no usable viewBox');
	}
	const inner = clean
		.slice(openEnd + 1, end)
		.replace(/<title[\s>][\s\S]*?<\/title>/, '')
		.replace(/<desc[\s>][\s\S]*?<\/desc>/, '')
		.replace(/\s(?:role|tabindex|aria-[\w-]+)="[^"]*"/g, '');
	const classes = new Set<string>();
	for (const [, list] of inner.matchAll(/\sclass="([^"]*)"/g)) {
		for (const name of list.split(/\s+/)) if (name) classes.add(name);
	}
	return { size: { width: viewBox[2], height: viewBox[3] }, inner, classes };
}

/** SVG properties worth carrying into a static image; transitions, cursors and the like are not. */
const SVG_PROPERTIES = new Set([
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-size',
	'font-weight',
	'font-style',
	'font-family',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	'letter-spacing',
	'display',
	'visibility'
]);

const SVG_ELEMENTS = new Set([
	'svg',
	'g',
	'text',
	'tspan',
	'line',
	'path',
	'rect',
	'circle',
	'ellipse',
	'polyline',
	'polygon'
]);

interface Rule {
	selectors: string[];
	declarations: [string, string][];
}

/**
 * Top-level style rules of a stylesheet, read by postcss; at-rule blocks (`@media …`) are skipped
 * whole. Runs on the server only (the images are prerendered), so postcss never reaches a page.
 */
function parseRules(css: string): Rule[] {
	const rules: Rule[] = [];
	for (const node of postcss.parse(css).nodes) {
		if (node.type !== 'rule') continue;
		const declarations: [string, string][] = [];
		for (const child of node.nodes) {
			if (child.type === 'decl')
				declarations.push([child.prop, child.important ? `${child.value} !important` : child.value]);
		}
		rules.push({ selectors: node.selectors.map((s) => s.trim()).filter(Boolean), declarations });
	}
	return rules;
}

/** Whether `selector` can match inside a chart SVG that uses `classes`. */
function appliesToChart(selector: string, classes: Set<string>): boolean {
	if (/[:*[\]#]/.test(selector)) return false;
	for (const [, name] of selector.matchAll(/\.([\w-]+)/g)) if (!classes.has(name)) return false;
	for (const token of selector.split(/[\s>+~]+/)) {
		const type = /^[a-z][\w-]*/i.exec(token)?.[0];
		if (type && !SVG_ELEMENTS.has(type)) return false;
	}
	return true;
}

/** `selector` with `extra` (a class chain such as `.series-1`) added to the element of compound `at`. */
function withClassAt(selector: string, extra: string, at: number): string {
	const parts = selector.split(/\s+/);
	parts[at] = `${parts[at]}${extra}`;
	return parts.join(' ');
}

/** `#rgb` or `#rrggbb` as [r, g, b], or null for anything else. */
function hexRgb(colour: string): [number, number, number] | null {
	const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1];
	if (!hex) return null;
	const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
	return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/**
 * `value` with each `color-mix(in srgb, #hex [p%], #hex [q%])` replaced by the literal mix, which
 * resvg and older viewers cannot compute (resvg paints it black). Percentages follow CSS: one given
 * implies the other, none means 50/50, and a sum other than 100% is normalised.
 * @throws on a `color-mix()` in another colour space or of colours that are not hex literals
 */
export function resolveColorMix(value: string): string {
	return value.replace(/color-mix\(([^()]*)\)/g, (whole, args: string) => {
		const [space, ...stops] = args.split(',').map((a) => a.trim());
		const parsed = stops.map((stop) => {
			const m = /^(\S+)(?:\s+([\d.]+)%)?$/.exec(stop);
			return { rgb: m ? hexRgb(m[1]) : null, pct: m?.[2] === undefined ? null : Number(m[2]) };
		});
		const [a, b] = parsed;
		if (space !== 'in srgb' || parsed.length !== 2 || !a.rgb || !b.rgb) {
			throw new Error(`cannot export ${whole}: only color-mix(in srgb, …) of two hex colours`);
		}
		const pa = a.pct ?? (b.pct === null ? 50 : 100 - b.pct);
		const pb = b.pct ?? 100 - pa;
		const wa = pa / (pa + pb);
		const mixed = a.rgb.map((ca, i) => Math.round(ca * wa + b.rgb![i] * (1 - wa)));
		return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
	});
}

/**
 * The chart rules of a stylesheet (app.css) rewritten for a standalone SVG, whose viewers know no
 * CSS custom properties: every `var(--token)` becomes the theme's literal colour, and rules that
 * read a variable set per class (`.series-1 { --c: … }` with `.series .line { stroke: var(--c) }`)
 * are expanded into one rule per class, on the element itself or any compound above it, and
 * `color-mix(in srgb, …)` of two such colours becomes the mixed colour. Only
 * selectors that can match the chart (its classes, SVG elements, no pseudo-classes) and SVG
 * properties are kept, and every selector is prefixed with `scope` (none when it is '').
 */
export function chartCss(css: string, tokens: ThemeTokens, classes: Set<string>, scope: string): string {
	const rules = parseRules(css);
	const tokenMap = tokens as Record<string, string>;
	// Custom properties set per class: name -> [{ selector, literal value }].
	const perClass = new Map<string, { selector: string; value: string }[]>();
	for (const rule of rules) {
		for (const [prop, value] of rule.declarations) {
			if (!prop.startsWith('--')) continue;
			for (const selector of rule.selectors) {
				if (selector.startsWith(':root') || !/^(\.[\w-]+)+$/.test(selector)) continue;
				if (!appliesToChart(selector, classes)) continue;
				const literal = value.replace(/var\(--([\w-]+)\)/g, (_, name: string) => tokenMap[name] ?? '');
				const list = perClass.get(prop.slice(2)) ?? [];
				list.push({ selector, value: literal });
				perClass.set(prop.slice(2), list);
			}
		}
	}

	const out: string[] = [];
	for (const rule of rules) {
		const selectors = rule.selectors.filter((s) => appliesToChart(s, classes));
		if (selectors.length === 0) continue;
		const plain: string[] = [];
		const byVariable = new Map<string, [string, string][]>();
		for (const [prop, value] of rule.declarations) {
			if (!SVG_PROPERTIES.has(prop)) continue;
			const vars = [...value.matchAll(/var\(--([\w-]+)\)/g)].map((m) => m[1]);
			const local = vars.find((name) => !(name in tokenMap));
			if (local) {
				const list = byVariable.get(local) ?? [];
				list.push([prop, value]);
				byVariable.set(local, list);
			} else {
				plain.push(
					`${prop}:${resolveColorMix(value.replace(/var\(--([\w-]+)\)/g, (_, name: string) => tokenMap[name]))}`
				);
			}
		}
		const within = (selector: string) => (scope ? `${scope} ${selector}` : selector);
		const scoped = selectors.map(within);
		if (plain.length) out.push(`${scoped.join(',')}{${plain.join(';')}}`);
		for (const [name, declarations] of byVariable) {
			for (const { selector: definer, value } of perClass.get(name) ?? []) {
				const variants = selectors.flatMap((s) => [
					`${definer} ${s}`,
					...s.split(/\s+/).map((_, at) => withClassAt(s, definer, at))
				]);
				const body = declarations.map(
					([prop, v]) =>
						`${prop}:${resolveColorMix(
							v
								.replaceAll(`var(--${name})`, value)
								.replace(/var\(--([\w-]+)\)/g, (_, token: string) => tokenMap[token] ?? '')
						)}`
				);
				out.push(`${variants.map(within).join(',')}{${body.join(';')}}`);
			}
		}
	}
	return out.join('\n');
}
