import { measure, wrap } from '$lib/charts/kit/text';
import { CARD_HEIGHT, IMAGE_WIDTH } from '$lib/charts/shared/chartImage.layout';

/** The words of the home page's share card, already in the reader's language. */
export interface HomeCardText {
	title: string;
	/** Site name and address. */
	credit: string;
	facts: { id: string; figure: string; label: string; confirmed: boolean }[];
}

/** One line-wrapped text; `y` is the first line's baseline, in px. */
export interface CardText {
	lines: string[];
	x: number;
	y: number;
	size: number;
	lineHeight: number;
}

export interface CardFact {
	id: string;
	confirmed: boolean;
	/** The rule above the fact: from (x, y) to (x + width, y). */
	rule: { x: number; y: number; width: number };
	figure: CardText;
	label: CardText;
}

export interface HomeCardLayout {
	width: number;
	height: number;
	title: CardText;
	facts: CardFact[];
	credit: CardText;
}

const PAD = 56;
/** Bold glyphs run wider than `measure` assumes, and fonts other than Arial a little wider still. */
const BOLD = 1.1;
const SLACK = 0.94;

function text(s: string, x: number, top: number, width: number, size: number, bold: boolean): CardText {
	const lines = wrap(s, (width * SLACK) / (bold ? BOLD : 1), { size });
	return { lines, x, y: top + Math.round(size * 0.95), size, lineHeight: Math.round(size * 1.22) };
}

const height = (t: CardText) => t.lines.length * t.lineHeight;

/**
 * The home page's share card, 1200 × 630: the headline across the top, the key numbers in a
 * two-by-two grid, the credit at the bottom. The headline and the figures shrink until they fit.
 */
export function homeCardLayout(t: HomeCardText): HomeCardLayout {
	const full = IMAGE_WIDTH - 2 * PAD;
	const gap = 40;
	const column = (full - gap) / 2;
	const credit = text(t.credit, PAD, CARD_HEIGHT - PAD - 22, full, 20, true);
	const bottom = credit.y - credit.size - 16;
	let title = text(t.title, PAD, PAD, full, 46, true);
	for (const size of [46, 42, 38, 34, 30]) {
		title = text(t.title, PAD, PAD, full, size, true);
		if (title.lines.length <= 2) break;
	}
	const rows = Math.ceil(t.facts.length / 2);
	const top = PAD + height(title) + 28;
	const rowHeight = (bottom - top) / rows;
	let figureSize = 64;
	while (figureSize > 36 && t.facts.some((f) => measure(f.figure, { size: figureSize }) * BOLD > column * SLACK))
		figureSize -= 4;
	const facts = t.facts.map((f, i) => {
		const x = PAD + (i % 2) * (column + gap);
		const y = top + Math.floor(i / 2) * rowHeight;
		const figure = text(f.figure, x, y + 10, column, figureSize, true);
		const label = text(f.label, x, y + 10 + height(figure), column, 22, false);
		return { id: f.id, confirmed: f.confirmed, rule: { x, y, width: column }, figure, label };
	});
	return { width: IMAGE_WIDTH, height: CARD_HEIGHT, title, facts, credit };
}

/** The lowest point any text of the card reaches, in px (for tests: nothing may run off the card). */
export function cardBottom(layout: HomeCardLayout): number {
	const end = (c: CardText) => c.y + (c.lines.length - 1) * c.lineHeight + Math.round(c.size * 0.25);
	return Math.max(end(layout.credit), ...layout.facts.map((f) => end(f.label)));
}

/** The widest line of any text of the card, measured from the card's left edge, in px. */
export function cardRight(layout: HomeCardLayout): number {
	const right = (c: CardText, bold: boolean) =>
		c.x + Math.max(0, ...c.lines.map((l) => measure(l, { size: c.size }) * (bold ? BOLD : 1)));
	return Math.max(
		right(layout.title, true),
		right(layout.credit, true),
		...layout.facts.flatMap((f) => [right(f.figure, true), right(f.label, false)])
	);
}
