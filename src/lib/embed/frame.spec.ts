import { describe, expect, it } from 'vitest';
import { gateHeight, heightMessages, newHeightGate, pymChildId, readHostMessage, LOOP_WINDOW } from './frame';

describe('heightMessages', () => {
	it('gives our message, the AMP message and the Embedly string for one height', () => {
		const [ours, amp, embedly] = heightMessages('h1b-demand', 512, 'https://example.org/embed/h1b-demand?theme=dark');
		expect(ours).toEqual({ type: 'talentrace:height', v: 1, id: 'h1b-demand', height: 512 });
		expect(amp).toEqual({ sentinel: 'amp', type: 'embed-size', height: 512 });
		expect(typeof embedly).toBe('string');
		expect(JSON.parse(embedly as string)).toEqual({
			context: 'iframe.resize',
			src: 'https://example.org/embed/h1b-demand?theme=dark',
			height: 512
		});
	});

	it('adds pym.js’s height string only when a pym parent gave a child id', () => {
		expect(heightMessages('h1b-demand', 512, 'https://example.org/embed/h1b-demand')).toHaveLength(3);
		const messages = heightMessages('h1b-demand', 512, 'https://example.org/embed/h1b-demand', 'chart-1');
		expect(messages).toHaveLength(4);
		expect(messages[3]).toBe('pymxPYMxchart-1xPYMxheightxPYMx512');
	});
});

describe('pymChildId', () => {
	it('reads the childId a pym.js parent appends', () => {
		expect(pymChildId(new URLSearchParams('theme=dark&initialWidth=600&childId=graphic_1'))).toBe('graphic_1');
	});
	it.each(['', 'a b', 'x'.repeat(129), '<img>', 'a"b'])('refuses %j', (id) => {
		expect(pymChildId(new URLSearchParams({ childId: id }))).toBeNull();
	});
	it('is null without a childId', () => {
		expect(pymChildId(new URLSearchParams('initialWidth=600'))).toBeNull();
	});
});

describe('readHostMessage', () => {
	it.each([
		[
			{ type: 'talentrace:theme', v: 1, theme: 'dark' },
			{ kind: 'theme', theme: 'dark' }
		],
		[
			{ type: 'talentrace:theme', v: 1, theme: 'light' },
			{ kind: 'theme', theme: 'light' }
		],
		[
			{ type: 'talentrace:theme', v: 1, theme: 'auto' },
			{ kind: 'theme', theme: 'auto' }
		],
		[{ type: 'talentrace:hello', v: 1 }, { kind: 'hello' }]
	])('reads %j', (data, expected) => {
		expect(readHostMessage(data)).toEqual(expected);
	});

	it.each([
		null,
		undefined,
		'talentrace:hello',
		42,
		{ type: 'talentrace:hello' },
		{ type: 'talentrace:hello', v: 2 },
		{ type: 'talentrace:hello', v: '1' },
		{ type: 'talentrace:theme', v: 1, theme: 'purple' },
		{ type: 'talentrace:theme', v: 1, theme: '<img src=x onerror=alert(1)>' },
		{ type: 'talentrace:theme', v: 1 },
		{ type: 'talentrace:height', v: 1, height: 10 }
	])('ignores %j', (data) => {
		expect(readHostMessage(data)).toBeNull();
	});
});

describe('gateHeight', () => {
	it('reports the first height, rounded up', () => {
		expect(gateHeight(newHeightGate(), 512.2, 0)).toBe(513);
	});

	it('stays quiet when the height did not change by a whole pixel', () => {
		const gate = newHeightGate();
		gateHeight(gate, 500, 0);
		expect(gateHeight(gate, 500, 16)).toBeNull();
		expect(gateHeight(gate, 499.5, 32)).toBeNull();
		expect(gateHeight(gate, 501, 48)).toBe(501);
	});

	it('answers a hello with the unchanged height', () => {
		const gate = newHeightGate();
		gateHeight(gate, 500, 0);
		expect(gateHeight(gate, 500, 16, true)).toBe(500);
	});

	it('breaks an A-B-A loop by holding the larger height', () => {
		const gate = newHeightGate();
		expect(gateHeight(gate, 500, 0)).toBe(500);
		expect(gateHeight(gate, 520, 16)).toBe(520);
		// Back to 500 within the window: a loop. The larger height wins and sticks.
		expect(gateHeight(gate, 500, 32)).toBeNull();
		expect(gateHeight(gate, 520, 48)).toBeNull();
		expect(gateHeight(gate, 500, 64)).toBeNull();
		// Growing is always reported.
		expect(gateHeight(gate, 600, 80)).toBe(600);
	});

	it('lets a height come back after the loop window', () => {
		const gate = newHeightGate();
		gateHeight(gate, 500, 0);
		gateHeight(gate, 520, 100);
		expect(gateHeight(gate, 500, 100 + LOOP_WINDOW + 1)).toBe(500);
	});

	it('reports shrinking after the hold ends', () => {
		const gate = newHeightGate();
		gateHeight(gate, 500, 0);
		gateHeight(gate, 520, 16);
		gateHeight(gate, 500, 32);
		expect(gateHeight(gate, 400, 32 + LOOP_WINDOW + 1)).toBe(400);
	});

	it.each([NaN, Infinity, -1])('ignores the measurement %s', (h) => {
		expect(gateHeight(newHeightGate(), h, 0)).toBeNull();
	});
});
