import type { z } from 'zod';
import { parseAt, type At, type XKind } from './at';

/**
 * A data file that failed validation. The message is `file:line: field "name": reason` (or
 * `file:line: reason` when no single field is at fault), with the offending value in the reason.
 */
export class DataError extends Error {
	constructor(
		readonly file: string,
		readonly line: number,
		readonly field: string | null,
		reason: string
	) {
		super(`${file}:${line}: ${field ? `field "${field}": ` : ''}${reason}`);
		this.name = 'DataError';
	}
}

/** One CSV record and the line it starts on, counted as an editor counts them (first line 1). */
export interface CsvRecord {
	cells: string[];
	line: number;
}

/**
 * Splits CSV text (RFC 4180: comma-separated, fields with commas, quotes or line breaks in double
 * quotes, quotes doubled) into records. A record's line is where it starts, so rows after a quoted
 * field with line breaks keep the line numbers an editor shows. LF, CRLF and CR line ends all count.
 * @throws DataError on a quote that is not closed or not doubled, or a blank line between rows
 */
export function csvRecords(file: string, text: string): CsvRecord[] {
	const records: CsvRecord[] = [];
	let cells: string[] = [];
	let cell = '';
	/** The current cell was quoted: it is complete, and a delimiter must follow. */
	let quoted = false;
	let line = 1;
	let start = 1;
	let i = 0;
	/** The first blank line seen: an error if a record follows it (trailing blank lines are fine). */
	let blankLine = 0;
	const endCell = () => {
		cells.push(cell);
		cell = '';
		quoted = false;
	};
	const endRecord = () => {
		const blank = cells.length === 0 && cell === '' && !quoted;
		endCell();
		if (blank) blankLine ||= start;
		else if (blankLine) throw new DataError(file, blankLine, null, 'blank line between rows');
		else records.push({ cells, line: start });
		cells = [];
	};
	while (i < text.length) {
		const c = text[i];
		if (c === '"' && cell === '' && !quoted) {
			const opened = line;
			for (i++; ; i++) {
				if (i >= text.length) throw new DataError(file, opened, null, 'a quoted field is never closed');
				const q = text[i];
				if (q === '"' && text[i + 1] === '"') {
					cell += '"';
					i++;
				} else if (q === '"') {
					break;
				} else {
					if (q === '\n' || (q === '\r' && text[i + 1] !== '\n')) line++;
					cell += q;
				}
			}
			i++;
			quoted = true;
			if (i < text.length && !',\r\n'.includes(text[i])) {
				const where = opened === line ? '' : ` (the field opened on line ${opened})`;
				throw new DataError(file, line, null, `a quote inside a quoted field must be doubled ("")${where}`);
			}
		} else if (c === ',') {
			endCell();
			i++;
		} else if (c === '\n' || c === '\r') {
			endRecord();
			i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
			start = ++line;
		} else if (c === '"') {
			throw new DataError(
				file,
				line,
				null,
				'a quote inside an unquoted field (quote the whole field and double the quote)'
			);
		} else {
			cell += c;
			i++;
		}
	}
	// The last record, unless the text ends with a line break.
	if (cells.length > 0 || cell !== '' || quoted) endRecord();
	return records;
}

/** Where each parsed row came from, for errors found after parsing (derived totals, routes). */
const ORIGIN = new WeakMap<object, { file: string; line: number }>();

/** A DataError at the file and line a parsed row came from. */
export function rowError(row: object, field: string | null, reason: string): DataError {
	const origin = ORIGIN.get(row);
	if (!origin) return new DataError('(unknown file)', 0, field, reason);
	return new DataError(origin.file, origin.line, field, reason);
}

/** The line a parsed row came from (0 if it was not parsed by parseCsv). */
export function lineOf(row: object): number {
	return ORIGIN.get(row)?.line ?? 0;
}

/**
 * A datum's x from `row[field]`: the text as written and its value read as `kind` (see `parseAt`).
 * @example rowAt(row, 'month', 'month') // { x: '2025-08', at: { kind: 'month', date: … } }
 * @throws DataError at the row's file and line when the text is not a `kind`
 */
export function rowAt<R extends object>(row: R, field: keyof R & string, kind: XKind): { x: string; at: At } {
	const x = String(row[field]);
	try {
		return { x, at: parseAt(x, kind) };
	} catch (error) {
		throw rowError(row, field, (error as Error).message);
	}
}

export interface ParseOptions {
	/** Columns that together identify a row: two rows with the same values fail. */
	key?: readonly string[];
}

/**
 * Parses CSV text and validates every row with `schema`. Line numbers are the editor's.
 * @throws DataError on an empty file, a file without data rows, a repeated or missing column,
 *   a row of the wrong length, a row the schema rejects, or a row repeating another's key
 */
export function parseCsv<S extends z.ZodType>(
	file: string,
	text: string,
	schema: S,
	options: ParseOptions = {}
): z.output<S>[] {
	const [header, ...rows] = csvRecords(file, text.replace(/^\uFEFF/, ''));
	if (!header) throw new DataError(file, 1, null, 'the file is empty (expected a header line, then data rows)');
	const columns = header.cells;
	const repeated = columns.find((name, i) => columns.indexOf(name) !== i);
	if (repeated !== undefined) throw new DataError(file, 1, repeated, 'column named twice in the header');
	for (const name of options.key ?? []) {
		if (!columns.includes(name)) throw new DataError(file, 1, name, 'column missing from the header');
	}
	if (rows.length === 0) throw new DataError(file, 1, null, 'the file has a header but no data rows');
	const seen = new Map<string, number>();
	return rows.map(({ cells, line }) => {
		if (cells.length !== columns.length) {
			throw new DataError(file, line, null, `expected ${columns.length} fields, found ${cells.length}`);
		}
		const record: Record<string, string> = Object.fromEntries(columns.map((name, i) => [name, cells[i]]));
		const result = schema.safeParse(record);
		if (!result.success) {
			const issue = result.error.issues[0];
			const field = String(issue.path[0] ?? '');
			if (field && !columns.includes(field)) throw new DataError(file, 1, field, 'column missing from the header');
			throw new DataError(file, line, field || null, issue.message);
		}
		if (options.key?.length) {
			const id = JSON.stringify(options.key.map((name) => record[name]));
			const first = seen.get(id);
			if (first !== undefined) {
				const [name, ...others] = options.key;
				const also = others.map((other) => `, ${other} "${record[other]}"`).join('');
				throw new DataError(file, line, name, `"${record[name]}"${also} repeats line ${first}`);
			}
			seen.set(id, line);
		}
		const row = result.data;
		if (row !== null && typeof row === 'object') ORIGIN.set(row, { file, line });
		return row;
	});
}
