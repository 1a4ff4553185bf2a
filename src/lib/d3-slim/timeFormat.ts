// Stand-in for d3-time-format, aliased in vite.config.ts. d3-scale's time scales build their default
// tick formatters when created, but this project never uses them: dates on screen go through Intl in
// `$lib/format`, per language. The formatters exist and throw if called. Saves about 3 KB gzipped.

function unused(name: string) {
	return (specifier: string) => (): never => {
		throw new Error(`d3-time-format ${name}("${specifier}") is not bundled: format dates with $lib/format`);
	};
}

export const timeFormat = unused('timeFormat');
export const utcFormat = unused('utcFormat');
