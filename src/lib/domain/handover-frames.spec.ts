import { describe, expect, test } from 'vitest';
import { FRAME_CHARS, FrameCollector, MAX_FRAMES, parseFrame, toFrames } from './handover-frames';

// What travels is a sealed package: JSON of base64.
const text = 'a'.repeat(FRAME_CHARS * 2) + '{"v":1,"iv":"q2+/="}';

describe('hand-over frames', () => {
	test('a short text is one frame; a long one is numbered frames of at most FRAME_CHARS', () => {
		expect(toFrames('kort')).toHaveLength(1);
		const frames = toFrames(text);
		expect(frames).toHaveLength(3);
		for (const [i, f] of frames.entries()) {
			expect(parseFrame(f)).toMatchObject({ index: i, count: 3 });
			expect(parseFrame(f)!.part.length).toBeLessThanOrEqual(FRAME_CHARS);
		}
	});

	test('frames scanned in any order, with repeats, give back the exact text', () => {
		const frames = toFrames(text, 7);
		const c = new FrameCollector();
		const order = [...frames.keys()].reverse();
		for (const i of order) {
			expect(c.add(frames[i]!)).toBe('added');
			expect(c.add(frames[i]!)).toBe('repeat');
		}
		expect(c.complete).toBe(true);
		expect(c.text()).toBe(text);
	});

	test('incomplete: progress counts what was seen and there is no text yet', () => {
		const frames = toFrames(text, 100);
		const c = new FrameCollector();
		expect(c.progress).toEqual({ seen: 0, count: 0 });
		c.add(frames[2]!);
		c.add(frames[0]!);
		expect(c.progress).toEqual({ seen: 2, count: frames.length });
		expect(c.text()).toBeNull();
	});

	test("another hand-over's frames, other QR codes and contradicting frames are ignored", () => {
		const mine = toFrames(text, 100, 'AAAAAAAA');
		const theirs = toFrames(text.toUpperCase(), 100, 'BBBBBBBB');
		const c = new FrameCollector();
		c.add(mine[0]!);
		expect(c.add(theirs[1]!)).toBe('ignored');
		expect(c.add('WIFI:S:school;T:WPA;;')).toBe('ignored');
		// Same id and index, other content: the first reading stays.
		expect(c.add(mine[0]!.replace(/a$/, 'b'))).toBe('ignored');
		// Same id, another count.
		expect(c.add(`KC1:AAAAAAAA:1/9:x`)).toBe('ignored');
		for (const f of mine) c.add(f);
		expect(c.text()).toBe(text);
	});

	test('hostile frame texts are not frames', () => {
		for (const bad of [
			'',
			'KC1:AAAAAAAA:3/3:x',
			'KC1:AAAAAAAA:0/0:x',
			`KC1:AAAAAAAA:0/${MAX_FRAMES + 1}:x`,
			'KC1:AAAAAAAA:0/1:',
			'KC1:kort:0/1:x',
			`KC1:AAAAAAAA:0/1:${'x'.repeat(FRAME_CHARS + 1)}`,
			'KC2:AAAAAAAA:0/1:x',
			'KC1:AAAAAAAA:0/1:🌳'
		]) {
			expect(parseFrame(bad)).toBeNull();
		}
	});

	test('nothing, non-ASCII, or more than MAX_FRAMES frames, cannot be handed over', () => {
		expect(() => toFrames('')).toThrow(RangeError);
		// Plain text with an emoji could be cut between its two halves: only ASCII travels.
		expect(() => toFrames('Noor 🌳')).toThrow(RangeError);
		expect(() => toFrames('x'.repeat(MAX_FRAMES + 1), 1)).toThrow(RangeError);
	});
});
