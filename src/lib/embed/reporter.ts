import { gateHeight, heightMessages, newHeightGate, readHostMessage } from './frame';
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
 * Heights go out from the ResizeObserver callback only (at most once per rendering frame, never from
 * a requestAnimationFrame loop), through `gateHeight`, which drops sub-pixel changes and breaks
 * loops. `content` must not depend on the frame's height (no `height: 100%`), or every resize by
 * the parent would be a new height.
 */
export function reportHeight(content: HTMLElement, { id, onTheme }: ReporterOptions): () => void {
	const parent = window.parent;
	if (parent === window) return () => {};
	const gate = newHeightGate();

	const post = (force: boolean) => {
		const height = gateHeight(gate, content.getBoundingClientRect().height, performance.now(), force);
		if (height === null) return;
		// The parent's origin is unknown (any publisher): the messages carry only the id and a height.
		for (const message of heightMessages(id, height, location.href)) parent.postMessage(message, '*');
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
	return () => {
		observer.disconnect();
		window.removeEventListener('message', onmessage);
	};
}
