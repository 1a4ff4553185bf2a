import { gateHeight, heightMessages, newHeightGate, pymChildId, readHostMessage } from './frame';
import type { Theme } from './params';

export interface ReporterOptions {
	/** Chart id, sent with every height. */
	id: string;
	/** Called when the host page sets a theme. */
	onTheme: (theme: Theme) => void;
}

/**
 * Reports the height of `content` to the parent page whenever it changes, and answers the host's
 * messages (hello, theme). Returns the cleanup. Does nothing when the page is not in a frame.
 *
 * The first height goes out as soon as the chart is drawn: at once, again once the hydrated chart
 * has laid itself out at the frame's width, and when the page and its fonts have loaded. A frame
 * outside the viewport is sized that way too: browsers stop rendering off-screen cross-site frames,
 * so their ResizeObserver callbacks (and animation frames) wait until the reader scrolls there,
 * but timers, load events and layout reads still run. After that, heights go out from the
 * ResizeObserver callback (at most once per rendering frame, never from a requestAnimationFrame
 * loop), all through `gateHeight`, which drops sub-pixel changes and breaks loops. `content` must
 * not depend on the frame's height (no `height: 100%`), or every resize by the parent would be a
 * new height. A pym.js parent's `childId` in the URL adds pym's height string to every report.
 */
export function reportHeight(content: HTMLElement, { id, onTheme }: ReporterOptions): () => void {
	const parent = window.parent;
	if (parent === window) return () => {};
	const gate = newHeightGate();
	const pymId = pymChildId(new URLSearchParams(location.search));

	const post = (force: boolean) => {
		const height = gateHeight(gate, content.getBoundingClientRect().height, performance.now(), force);
		if (height === null) return;
		// The parent's origin is unknown (any publisher): the messages carry only the id and a height.
		for (const message of heightMessages(id, height, location.href, pymId)) parent.postMessage(message, '*');
	};

	const onmessage = (event: MessageEvent) => {
		if (event.source !== parent) return;
		const message = readHostMessage(event.data);
		if (message?.kind === 'hello') post(true);
		else if (message?.kind === 'theme') onTheme(message.theme);
	};

	// Listen before the first report, so the host's answer to it (its theme) is not missed.
	window.addEventListener('message', onmessage);
	const observer = new ResizeObserver(() => post(false));
	observer.observe(content);
	const settle = () => post(false);
	post(true);
	// Hydration's effects (the chart measuring its width) run after this attachment: report again after them.
	const timer = setTimeout(settle);
	if (document.readyState !== 'complete') window.addEventListener('load', settle);
	document.fonts?.ready.then(settle);
	return () => {
		observer.disconnect();
		clearTimeout(timer);
		window.removeEventListener('load', settle);
		window.removeEventListener('message', onmessage);
	};
}
