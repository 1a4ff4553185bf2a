/** Font size of chart labels in px; CSS uses the same value. */
export const LABEL_SIZE = 12;

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
 * Estimated rendered width (px) of `text` at `fontSize`, without measuring the DOM:
 * CJK and full-width characters take one em, Latin letters and digits about 0.58 em.
 * In text that contains CJK, dashes, curly quotes and ellipses are one em too, as a CJK font draws them.
 */
export function textWidth(text: string, fontSize = LABEL_SIZE): number {
	const cjk = WIDE.test(text);
	let ems = 0;
	for (const ch of text) {
		if (WIDE.test(ch) || (cjk && CJK_AMBIGUOUS.test(ch))) ems += 1;
		else if (/[ilI.,:;'|!’]/.test(ch)) ems += 0.3;
		else if (/[A-Z%$mwMW]/.test(ch)) ems += 0.72;
		else if (ch === ' ') ems += 0.3;
		else ems += 0.56;
	}
	return ems * fontSize;
}

/**
 * The units a line may break between: words with their following space in Latin text; single
 * characters in CJK text, except that Latin words and numbers inside it (H-1B, 16—24) stay whole,
 * with the unit that follows a number (2003年, 10万), closing punctuation stays with the character
 * before it and opening punctuation with the one after.
 */
function breakUnits(text: string): string[] {
	const raw = text.match(UNIT) ?? [];
	const units: string[] = [];
	for (const piece of raw) {
		const last = units.at(-1);
		const glued =
			NO_LINE_START.test(piece) ||
			NO_LINE_END.test(last?.trimEnd() ?? '') ||
			(/\d$/.test(last ?? '') && NUMBER_UNIT.test(piece));
		if (last !== undefined && glued) {
			units[units.length - 1] = last + piece;
		} else units.push(piece);
	}
	return units;
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
 * opening bracket when the phrase fits on a line, and between characters only when it does not;
 * Latin words and numbers inside it stay whole (see `breakUnits`). Lines carry no outer spaces.
 * @example wrapText('16—24岁，含在校生（旧口径）', 100) // ['16—24岁，', '含在校生', '（旧口径）']
 */
export function wrapText(text: string, maxWidth: number, fontSize = LABEL_SIZE): string[] {
	const fits = (s: string) => textWidth(s.trim(), fontSize) <= maxWidth;
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
			for (const unit of phrase) {
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
