import { csvParseRows } from 'd3-dsv';
import type { z } from 'zod';

/** A data file that failed validation; the message names the file, the line and the field. */
export class DataError extends Error {
	constructor(
		readonly file: string,
		readonly line: number,
		readonly field: string,
		reason: string
	) {
		super(`${file}:${line}: field "${field}": ${reason}`);
		this.name = 'DataError';
	}
}

/**
 * Parses CSV text and validates every row with `schema`.
 * Line numbers count the header as line 1, so they match what an editor shows.
 * @throws DataError on the first bad row
 */
export function parseCsv<S extends z.ZodType>(file: string, text: string, schema: S): z.output<S>[] {
	const [header, ...rows] = csvParseRows(text.replace(/^\uFEFF/, '').replace(/\r?\n$/, ''));
	if (!header) throw new DataError(file, 1, '(header)', 'the file is empty');
	return rows.map((cells, index) => {
		const line = index + 2;
		if (cells.length !== header.length) {
			throw new DataError(file, line, '(row)', `expected ${header.length} fields, found ${cells.length}`);
		}
		const record = Object.fromEntries(header.map((name, i) => [name, cells[i]]));
		const result = schema.safeParse(record);
		if (!result.success) {
			const issue = result.error.issues[0];
			throw new DataError(file, line, String(issue.path[0] ?? '(row)'), issue.message);
		}
		return result.data;
	});
}
