// The one list of charts, in the order the site shows them. Each id names a folder, src/lib/charts/<id>/,
// whose index.ts exports the chart's definition and data.ts the data it draws. The registry, the server's
// data, the tests and the scripts all read this list. Chart ids are public URLs: never rename one, only add.
// Plain JavaScript, so that Node scripts read it as they are.

export const CHART_IDS = /** @type {const} */ ([
	'h1b-cost',
	'visa-costs',
	'foreign-workers',
	'youth-unemployment',
	'h1b-demand'
]);
