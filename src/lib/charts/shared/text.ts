/** Font size of chart labels in px; CSS uses the same value. */
export const LABEL_SIZE = 12;

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * Estimated rendered width (px) of `text` at `fontSize`, without measuring the DOM:
 * CJK and full-width characters take one em, Latin letters and digits about 0.58 em.
 */
export function textWidth(text: string, fontSize = LABEL_SIZE): number {
	let ems = 0;
	for (const ch of text) {
		if (WIDE.test(ch)) ems += 1;
		else if (/[ilI.,:;'|!’]/.test(ch)) ems += 0.3;
		else if (/[A-Z%$mwMW]/.test(ch)) ems += 0.72;
		else if (ch === ' ') ems += 0.3;
		else ems += 0.56;
	}
	return ems * fontSize;
}

/**
 * Breaks `text` into lines no wider than `maxWidth` px. Latin text breaks at spaces;
 * CJK text (no spaces) may break between any two characters.
 */
export function wrapText(text: string, maxWidth: number, fontSize = LABEL_SIZE): string[] {
	const spaced = text.includes(' ') || !WIDE.test(text);
	const tokens = spaced ? text.split(' ') : [...text];
	const joiner = spaced ? ' ' : '';
	const lines: string[] = [];
	let line = '';
	for (const token of tokens) {
		const candidate = line ? `${line}${joiner}${token}` : token;
		if (line && textWidth(candidate, fontSize) > maxWidth) {
			lines.push(line);
			line = token;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}
