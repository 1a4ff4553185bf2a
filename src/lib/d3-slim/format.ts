// Stand-in for d3-format, aliased in vite.config.ts. d3-scale imports it only for `scale.tickFormat()`,
// which this project never calls: every number on screen goes through Intl in `$lib/format`, per
// language. Calling any of these throws and says where to look. Saves about 2 KB gzipped per chart.

function unused(name: string) {
	return (): never => {
		throw new Error(`d3-format ${name}() is not bundled: format numbers with $lib/format`);
	};
}

export const format = unused('format');
export const formatPrefix = unused('formatPrefix');
export const formatSpecifier = unused('formatSpecifier');
export const precisionFixed = unused('precisionFixed');
export const precisionPrefix = unused('precisionPrefix');
export const precisionRound = unused('precisionRound');
