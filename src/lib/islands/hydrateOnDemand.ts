// Hydrates a server-rendered island when it is needed, and replays what the reader did before.

/**
 * When an island hydrates without being touched: once the page is idle, at once (`now`), or only at
 * the reader's first touch (`interaction`: until then the page is what the server drew, complete,
 * and loads no more).
 */
export type HydrateWhen = 'idle' | 'now' | 'interaction';
/** Events that start hydration at once (the reader is reaching for the island). */
const START = ['pointerover', 'pointerdown', 'focusin', 'keydown', 'click', 'toggle'] as const;

/**
 * Events that arrive before hydration and are dispatched again, in order, on their target once the
 * island's handlers exist. Synthetic events have no default action, so only events whose default
 * has nothing to undo are replayed: a `click` only on a plain button (a link has navigated and a
 * summary has toggled natively already; its `toggle` is replayed instead).
 */
function replayable(event: Event): boolean {
	if (event.type === 'click') {
		const button = (event.target as Element).closest?.('button');
		return !!button && button.type === 'button';
	}
	return event.type === 'pointerdown' || event.type === 'keydown' || event.type === 'toggle';
}

/** A fresh copy of `event` (same type, coordinates, keys, pointer type), to dispatch after hydration. */
function copyOf(event: Event): Event {
	const Kind = event.constructor as new (type: string, init: Event) => Event;
	// Event constructors read their init dictionary's fields from any object, the event itself included.
	return new Kind(event.type, event);
}

/**
 * Calls `hydrate` once: when the browser is idle (`idle`) or at once (`now`), or at the reader's first pointer, focus, key or click inside it, whichever comes first.
 * What the reader did meanwhile is not lost: focus stays on its element (hydration adopts the
 * server's nodes) and its focus handlers run, the element under the pointer gets its `mouseenter`,
 * the last pointer move and the replayable events are dispatched again on their targets.
 */
export function hydrateOnDemand(root: HTMLElement, when: HydrateWhen, hydrate: () => Promise<void>): void {
	const pending: Event[] = [];
	let lastMove: PointerEvent | null = null;
	let started = false;

	const record = (event: Event) => {
		if (event.type === 'pointermove') lastMove = event as PointerEvent;
		else if (replayable(event)) pending.push(event);
		if (event.type !== 'pointermove') void start();
	};
	const types = [...START, 'pointermove'];
	for (const type of types) root.addEventListener(type, record, { capture: true });

	async function start() {
		if (started) return;
		started = true;
		try {
			await hydrate();
		} finally {
			for (const type of types) root.removeEventListener(type, record, { capture: true });
		}
		replay();
	}

	function replay() {
		const active = document.activeElement;
		if (active instanceof HTMLElement && root.contains(active) && active !== root) {
			active.dispatchEvent(new FocusEvent('focus'));
			active.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
		}
		for (const el of root.querySelectorAll(':hover')) el.dispatchEvent(new MouseEvent('mouseenter'));
		const events = lastMove ? [lastMove, ...pending] : pending;
		for (const event of events) {
			const target = event.target as Node | null;
			if (target?.isConnected && root.contains(target)) target.dispatchEvent(copyOf(event));
		}
	}

	if (when === 'interaction') return;
	if (when === 'now') void start();
	else if ('requestIdleCallback' in window) requestIdleCallback(() => void start(), { timeout: 2000 });
	else setTimeout(() => void start(), 200);
}
