import type { Anchor, Box } from './geometry';

/** Font size of chart labels in px; CSS uses the same value. */
export const LABEL_SIZE = 12;
/** Distance between the baselines of two lines of 12 px chart text, px. */
export const LINE_HEIGHT = 14;
/** For 12 px text placed by the vertical centre of its first line: its baseline is this far below, px (0.32 em). */
export const CENTRE_TO_BASELINE = 0.32 * LABEL_SIZE;
/** How much wider semibold chart text runs than the regular widths in `CHAR_EM`. */
export const BOLD_WIDTH = 1.15;
/**
 * The `slack` of layouts that plan every label with room to spare (h1b-cost, h1b-demand): fonts
 * such as DejaVu Sans run up to 8% wider than the table.
 */
export const WIDE_FONT_SLACK = 1.08;

const WIDE_RANGES =
	'\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';
const WIDE = new RegExp(`[${WIDE_RANGES}]`);
/** A run of non-CJK, non-space characters with its trailing spaces, one CJK character, or spaces. */
const UNIT = new RegExp(`[^\\s${WIDE_RANGES}]+\\s*|\\S\\s*|\\s+`, 'g');
/** Punctuation that a CJK font draws one em wide (Chinese pages set a CJK font first). */
const CJK_AMBIGUOUS = /[\u2014\u2018\u2019\u201c\u201d\u2026\u00b7]/;
/** May not start a line (closing punctuation), per Chinese line-breaking rules. */
const NO_LINE_START = /^[，。、；：？！）」』】》〉”’%％·…—\u3001\u3002\uff09\uff0c\uff1a\uff1b\uff01\uff1f]/;
/** May not end a line (opening punctuation). */
const NO_LINE_END = /[（「『【《〈“‘\uff08]$/;
/** Chinese units and counters that stay on the line of the number before them (2003年, 71.1万, 12个). */
const NUMBER_UNIT = /^[年月日时分秒岁万亿元个份人次倍]/;

/**
 * Advance widths of a regular-weight sans-serif, in em, per character (like Observable Plot's
 * `defaultWidth` table); any other Latin character is `DEFAULT_EM`. CJK and full-width characters are
 * one em (see `measure`).
 */
const CHAR_EM: ReadonlyMap<string, number> = new Map([
	...[..."ilI.,:;'|!’ "].map((ch) => [ch, 0.3] as const),
	...[...'ABCDEFGHJKLMNOPQRSTUVWXYZ%$mw'].map((ch) => [ch, 0.72] as const)
]);
const DEFAULT_EM = 0.56;

/** How text is drawn, for estimating its width. */
export interface TextStyle {
	/** Font size, px (default `LABEL_SIZE`). */
	size?: number;
	/** Semibold: `BOLD_WIDTH` times wider. */
	bold?: boolean;
	/**
	 * Room a layout leaves beyond the estimate, as a factor (default 1): for fonts that run wider
	 * than the table (DejaVu Sans digits are 0.64 em) where a clipped label would be worse than a gap.
	 */
	slack?: number;
}

/**
 * Estimated rendered width (px) of `text`, without measuring the DOM: the sum of each character's
 * width from `CHAR_EM`, with CJK and full-width characters one em; in text that contains CJK,
 * dashes, curly quotes and ellipses are one em too, as a CJK font draws them.
 * @example measure('失业率') // 36
 */
export function measure(text: string, style: TextStyle = {}): number {
	const size = style.size ?? LABEL_SIZE;
	const cjk = WIDE.test(text);
	let ems = 0;
	for (const ch of text) {
		if (WIDE.test(ch) || (cjk && CJK_AMBIGUOUS.test(ch))) ems += 1;
		else ems += CHAR_EM.get(ch) ?? DEFAULT_EM;
	}
	return ems * size * (style.slack ?? 1) * (style.bold ? BOLD_WIDTH : 1);
}

const HAN_CHAR = /[\u4e00-\u9fff]/;
let words: Intl.Segmenter | null | undefined;

/**
 * Offsets in `text` where a Chinese word begins, from the runtime's word segmenter (ICU's
 * dictionary: 多少, 外籍, 居留, 许可), or null where there is none (every character is then a word).
 */
function wordStarts(text: string): Set<number> | null {
	if (words === undefined)
		words = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
	if (!words || !HAN_CHAR.test(text)) return null;
	return new Set([...words.segment(text)].map((s) => s.index));
}

/**
 * The units a line may break between: words with their following space in Latin text; words in
 * CJK text (多少, never 多 / 少), except that Latin words and numbers inside it (H-1B, 16—24) stay whole,
 * with the unit that follows a number (2003年, 10万), closing punctuation stays with the character
 * before it and opening punctuation with the one after.
 */
function breakUnits(text: string, byWord = true): string[] {
	const raw = text.match(UNIT) ?? [];
	const starts = byWord ? wordStarts(text) : null;
	const units: string[] = [];
	let at = 0;
	for (const piece of raw) {
		const last = units.at(-1);
		const midWord = starts !== null && !starts.has(at) && HAN_CHAR.test(piece[0]) && HAN_CHAR.test(last?.at(-1) ?? '');
		const glued =
			midWord ||
			NO_LINE_START.test(piece) ||
			NO_LINE_END.test(last?.trimEnd() ?? '') ||
			(/\d$/.test(last ?? '') && NUMBER_UNIT.test(piece));
		if (last !== undefined && glued) {
			units[units.length - 1] = last + piece;
		} else units.push(piece);
		at += piece.length;
	}
	return units;
}

/** A Chinese word too wide for a line of its own, split back into characters (punctuation kept on). */
function splitIfTooWide(unit: string, fits: (s: string) => boolean): string[] {
	return fits(unit) ? [unit] : breakUnits(unit, false);
}

/** Chinese punctuation after which a line breaks most naturally. */
const PHRASE_END = /[，、；：。！？）」』》\uff09\uff0c\uff1a\uff1b]$/;
const PHRASE_START = /^[（「『《“\uff08]/;

/**
 * Groups break units into phrases: each Latin word, or a run of CJK text up to and including
 * its punctuation (or up to an opening bracket). Lines break between phrases when they can.
 */
function phrases(units: readonly string[]): string[][] {
	const out: string[][] = [];
	let current: string[] = [];
	for (const unit of units) {
		if (current.length && PHRASE_START.test(unit)) {
			out.push(current);
			current = [];
		}
		current.push(unit);
		if (/\s$/.test(unit) || PHRASE_END.test(unit)) {
			out.push(current);
			current = [];
		}
	}
	if (current.length) out.push(current);
	return out;
}

/**
 * Breaks `text` into lines no wider than `maxWidth` px (a single unit wider than that gets a line
 * of its own). Latin text breaks at spaces. Chinese text breaks after its punctuation or before an
 * opening bracket when the phrase fits on a line, and between words only when it does not (between
 * the characters of a word only when the word alone is wider than the line);
 * Latin words and numbers inside it stay whole (see `breakUnits`). Lines carry no outer spaces.
 * @example wrap('16—24岁，含在校生（旧口径）', 100) // ['16—24岁，', '含在校生', '（旧口径）']
 */
export function wrap(text: string, maxWidth: number, style: TextStyle = {}): string[] {
	const fits = (s: string) => measure(s.trim(), style) <= maxWidth;
	const lines: string[] = [];
	let line = '';
	const flush = () => {
		if (line.trim()) lines.push(line.trim());
		line = '';
	};
	for (const phrase of phrases(breakUnits(text))) {
		const whole = phrase.join('');
		if (fits(line + whole)) {
			line += whole;
		} else if (fits(whole)) {
			flush();
			line = whole;
		} else {
			for (const unit of phrase.flatMap((u) => splitIfTooWide(u, fits))) {
				if (line.trim() && !fits(line + unit)) flush();
				line += line ? unit : unit.trimStart();
			}
		}
	}
	flush();
	return withoutOrphan(lines, fits);
}

const HAN = /[\u4e00-\u9fff]/g;

/**
 * Chinese text whose last line is one lone character (工作类居留许 / 可) takes the last unit of the
 * line before down with it (工作类居留 / 许可), when that still fits.
 */
function withoutOrphan(lines: string[], fits: (s: string) => boolean): string[] {
	const last = lines.at(-1);
	if (lines.length < 2 || !last || (last.match(HAN) ?? []).length !== 1 || breakUnits(last).length !== 1) return lines;
	const before = breakUnits(lines.at(-2)!);
	if (before.length < 3) return lines;
	const moved = before.pop()!;
	if (!fits(moved + last)) return lines;
	return [...lines.slice(0, -2), before.join('').trim(), moved + last];
}

/**
 * Like `wrap`, but with lines of even length: the narrowest width that needs no more lines than
 * wrapping at `maxWidth` does. Avoids a long first line and one orphaned word.
 */
export function wrapBalanced(text: string, maxWidth: number, style: TextStyle = {}): string[] {
	const count = wrap(text, maxWidth, style).length;
	let lo = 0;
	let hi = maxWidth;
	for (let i = 0; i < 20; i++) {
		const mid = (lo + hi) / 2;
		if (wrap(text, mid, style).length <= count) hi = mid;
		else lo = mid;
	}
	return wrap(text, hi, style);
}

/**
 * A block of text placed by a layout: one or more lines anchored at `x` like SVG `text-anchor`,
 * `y` the baseline of the first line, later lines `lineHeight` lower. `<TextBlock>` draws it.
 */
export interface TextBlock extends Omit<TextStyle, 'slack'> {
	key: string;
	lines: string[];
	/** Anchor x, px. */
	x: number;
	/** Baseline of the first line, px. */
	y: number;
	anchor: Anchor;
	/** Distance between baselines, px (default `LINE_HEIGHT`). */
	lineHeight?: number;
}

/** A text block with the line height for its font size (14 px at 12 px). */
export function textBlock(
	key: string,
	lines: string[],
	x: number,
	y: number,
	anchor: Anchor = 'start',
	style: Omit<TextStyle, 'slack'> = {}
): TextBlock {
	const size = style.size ?? LABEL_SIZE;
	return { key, lines, x, y, anchor, lineHeight: Math.round(size * 1.2), size, bold: style.bold };
}

/** Widest line of a block, px (see `measure`; `slack` as there). */
export function blockWidth(block: Pick<TextBlock, 'lines' | 'size' | 'bold'>, slack = 1): number {
	return Math.max(0, ...block.lines.map((l) => measure(l, { size: block.size, bold: block.bold, slack })));
}

/** Ascent and descent of a line, in em: the box runs from 0.8 em above the baseline to 0.25 em below. */
const ASCENT = 0.8;
const DESCENT = 0.25;

/** Height of a block from the top of its first line to the bottom of its last, px. */
export function blockHeight(block: Pick<TextBlock, 'lines' | 'size' | 'lineHeight'>): number {
	const size = block.size ?? LABEL_SIZE;
	return (block.lines.length - 1) * (block.lineHeight ?? LINE_HEIGHT) + (ASCENT + DESCENT) * size;
}

/** The estimated rectangle a block covers, px (width from `blockWidth` with `slack`). */
export function blockBox(block: TextBlock, slack = 1): Box {
	const size = block.size ?? LABEL_SIZE;
	const w = blockWidth(block, slack);
	const left = block.anchor === 'start' ? block.x : block.anchor === 'end' ? block.x - w : block.x - w / 2;
	const top = block.y - ASCENT * size;
	return { left, right: left + w, top, bottom: top + blockHeight(block) };
}

/**
 * Places items of the given widths (px) left to right, starting a new row whenever the next one
 * would pass `maxWidth`. Returns each item's x offset from the row start and its row index.
 * @example flowRows([50, 50, 50], 120, 10) // [{x:0,row:0},{x:60,row:0},{x:0,row:1}]
 */
export function flowRows(widths: readonly number[], maxWidth: number, gap: number): { x: number; row: number }[] {
	let x = 0;
	let row = 0;
	return widths.map((w) => {
		if (x > 0 && x + w > maxWidth) {
			x = 0;
			row++;
		}
		const placed = { x, row };
		x += w + gap;
		return placed;
	});
}
