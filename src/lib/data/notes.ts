// Relative imports: Node tests and scripts load the charts' data.ts files, and this module, as they are.
import type { ChartId } from '$lib/charts';
import { en, type MessageKey } from '../i18n/messages.en';

/** A note on a datum: the catalogue key of its words (`<chartId>.note.<id>`), in every language. */
export type NoteKey = Extract<MessageKey, `${ChartId}.note.${string}`>;

function isNoteKey(key: string): key is NoteKey {
	return key.includes('.note.') && key in en;
}

/**
 * The key of a research note on a datum of chart `chart`: `<chart>.note.<id>`, whose English text
 * must be the research's words, `english`. The data files keep those words; the catalogues carry
 * them, and their Chinese translation, to the pages.
 * @throws when the catalogue has no such key, or words it differently (the research changed: update both catalogues)
 */
export function researchNote(chart: ChartId, id: string, english: string): NoteKey {
	const key = `${chart}.note.${id}`;
	if (!isNoteKey(key)) {
		throw new Error(`the note "${english}" has no message "${key}" in messages.en.ts and messages.zh.ts`);
	}
	if (en[key] !== english) {
		throw new Error(
			`the research's note for "${key}" is now "${english}", but messages.en.ts says "${en[key]}": update both catalogues`
		);
	}
	return key;
}
