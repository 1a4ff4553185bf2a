import { THEMES, type Theme } from './params';

/** Version of the message format in `EMBED.md`; a message with another `v` is not ours. */
export const MESSAGE_VERSION = 1;

/** Our height message: `{ type: 'talentrace:height', v: 1, id, height }`. */
export interface HeightMessage {
	type: 'talentrace:height';
	v: typeof MESSAGE_VERSION;
	id: string;
	height: number;
}

/**
 * The messages the frame posts to its parent for one height (CSS px, whole): ours, AMP's
 * `embed-size`, Embedly's `iframe.resize` string and, when a pym.js parent gave the frame a child id,
 * pym's height string, so hosts that speak any of them resize the frame.
 */
export function heightMessages(id: string, height: number, href: string, pymId: string | null = null): unknown[] {
	const ours: HeightMessage = { type: 'talentrace:height', v: MESSAGE_VERSION, id, height };
	const messages: unknown[] = [
		ours,
		{ sentinel: 'amp', type: 'embed-size', height },
		JSON.stringify({ context: 'iframe.resize', src: href, height })
	];
	if (pymId) messages.push(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`);
	return messages;
}

/** What a pym.js child id may look like: an element id without spaces, as pym.js parents use. */
const PYM_ID = /^[\w:.-]{1,128}$/;

/**
 * The `childId` a pym.js parent appends to the frame's URL (with `initialWidth`), or null when
 * there is none or it is not a plain element id. Sent back only inside pym's own height string.
 */
export function pymChildId(search: URLSearchParams): string | null {
	const id = search.get('childId');
	return id !== null && PYM_ID.test(id) ? id : null;
}

/** What the host page may ask of the frame. */
export type HostMessage = { kind: 'theme'; theme: Theme } | { kind: 'hello' };

/**
 * Reads a message from the host page: `talentrace:theme` with a known theme, or `talentrace:hello`,
 * both with `v: 1`. Anything else is null. The theme returned is one of `THEMES`, never the input.
 */
export function readHostMessage(data: unknown): HostMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const m = data as Record<string, unknown>;
	if (m.v !== MESSAGE_VERSION) return null;
	if (m.type === 'talentrace:hello') return { kind: 'hello' };
	if (m.type === 'talentrace:theme') {
		const theme = THEMES.find((t) => t === m.theme);
		return theme ? { kind: 'theme', theme } : null;
	}
	return null;
}

/** What the frame remembers about the heights it reported. */
export interface HeightGate {
	/** Heights posted, newest last, with the time (ms) they were posted. */
	posted: { height: number; at: number }[];
	/** While `now < holdUntil`, heights below `floor` are raised to it. */
	floor: number;
	holdUntil: number;
}

export function newHeightGate(): HeightGate {
	return { posted: [], floor: 0, holdUntil: 0 };
}

/** How long (ms) a flip-flop between two heights counts as a loop, and how long the larger one is held. */
export const LOOP_WINDOW = 1000;

/**
 * Decides whether a measured content height (CSS px, fractional) should be reported, and as what.
 * Returns the whole px to post (rounded up, so the content always fits), or null to stay quiet:
 * - a change under 1 px is not reported (the parent resizing the frame to the height it was told
 *   brings the same height back, and that must not start another round);
 * - a height that returns to the one reported two posts ago within `LOOP_WINDOW` ms is a loop
 *   (for example a scrollbar that appears and disappears): the larger of the two is reported and
 *   held for `LOOP_WINDOW` ms, so the content fits and the frame settles;
 * - `force` (an answer to the host's hello) reports the current height even if it is unchanged.
 * Mutates `gate`.
 */
export function gateHeight(gate: HeightGate, measured: number, now: number, force = false): number | null {
	if (!Number.isFinite(measured) || measured < 0) return null;
	let height = Math.ceil(measured);
	if (now < gate.holdUntil) height = Math.max(height, gate.floor);
	const last = gate.posted.at(-1);
	const before = gate.posted.at(-2);
	if (last && before && height === before.height && height !== last.height && now - before.at < LOOP_WINDOW) {
		gate.floor = Math.max(height, last.height);
		gate.holdUntil = now + LOOP_WINDOW;
		height = gate.floor;
	}
	if (!force && last && Math.abs(height - last.height) < 1) return null;
	gate.posted = [...gate.posted.slice(-1), { height, at: now }];
	return height;
}
