import type { z } from 'zod';
import type { ParseOptions } from './parse';
import type { ChartId } from '$lib/charts';
import type { NoteKey } from './notes';
import type { At } from './at';

/** Where a number comes from: a link and a readable name for it. */
export interface Source {
	url: string;
	title: string;
}

/** How sure a number is. `weak`: no reputable copy was found; the value is published but marked unconfirmed. */
export type Confidence = 'confirmed' | 'single' | 'inferred' | 'weak';

export type Unit = 'percent' | 'usd' | 'persons' | 'permits' | 'registrations' | 'petitions';

/**
 * One number a chart draws. Every chart's data is a flat list of these, so tables, CSV/JSON files,
 * tooltips, keyboard navigation and story claims all work the same way for every chart.
 */
export interface Datum {
	/** Unique within its chart and URL-safe: `?datum=<key>` and story claims point at it. */
	key: string;
	/** Series id; its label is the catalogue entry `<chartId>.series.<series>`. */
	series: string;
	/**
	 * `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a category id (label: `<chartId>.category.<x>`), as the files
	 * and data downloads write it; read `at` for its value.
	 */
	x: string;
	/** `x` parsed where the data is read (its kind declared by the chart's data.ts for each series). */
	at: At;
	/** Component within a stacked mark, if any (label: `<chartId>.stack.<stack>`). */
	stack?: string;
	value: number;
	unit: Unit;
	/**
	 * The institutions that produced the number, as the research names them (English), e.g.
	 * "National Bureau of Statistics of China"; several for a total of parts from different bodies.
	 */
	producers: string[];
	/** Where we read it: the first source is the strongest the research found. */
	sources: Source[];
	confidence: Confidence;
	/** A caveat from the research notes: the catalogue key of its words (see `researchNote`). */
	note?: NoteKey;
	/** A caveat the chart marks on the number itself; set where the data is read (the chart's data.ts). */
	flag?: DatumFlag;
}

/**
 * `fee-unpublished`: the visa's own fee is not published, so the value is the ordinary visa fee for
 * that nationality (visa-costs: a dagger and a footnote). `other-measure`: the number counts
 * something other than the rest of its series (h1b-demand's 2027 "properly submitted" registrations).
 * `fee-lapsed`: a fee of the stack had lapsed ($0) that year, so the column lacks it (h1b-cost's 2004:
 * a note on the column). `suspended` and `resumed`: the last figure published before a suspension and
 * the first after it (youth-unemployment's June and December 2023: the months between are marked).
 */
export type DatumFlag = 'fee-unpublished' | 'other-measure' | 'fee-lapsed' | 'suspended' | 'resumed';

/** A chart's whole dataset as the pages receive it. */
export interface ChartData {
	id: ChartId;
	datums: Datum[];
	/** Latest date any datum refers to, ISO (`YYYY-MM-DD`): the "last updated" line. */
	updated: string;
}

/**
 * Reads `src/lib/data/raw/<file>` and validates every row with `schema`; `options.key` names the columns that
 * identify a row. A bad or repeated row throws with its line.
 */
export type ReadCsv = <S extends z.ZodType>(file: string, schema: S, options?: ParseOptions) => z.output<S>[];

/** The default export of a chart's `data.ts`: the chart's data, built from the raw files it reads. */
export type ChartDataSource = (read: ReadCsv) => ChartData;
