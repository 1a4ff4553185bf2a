// Source of static/embed.js, the host page's loader (see README, "Embedding"). Plain ES2017, no
// dependencies, no imports: `npm run build:embed` minifies it into static/embed.js, and a unit test
// fails when the two differ. Runs as a classic script on other people's pages, so it touches
// nothing but the chart iframes and one global, `talentrace`.

/** @typedef {{ contentWindow: { postMessage(message: unknown, origin: string): void } | null, contentDocument?: { URL: string } | null, src: string, style: { height: string, colorScheme: string }, getAttribute(name: string): string | null }} Frame */

(function (/** @type {any} */ win) {
	'use strict';
	var MIN = 100;
	var MAX = 5000;
	var PYM = /^pymxPYMx.*xPYMxheightxPYMx(\d+(?:\.\d+)?)$/;
	var THEME = /^(light|dark|auto)$/;
	var ATTR = 'data-talentrace-theme';

	/**
	 * The height (CSS px, whole, clamped to MIN..MAX) a message asks for, or null if it is not a
	 * height message: ours `{type:'talentrace:height', v:1, height}`, pym.js
	 * `pymxPYMx<id>xPYMxheightxPYMx<px>` or Datawrapper `{'datawrapper-height': {<id>: <px>}}`.
	 * @param {unknown} data
	 * @returns {number | null}
	 */
	function parse(data) {
		/** @type {unknown} */
		var h = null;
		if (typeof data === 'string') {
			var m = PYM.exec(data);
			if (m) h = +m[1];
		} else if (data && typeof data === 'object') {
			/** @type {any} */
			var d = data;
			var dw = d['datawrapper-height'];
			if (d.type === 'talentrace:height' && d.v === 1) h = d.height;
			else if (dw && typeof dw === 'object') h = dw[Object.keys(dw)[0]];
		}
		return typeof h === 'number' && isFinite(h) ? Math.min(MAX, Math.max(MIN, Math.ceil(h))) : null;
	}

	// Unit tests run this file in a sandbox that has `module`; browsers do not.
	if (typeof module === 'object' && module && module.exports) module.exports = { parse: parse };
	var doc = win.document;
	var me = doc && doc.currentScript;
	if (!me) return;
	var origin = new URL(me.src).origin;
	var prefix = origin + '/';
	var EMBED = /^\/(zh\/)?embed\//;

	// One global for the loaders of every chart host on the page (a page may embed charts from two
	// sites): { v: 1, setTheme, hosts: { <origin>: resend } }. An element with id="talentrace" (which
	// browsers also expose as window.talentrace) is not it, and is replaced.
	/** @type {any} */
	var api = win.talentrace;
	if (!api || api.v !== 1 || !api.hosts) {
		api = win.talentrace = {
			v: 1,
			hosts: {},
			/** @param {unknown} t 'light', 'dark' or 'auto'; anything else is ignored */
			setTheme: function (t) {
				if (typeof t !== 'string' || !THEME.test(t)) return;
				api.chosen = t;
				for (var o in api.hosts) api.hosts[o]();
			}
		};
	}
	// Every embed code carries a copy of the script tag: the first one of each chart host does the work.
	if (api.hosts[origin]) return;
	api.hosts[origin] = function () {
		frames().forEach(sendTheme);
	};
	var root = doc.documentElement;

	/** The chart iframes on the page now, so iframes added later count as soon as they exist. */
	function frames() {
		return /** @type {Frame[]} */ (
			[].filter.call(doc.getElementsByTagName('iframe'), function (/** @type {Frame} */ f) {
				return f.src.indexOf(prefix) === 0 && EMBED.test(f.src.slice(origin.length));
			})
		);
	}
	/**
	 * Whether `f` is sandboxed without allow-same-origin: its document then has an opaque origin,
	 * which posts as "null" and which no target origin but "*" reaches.
	 * @param {Frame} f
	 */
	function opaque(f) {
		var s = f.getAttribute('sandbox');
		return s !== null && !/(^|\s)allow-same-origin(\s|$)/i.test(s);
	}
	/** @param {Frame} f @param {unknown} message */
	function send(f, message) {
		if (f.contentWindow) f.contentWindow.postMessage(message, opaque(f) ? '*' : origin);
	}
	/** The host's theme: from talentrace.setTheme(), else data-talentrace-theme on <html> or on this script. */
	function theme() {
		var t = api.chosen || root.getAttribute(ATTR) || me.getAttribute(ATTR);
		return THEME.test(t) ? t : null;
	}
	/** @param {Frame} f */
	function sendTheme(f) {
		var t = theme();
		if (t) send(f, { type: 'talentrace:theme', v: 1, theme: t });
	}
	/** @param {CSSStyleDeclaration} s @param {string} name */
	function px(s, name) {
		return parseFloat(/** @type {any} */ (s)[name]) || 0;
	}

	win.addEventListener('message', function (/** @type {MessageEvent} */ e) {
		var h = parse(e.data);
		var list = frames();
		for (var i = 0; h !== null && i < list.length; i++) {
			var f = list[i];
			if (f.contentWindow !== e.source || e.origin !== (opaque(f) ? 'null' : origin)) continue;
			// A page that sets box-sizing: border-box on iframes would otherwise cut off their borders'
			// worth; the total stays within the clamp, whatever padding the page gives iframes.
			var s = getComputedStyle(/** @type {any} */ (f));
			if (s.boxSizing === 'border-box') {
				h += px(s, 'borderTopWidth') + px(s, 'borderBottomWidth') + px(s, 'paddingTop') + px(s, 'paddingBottom');
			}
			f.style.height = Math.min(MAX, h) + 'px';
			// The frame declares a light color-scheme; a host page that declares dark would otherwise
			// paint an opaque box behind a transparent (chrome=plain) chart.
			if (!f.style.colorScheme) f.style.colorScheme = 'light';
			// Answering each of our reports also reaches frames that were not listening yet when the theme was sent.
			if (e.data.type) sendTheme(f);
			return;
		}
	});

	new MutationObserver(api.hosts[origin]).observe(root, { attributes: true, attributeFilter: [ATTR] });
	// Frames that loaded before this script have already reported their height: ask again. A frame
	// still on its first about:blank (readable from here) will report by itself once it loads.
	frames().forEach(function (f) {
		var d = f.contentDocument;
		if (!d || d.URL !== 'about:blank') send(f, { type: 'talentrace:hello', v: 1 });
	});
})(window);
