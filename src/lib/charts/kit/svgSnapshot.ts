import { expect } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/** Numbers with three or more decimals are rounded to two: sub-pixel noise is not a change a reader sees. */
function round(text: string): string {
	return text.replace(/-?\d+\.\d{3,}/g, (n) => String(Number(Number(n).toFixed(2))));
}

/** One element per line, indented by depth; an element holding only text stays on one line, an empty one closes itself. */
function prettyPrint(markup: string): string {
	const tokens = markup.split(/(<[^>]+>)/).filter((t) => t.trim() !== '');
	const lines: string[] = [];
	let depth = 0;
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		const indent = '\t'.repeat(depth);
		if (token.startsWith('</')) {
			depth -= 1;
			lines.push('\t'.repeat(depth) + token);
		} else if (token.endsWith('/>') || !token.startsWith('<')) {
			lines.push(indent + token);
		} else if (tokens[i + 1]?.startsWith('</')) {
			lines.push(indent + token.replace(/>$/, '/>'));
			i += 1;
		} else if (tokens[i + 1] && !tokens[i + 1].startsWith('<') && tokens[i + 2]?.startsWith('</')) {
			lines.push(indent + token + tokens[i + 1] + tokens[i + 2]);
			i += 2;
		} else {
			lines.push(indent + token);
			depth += 1;
		}
	}
	return lines.join('\n');
}

/**
 * A chart's server render as a stable, readable SVG document: the first `<svg>` element cut out of
 * the HTML, Svelte's hydration comments and scoped `svelte-…` classes dropped, `$props.id()` ids
 * made fixed, numbers rounded to 2 dp, one element per line. `css`, the chart's own styles written
 * for a standalone SVG (as the SVG/PNG export writes them), goes in a `<style>` element at the top,
 * so the file opens styled in a browser by itself.
 * @throws when the HTML holds no `<svg>` element
 */
export function toSvgSnapshot(html: string, css = ''): string {
	const clean = html.replace(/<!--[\s\S]*?-->/g, '');
	const start = clean.search(/<svg[\s>]/);
	const end = clean.lastIndexOf('</svg>');
	if (start < 0 || end < start) throw new Error('the render holds no <svg> element');
	const ids = new Map<string, string>();
	const svg = clean
		.slice(start, end + '</svg>'.length)
		.replace(/<svg(?![^>]*\sxmlns=)/, '<svg xmlns="http://www.w3.org/2000/svg"')
		.replace(/\s*\bsvelte-[a-z0-9]+\b/g, '')
		.replace(/\sclass=""/g, '')
		// Svelte's $props.id() values depend on render order: number them by first appearance instead.
		.replace(/\b(s\d+)-(?=[a-z])/g, (_, id: string) => {
			if (!ids.has(id)) ids.set(id, `uid${ids.size + 1}`);
			return `${ids.get(id)}-`;
		});
	const styled = css ? svg.replace(/^<svg[^>]*>/, (open) => `${open}<style>${css}</style>`) : svg;
	return `${prettyPrint(round(styled))}\n`;
}

/**
 * Expects `actual` to equal the committed snapshot file at `path`, showing a diff when it does not.
 * A missing snapshot fails too (it is never written silently, in CI or not). With `UPDATE_SNAPSHOTS=1`
 * the file is written instead.
 */
export function expectFileSnapshot(actual: string, path: string, testFile: string): void {
	const file = relative(process.cwd(), path);
	const how = `If the change is deliberate, run \`UPDATE_SNAPSHOTS=1 npx vitest run ${testFile}\`, open the changed .svg files to check them, and commit them.`;
	if (process.env.UPDATE_SNAPSHOTS === '1') {
		mkdirSync(dirname(path), { recursive: true });
		if (!existsSync(path) || readFileSync(path, 'utf8') !== actual) writeFileSync(path, actual);
		return;
	}
	expect(existsSync(path), `Snapshot ${file} is missing. ${how}`).toBe(true);
	expect(actual, `Snapshot ${file} differs from the render. ${how}`).toBe(readFileSync(path, 'utf8'));
}
