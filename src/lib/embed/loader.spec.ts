import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { embedJs, TARGET } from '../../../scripts/embed-js.mjs';

/** The file publishers load, exactly as shipped. */
const SHIPPED = readFileSync(TARGET, 'utf8');
const CHARTS = 'https://charts.example';

/** The loader's pure parser, taken from the shipped file through the sandbox's `module`. */
function loadParse(): (data: unknown) => number | null {
	const module = { exports: {} as { parse?: (data: unknown) => number | null } };
	runInNewContext(SHIPPED, { module, window: {} });
	return module.exports.parse!;
}

interface FakeFrame {
	src: string;
	contentDocument?: { URL: string } | null;
	style: {
		height: string;
		colorScheme: string;
		boxSizing?: string;
		borderTopWidth?: string;
		borderBottomWidth?: string;
		paddingTop?: string;
		paddingBottom?: string;
	};
	contentWindow: { postMessage: (message: unknown, origin: string) => void };
	getAttribute: (name: string) => string | null;
	received: { message: unknown; origin: string }[];
}

function frame(src: string, style: Partial<FakeFrame['style']> = {}, sandbox: string | null = null): FakeFrame {
	const received: FakeFrame['received'] = [];
	return {
		src,
		style: { height: '', colorScheme: '', ...style },
		contentWindow: { postMessage: (message, origin) => received.push({ message, origin }) },
		getAttribute: (name) => (name === 'sandbox' ? sandbox : null),
		received
	};
}

type Listener = (e: { origin: string; source: unknown; data: unknown }) => void;

/**
 * Runs the shipped loader on a fake host page holding `frames`; returns a way to deliver messages.
 * `win` is the page's window when the page already has one (to run a second loader on it).
 */
function host(
	frames: FakeFrame[],
	scriptTheme: string | null = null,
	win: Record<string, unknown> = {},
	scriptOrigin = CHARTS
) {
	const listeners = (win.listeners ?? []) as Listener[];
	win.listeners = listeners;
	let onmutation: () => void = () => {};
	const htmlAttrs: Record<string, string> = {};
	win.addEventListener = (type: string, fn: Listener) => {
		if (type === 'message') listeners.push(fn);
	};
	win.window = win;
	win.document = {
		currentScript: {
			src: `${scriptOrigin}/embed.js`,
			getAttribute: (name: string) => (name === 'data-talentrace-theme' ? scriptTheme : null)
		},
		documentElement: { getAttribute: (name: string) => htmlAttrs[name] ?? null },
		getElementsByTagName: (tag: string) => (tag === 'iframe' ? frames : [])
	};
	win.getComputedStyle = (f: FakeFrame) => ({
		boxSizing: f.style.boxSizing ?? 'content-box',
		borderTopWidth: f.style.borderTopWidth ?? '0px',
		borderBottomWidth: f.style.borderBottomWidth ?? '0px',
		paddingTop: f.style.paddingTop ?? '0px',
		paddingBottom: f.style.paddingBottom ?? '0px'
	});
	win.MutationObserver = class {
		constructor(fn: () => void) {
			onmutation = fn;
		}
		observe() {}
	};
	win.URL = URL;
	runInNewContext(SHIPPED, win);
	return {
		win: win as { talentrace?: { setTheme(t: unknown): void } },
		deliver: (data: unknown, source: unknown, origin = CHARTS) => {
			for (const listener of listeners) listener({ origin, source, data });
		},
		setHtmlTheme: (t: string) => {
			htmlAttrs['data-talentrace-theme'] = t;
			onmutation();
		}
	};
}

const ours = (height: unknown, extra: object = {}) => ({ type: 'talentrace:height', v: 1, id: 'x', height, ...extra });

describe('static/embed.js', () => {
	it('is the minified loader source (run `npm run build:embed` after editing loader.js)', () => {
		expect(SHIPPED).toBe(embedJs());
	});

	it('stays about 1 KB gzipped', () => {
		expect(gzipSync(SHIPPED).length).toBeLessThanOrEqual(1200);
	});
});

describe('embed.js parse', () => {
	const parse = loadParse();
	it.each([
		[ours(512), 512],
		[ours(512.2), 513],
		[ours(3), 100],
		[ours(-40), 100],
		[ours(99999), 5000],
		['pymxPYMxchart-1xPYMxheightxPYMx640', 640],
		['pymxPYMxmyxchartxPYMxheightxPYMx640.5', 641],
		[{ 'datawrapper-height': { abc12: 455 } }, 455],
		[{ 'datawrapper-height': { abc12: 90000 } }, 5000]
	])('reads %j as %d', (data, expected) => {
		expect(parse(data)).toBe(expected);
	});

	it.each([
		null,
		undefined,
		42,
		'',
		'hello',
		ours('512'),
		ours(NaN),
		ours(Infinity),
		ours(512, { v: 2 }),
		ours(512, { v: '1' }),
		{ type: 'talentrace:height', height: 512 },
		{ type: 'talentrace:theme', v: 1, theme: 'dark' },
		{ sentinel: 'amp', type: 'embed-size', height: 512 },
		'pymxPYMxchart-1xPYMxwidthxPYMx640',
		'pymxPYMxchart-1xPYMxheightxPYMx640px',
		'xpymxPYMxchart-1xPYMxheightxPYMx640',
		{ 'datawrapper-height': { abc12: '455' } },
		{ 'datawrapper-height': 455 },
		{ 'datawrapper-height': {} }
	])('ignores %j', (data) => {
		expect(parse(data)).toBeNull();
	});
});

describe('embed.js on a host page', () => {
	const EMBED = `${CHARTS}/embed/h1b-demand`;

	it('says hello to the chart iframes already on the page, and only to those', () => {
		const a = frame(EMBED);
		const other = frame('https://video.example/embed/1');
		const page = frame(`${CHARTS}/charts/h1b-demand`);
		host([a, other, page]);
		expect(a.received).toEqual([{ message: { type: 'talentrace:hello', v: 1 }, origin: CHARTS }]);
		expect(other.received).toEqual([]);
		expect(page.received).toEqual([]);
	});

	it('does not say hello to a chart iframe that has not loaded yet (it will report by itself)', () => {
		const loading = { ...frame(EMBED), contentDocument: { URL: 'about:blank' } };
		const loaded = { ...frame(EMBED), contentDocument: null };
		host([loading, loaded]);
		expect(loading.received).toEqual([]);
		expect(loaded.received).toHaveLength(1);
	});

	it('resizes the iframe whose window sent the height', () => {
		const a = frame(EMBED);
		const b = frame(`${EMBED}?theme=dark`);
		const { deliver } = host([a, b]);
		deliver(ours(480.4), b.contentWindow);
		expect(b.style.height).toBe('481px');
		expect(a.style.height).toBe('');
	});

	it('ignores a message from another origin, even from a chart iframe’s window', () => {
		const a = frame(EMBED);
		const { deliver } = host([a]);
		deliver(ours(480), a.contentWindow, 'https://evil.example');
		deliver(ours(480), a.contentWindow, 'http://charts.example');
		expect(a.style.height).toBe('');
	});

	it('ignores a message from a window that is not one of the chart iframes', () => {
		const a = frame(EMBED);
		const page = frame(`${CHARTS}/charts/h1b-demand`);
		const { deliver } = host([a, page]);
		deliver(ours(480), {});
		deliver(ours(480), page.contentWindow);
		deliver(ours(480), null);
		expect(a.style.height).toBe('');
		expect(page.style.height).toBe('');
	});

	it('ignores messages of the wrong shape or version', () => {
		const a = frame(EMBED);
		const { deliver } = host([a]);
		deliver(ours(480, { v: 2 }), a.contentWindow);
		deliver({ sentinel: 'amp', type: 'embed-size', height: 480 }, a.contentWindow);
		deliver('{"context":"iframe.resize","height":480}', a.contentWindow);
		expect(a.style.height).toBe('');
	});

	it('clamps heights', () => {
		const a = frame(EMBED);
		const { deliver } = host([a]);
		deliver(ours(1e9), a.contentWindow);
		expect(a.style.height).toBe('5000px');
		deliver(ours(0), a.contentWindow);
		expect(a.style.height).toBe('100px');
	});

	it('accepts pym.js and Datawrapper heights from a checked source', () => {
		const a = frame(EMBED);
		const { deliver } = host([a]);
		deliver('pymxPYMxa1xPYMxheightxPYMx333', a.contentWindow);
		expect(a.style.height).toBe('333px');
		deliver({ 'datawrapper-height': { a1: 444 } }, a.contentWindow);
		expect(a.style.height).toBe('444px');
		deliver('pymxPYMxa1xPYMxheightxPYMx555', {});
		expect(a.style.height).toBe('444px');
	});

	it('resizes an iframe added after it loaded', () => {
		const frames = [frame(EMBED)];
		const { deliver } = host(frames);
		const late = frame(`${CHARTS}/embed/visa-costs`);
		frames.push(late);
		deliver(ours(600), late.contentWindow);
		expect(late.style.height).toBe('600px');
	});

	it('adds the borders of a border-box iframe, so the content still fits', () => {
		const a = frame(EMBED, { boxSizing: 'border-box', borderTopWidth: '1px', borderBottomWidth: '2px' });
		const { deliver } = host([a]);
		deliver(ours(400), a.contentWindow);
		expect(a.style.height).toBe('403px');
	});

	it('sends no theme unless the host asks for one', () => {
		const a = frame(EMBED);
		const { deliver } = host([a]);
		deliver(ours(400), a.contentWindow);
		expect(a.received.map((r) => r.message)).toEqual([{ type: 'talentrace:hello', v: 1 }]);
	});

	it('forwards the theme from the script tag in answer to each height report', () => {
		const a = frame(EMBED);
		const { deliver } = host([a], 'dark');
		deliver(ours(400), a.contentWindow);
		expect(a.received.at(-1)).toEqual({ message: { type: 'talentrace:theme', v: 1, theme: 'dark' }, origin: CHARTS });
	});

	it('forwards talentrace.setTheme() and <html data-talentrace-theme> to every chart iframe', () => {
		const a = frame(EMBED);
		const b = frame(`${CHARTS}/embed/visa-costs`);
		const { win, setHtmlTheme } = host([a, b]);
		win.talentrace!.setTheme('light');
		expect(b.received.at(-1)?.message).toEqual({ type: 'talentrace:theme', v: 1, theme: 'light' });
		win.talentrace!.setTheme('<img src=x>');
		setHtmlTheme('dark');
		// setTheme() wins over the attribute, and a bad value is ignored (never sent).
		expect(a.received.map((r) => r.message)).toEqual([
			{ type: 'talentrace:hello', v: 1 },
			{ type: 'talentrace:theme', v: 1, theme: 'light' },
			{ type: 'talentrace:theme', v: 1, theme: 'light' }
		]);
	});

	it('uses the attribute on <html> when setTheme was not called', () => {
		const a = frame(EMBED);
		const { setHtmlTheme } = host([a]);
		setHtmlTheme('dark');
		expect(a.received.at(-1)?.message).toEqual({ type: 'talentrace:theme', v: 1, theme: 'dark' });
	});

	it('runs once however many copies of the script tag the page has', () => {
		const a = frame(EMBED);
		const { win } = host([a]);
		const before = win.talentrace;
		runInNewContext(SHIPPED, win);
		expect(win.talentrace).toBe(before);
		expect(a.received).toHaveLength(1);
	});

	it('manages the Chinese embeds (/zh/embed/<id>) too', () => {
		const zh = frame(`${CHARTS}/zh/embed/h1b-demand`);
		const { deliver } = host([zh]);
		deliver(ours(420), zh.contentWindow);
		expect(zh.style.height).toBe('420px');
	});

	it('sizes a frame sandboxed without allow-same-origin from its "null" origin, and talks to it with "*"', () => {
		const boxed = frame(EMBED, {}, 'allow-scripts');
		const normal = frame(`${CHARTS}/embed/visa-costs`, {}, 'allow-scripts allow-same-origin');
		const { deliver } = host([boxed, normal], 'dark');
		expect(boxed.received[0]).toEqual({ message: { type: 'talentrace:hello', v: 1 }, origin: '*' });
		expect(normal.received[0].origin).toBe(CHARTS);
		deliver(ours(410), boxed.contentWindow, 'null');
		expect(boxed.style.height).toBe('410px');
		expect(boxed.received.at(-1)).toEqual({ message: { type: 'talentrace:theme', v: 1, theme: 'dark' }, origin: '*' });
		// "null" only from a frame that is sandboxed that way; the chart origin only from one that is not.
		deliver(ours(300), normal.contentWindow, 'null');
		deliver(ours(300), boxed.contentWindow);
		expect(normal.style.height).toBe('');
		expect(boxed.style.height).toBe('410px');
	});

	it('is not disabled by an element with id="talentrace" (window.talentrace)', () => {
		const a = frame(EMBED);
		const element = { id: 'talentrace', tagName: 'DIV' };
		const { deliver, win } = host([a], null, { talentrace: element });
		deliver(ours(400), a.contentWindow);
		expect(a.style.height).toBe('400px');
		expect(win.talentrace).not.toBe(element);
	});

	it('lets the loaders of two chart hosts on one page each size their own frames', () => {
		const OTHER = 'https://graphics.example';
		const a = frame(EMBED);
		const b = frame(`${OTHER}/embed/h1b-demand`);
		const page: Record<string, unknown> = {};
		const first = host([a, b], null, page);
		host([a, b], null, page, OTHER);
		first.deliver(ours(400), a.contentWindow);
		first.deliver(ours(500), b.contentWindow, OTHER);
		first.deliver(ours(600), b.contentWindow);
		expect(a.style.height).toBe('400px');
		expect(b.style.height).toBe('500px');
		// One setTheme() reaches the frames of both hosts, each at its own origin.
		first.win.talentrace!.setTheme('dark');
		expect(a.received.at(-1)).toEqual({ message: { type: 'talentrace:theme', v: 1, theme: 'dark' }, origin: CHARTS });
		expect(b.received.at(-1)).toEqual({ message: { type: 'talentrace:theme', v: 1, theme: 'dark' }, origin: OTHER });
	});

	it.each([['purple'], [''], [null], [42], [{ toString: () => 'dark' }]])('ignores setTheme(%j)', (bad) => {
		const a = frame(EMBED);
		const { win, deliver } = host([a]);
		win.talentrace!.setTheme('light');
		win.talentrace!.setTheme(bad);
		deliver(ours(400), a.contentWindow);
		expect(a.received.at(-1)?.message).toEqual({ type: 'talentrace:theme', v: 1, theme: 'light' });
	});

	it('keeps a border-box frame within the height clamp, whatever padding the host page gives it', () => {
		const a = frame(EMBED, { boxSizing: 'border-box', paddingTop: '4000px', paddingBottom: '4000px' });
		const { deliver } = host([a]);
		deliver(ours(4900), a.contentWindow);
		expect(a.style.height).toBe('5000px');
	});

	it('gives each frame it sizes a light color-scheme unless the page set one', () => {
		const a = frame(EMBED);
		const b = frame(`${CHARTS}/embed/visa-costs`, { colorScheme: 'dark' });
		const { deliver } = host([a, b]);
		deliver(ours(400), a.contentWindow);
		deliver(ours(400), b.contentWindow);
		expect(a.style.colorScheme).toBe('light');
		expect(b.style.colorScheme).toBe('dark');
	});
});
