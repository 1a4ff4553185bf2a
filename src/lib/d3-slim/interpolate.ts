// Stand-in for d3-interpolate, aliased in vite.config.ts. d3-scale only needs numbers (and dates and
// arrays of them) interpolated here: marks are coloured with CSS tokens, never with colour scales.
// The real module brings d3-color's colour parser and name table, about 5 KB gzipped per chart.

type Interpolator<T> = (t: number) => T;

/** Linear interpolation between two numbers; same as d3's `interpolateNumber`. */
export function interpolateNumber(a: number, b: number): Interpolator<number> {
	const x = +a;
	const y = +b;
	return (t) => x * (1 - t) + y * t;
}

/** Like `interpolateNumber`, rounded to the nearest integer; same as d3's `interpolateRound`. */
export function interpolateRound(a: number, b: number): Interpolator<number> {
	const x = +a;
	const y = +b;
	return (t) => Math.round(x * (1 - t) + y * t);
}

/**
 * d3's generic `interpolate` for the values this project's scales take: numbers, booleans, null,
 * dates and arrays of those. Strings (colours, numbers in text) are refused with an error that
 * says why, instead of being interpolated wrongly.
 */
export function interpolate(a: unknown, b: unknown): Interpolator<unknown> {
	if (b == null || typeof b === 'boolean') return () => b;
	if (typeof b === 'number') return interpolateNumber(a as number, b);
	if (b instanceof Date) {
		const x = +(a as Date);
		const y = +b;
		return (t) => new Date(x * (1 - t) + y * t);
	}
	if (Array.isArray(b)) {
		const from = Array.isArray(a) ? a : [];
		const parts = b.map((v, i) => interpolate(from[i], v));
		return (t) => parts.map((p) => p(t));
	}
	throw new Error(
		`interpolate(${JSON.stringify(b)}): only numbers, dates and arrays are interpolated in this project; ` +
			'colour marks with CSS tokens (see src/lib/d3-slim/interpolate.ts)'
	);
}

/** d3's `piecewise`: one interpolator per pair of neighbouring values, over t in [0, 1]. */
export function piecewise<T>(fn: ((a: T, b: T) => Interpolator<unknown>) | T[], values?: T[]): Interpolator<unknown> {
	const pair = (values === undefined ? interpolate : fn) as (a: T, b: T) => Interpolator<unknown>;
	const vs = (values ?? fn) as T[];
	const n = vs.length - 1;
	const parts = Array.from({ length: Math.max(0, n) }, (_, i) => pair(vs[i], vs[i + 1]));
	return (t) => {
		const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
		return parts[i](t - i);
	};
}
