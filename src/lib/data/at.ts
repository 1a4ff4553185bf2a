// A datum's x as a typed value. Files and URLs keep x as a string (`Datum.x`); it is parsed once, where
// data enters (a chart's data.ts on the server, `chartDataFromJson` in the browser), so that layouts,
// tooltips, tables and exports read dates, years and category ids instead of parsing strings again.

/** What a chart's x values are: each series has one kind. */
export type XKind = 'day' | 'month' | 'year' | 'fiscal-year' | 'category';

/** A parsed x value; `date` is at UTC midnight (the first of the month for a month). */
export type At =
	| { kind: 'day'; date: Date }
	| { kind: 'month'; date: Date }
	| { kind: 'year'; year: number }
	| { kind: 'fiscal-year'; year: number }
	| { kind: 'category'; id: string };

/** The kind of x of each series of a chart, by series id (what the browser parses its data file with). */
export type XKinds = Readonly<Record<string, XKind>>;

const FORMS: Record<Exclude<XKind, 'category'>, { form: RegExp; written: string }> = {
	day: { form: /^(\d{4})-(\d{2})-(\d{2})$/, written: 'a date as YYYY-MM-DD' },
	month: { form: /^(\d{4})-(\d{2})$/, written: 'a month as YYYY-MM' },
	year: { form: /^(\d{4})$/, written: 'a year as YYYY' },
	'fiscal-year': { form: /^(\d{4})$/, written: 'a fiscal year as YYYY' }
};

/** A category id: lowercase letters, digits and hyphens, starting with a letter (it names a catalogue key). */
const CATEGORY = /^[a-z][a-z0-9-]*$/;

/**
 * `x` read as `kind`.
 * @example parseAt('2025-08', 'month') // { kind: 'month', date: 2025-08-01T00:00:00Z }
 * @throws Error whose message is the reason, naming the value (e.g. `"2025-13" is not a month as YYYY-MM`)
 */
export function parseAt(x: string, kind: XKind): At {
	if (kind === 'category') {
		if (!CATEGORY.test(x)) throw new Error(`"${x}" is not a category id (lowercase letters, digits and hyphens)`);
		return { kind, id: x };
	}
	const { form, written } = FORMS[kind];
	const [, y, m = '01', d = '01'] = form.exec(x) ?? [];
	if (y === undefined) throw new Error(`"${x}" is not ${written}`);
	if (kind === 'year' || kind === 'fiscal-year') return { kind, year: Number(y) };
	const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
	// Date.UTC rolls 2025-13 over into 2026-01: a value that does not come back unchanged is no date.
	if (date.toISOString().slice(0, x.length) !== x) throw new Error(`"${x}" is not ${written} (no such ${kind})`);
	return { kind, date };
}

/** How `at` is written as a datum's x (`YYYY-MM-DD`, `YYYY-MM`, `YYYY` or the category id). */
export function atText(at: At): string {
	if (at.kind === 'category') return at.id;
	if (at.kind === 'year' || at.kind === 'fiscal-year') return String(at.year);
	return at.date.toISOString().slice(0, at.kind === 'day' ? 10 : 7);
}

/** The date of a day or month. @throws when `at` is neither (a chart reading another chart's kind) */
export function dateOf(at: At): Date {
	if (at.kind === 'day' || at.kind === 'month') return at.date;
	throw new Error(`expected a day or a month, got a ${at.kind}`);
}

/** The year of a year or fiscal year. @throws when `at` is neither */
export function yearOf(at: At): number {
	if (at.kind === 'year' || at.kind === 'fiscal-year') return at.year;
	throw new Error(`expected a year, got a ${at.kind}`);
}

/** The kind of x of each series in `datums` (see `XKinds`). */
export function xKinds(datums: readonly { series: string; at: At }[]): Record<string, XKind> {
	return Object.fromEntries(datums.map((d) => [d.series, d.at.kind]));
}
