import type { Size } from '../kit/geometry';
import { measure, wrap as wrapLines, type TextBlock } from '../kit/text';

/** `download`: the chart at 1200 px wide with its whole frame. `card`: a 1200 × 630 share card. */
export type ImageKind = 'download' | 'card';

/** The words around the chart in an exported image, already in the reader's language. */
export interface ImageText {
	title: string;
	subtitle: string;
	/** Definitions and gaps; drawn on downloads only. */
	notes: string;
	/** The source line, e.g. `Sources: NBS; Reuters and 3 more`. */
	source: string;
	/** Site name and the chart's address. */
	credit: string;
}

/** One paragraph of an image's frame: a text block with its colour. */
export interface ImageBlock extends TextBlock {
	key: 'title' | 'subtitle' | 'notes' | 'source' | 'credit';
	size: number;
	lineHeight: number;
	bold: boolean;
	tone: 'fg' | 'muted';
}

/** Where the chart's own SVG goes, scaled from its `viewBox` (its layout size) to `width` × `height`. */
export interface ChartBox {
	x: number;
	y: number;
	width: number;
	height: number;
	viewBox: Size;
}

export interface ChartImageLayout {
	width: number;
	height: number;
	blocks: ImageBlock[];
	chart: ChartBox;
}

export const IMAGE_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Bold (700) glyphs run wider than `measure` assumes for regular ones. */
const BOLD = 1.1;
/** Room for fonts a little wider than Arial (DejaVu Sans, if the viewer lacks Arial). */
const SLACK = 0.94;

const HAN = /[\u4e00-\u9fff]/;

/**
 * Chinese headings may break between any two characters, so a greedy wrap leaves one or two
 * characters of a word on a short last line (有多少外国人在中 / 国生活和工作). They get lines of
 * even length instead: the narrowest width that needs no more lines. Latin text wraps greedily.
 */
function wrap(text: string, width: number, size: number, bold: boolean, even = false): string[] {
	if (!text) return [];
	const max = (width * SLACK) / (bold ? BOLD : 1);
	const lines = wrapLines(text, max, { size });
	if (!even || lines.length < 2 || !HAN.test(text)) return lines;
	let lo = 0;
	let hi = max;
	for (let i = 0; i < 20; i++) {
		const mid = (lo + hi) / 2;
		if (wrapLines(text, mid, { size }).length <= lines.length) hi = mid;
		else lo = mid;
	}
	return wrapLines(text, hi, { size });
}

function block(
	key: ImageBlock['key'],
	text: string,
	x: number,
	top: number,
	width: number,
	size: number,
	bold: boolean,
	tone: ImageBlock['tone']
): ImageBlock {
	const lineHeight = Math.round(size * 1.25);
	const lines = wrap(text, width, size, bold, key === 'title' || key === 'subtitle');
	// The first baseline sits about 0.8 em below the block's top edge.
	return { key, lines, x, y: top + Math.round(size * 0.95), anchor: 'start', size, lineHeight, bold, tone };
}

/** Height of a block in px, from the top of its first line to the bottom of its last. */
function extent(b: ImageBlock): number {
	return b.lines.length === 0 ? 0 : b.lines.length * b.lineHeight;
}

/**
 * The download image: title, subtitle, the chart scaled to the full width, notes, source line and
 * credit, 1200 px wide and as tall as its content.
 */
function downloadLayout(text: ImageText, chart: Size): ChartImageLayout {
	const pad = 48;
	const width = IMAGE_WIDTH - 2 * pad;
	const blocks: ImageBlock[] = [];
	let top = pad;
	const title = block('title', text.title, pad, top, width, 40, true, 'fg');
	top += extent(title) + 8;
	const subtitle = block('subtitle', text.subtitle, pad, top, width, 26, false, 'muted');
	top += extent(subtitle) + 28;
	blocks.push(title, subtitle);
	const scale = width / chart.width;
	const box: ChartBox = { x: pad, y: top, width, height: Math.round(chart.height * scale), viewBox: chart };
	top += box.height + 28;
	for (const [key, value, gap] of [
		['notes', text.notes, 10],
		['source', text.source, 10],
		['credit', text.credit, 0]
	] as const) {
		const b = block(key, value, pad, top, width, 19, key === 'credit', 'muted');
		blocks.push(b);
		top += extent(b) + gap;
	}
	return { width: IMAGE_WIDTH, height: Math.round(top + pad - 8), blocks, chart: box };
}

/**
 * The share card, 1200 × 630: title and finding in a column on the left, the chart on the right,
 * source line and credit across the bottom. The title shrinks until the column fits.
 */
function cardLayout(text: ImageText, chart: Size): ChartImageLayout {
	const pad = 44;
	const full = IMAGE_WIDTH - 2 * pad;
	const footSize = 17;
	const source = block('source', text.source, pad, 0, full, footSize, false, 'muted');
	const credit = block('credit', text.credit, pad, 0, full, footSize, true, 'muted');
	const foot = extent(source) + extent(credit);
	const footTop = CARD_HEIGHT - pad - foot + 6;
	const inner = footTop - 20 - pad;
	const chartWidth = 680;
	const scale = Math.min(chartWidth / chart.width, inner / chart.height);
	const box: ChartBox = {
		x: IMAGE_WIDTH - pad - Math.round(chart.width * scale),
		y: pad + Math.round((inner - chart.height * scale) / 2),
		width: Math.round(chart.width * scale),
		height: Math.round(chart.height * scale),
		viewBox: chart
	};
	const column = full - chartWidth - 40;
	let title = block('title', text.title, pad, pad, column, 40, true, 'fg');
	let subtitle = block('subtitle', text.subtitle, pad, pad, column, 24, false, 'fg');
	for (const size of [40, 36, 33, 30, 27, 24]) {
		title = block('title', text.title, pad, pad, column, size, true, 'fg');
		const subtitleSize = Math.round(Math.max(18, size * 0.6));
		subtitle = block('subtitle', text.subtitle, pad, pad + extent(title) + 14, column, subtitleSize, false, 'fg');
		if (extent(title) + 14 + extent(subtitle) <= inner) break;
	}
	return {
		width: IMAGE_WIDTH,
		height: CARD_HEIGHT,
		blocks: [
			title,
			subtitle,
			{ ...source, y: source.y + footTop },
			{ ...credit, y: credit.y + footTop + extent(source) }
		],
		chart: box
	};
}

/**
 * Geometry of an exported chart image: wrapped text blocks and the box the chart is scaled into.
 * `chart` is the chart SVG's own layout size (its viewBox). All values in output px.
 */
export function chartImageLayout(kind: ImageKind, text: ImageText, chart: Size): ChartImageLayout {
	return kind === 'card' ? cardLayout(text, chart) : downloadLayout(text, chart);
}

/** Widest estimated line of a block in px (for tests: text must stay inside the image). */
export function imageBlockWidth(b: ImageBlock): number {
	return Math.max(0, ...b.lines.map((l) => measure(l, { size: b.size, slack: b.bold ? BOLD : 1 })));
}
