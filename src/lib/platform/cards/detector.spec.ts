import { describe, expect, it } from 'vitest';
import aruco from 'js-aruco2';
import 'js-aruco2/src/dictionaries/aruco_4x4_1000.js';
import { createDetector, createMarkerDetector, type Corners, type Sighting } from './detector';
import {
	gridCards,
	markerCorners,
	synthFrame,
	type Edge,
	type SynthCard,
	type SynthOptions
} from './synth';

// The cards' markers are the first 40 of OpenCV's DICT_4X4_1000 (the domain's CARD_CODES); the
// library's copy of that dictionary stands in for them here (platform imports nothing of ours).
const CODES = (aruco.AR.DICTIONARIES.ARUCO_4X4_1000?.codeList ?? []).slice(0, 40).map((bytes) => {
	const [high = 0, low = 0] = bytes as number[];
	return (high << 8) | low;
});

const EDGES = ['top', 'right', 'bottom', 'left'] as const satisfies readonly Edge[];
const detector = createMarkerDetector(CODES);

/** Each card read, at its own place, with its own top-left corner first; nothing else. */
function score(cards: readonly SynthCard[], seen: readonly Sighting[]) {
	let read = 0;
	let wrong = 0;
	for (const s of seen) {
		const card = cards.find((c) => c.card === s.card);
		const truth = card && markerCorners(card);
		const off = truth ? Math.max(...truth.map((p, i) => dist(p, s.corners[i]!))) : Infinity;
		if (off <= 3) read += 1;
		else wrong += 1;
	}
	return { read, wrong };
}

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) =>
	Math.hypot(a.x - b.x, a.y - b.y);

const frame = (cards: SynthCard[], options: Omit<SynthOptions, 'codes'> = {}) =>
	synthFrame(cards, { codes: CODES, ...options });

describe('card detector', () => {
	it('has codes that stay apart in every rotation, so one corrected bit is never another card', () => {
		const bits = (code: number) => Array.from({ length: 16 }, (_, i) => (code >> (15 - i)) & 1);
		// A quarter turn of the 4 × 4 grid (which way does not matter: all four are tried).
		const turn = (b: number[]) =>
			Array.from({ length: 16 }, (_, i) => b[(3 - (i % 4)) * 4 + Math.floor(i / 4)] ?? 0);
		const apart = (a: number[], b: number[]) => a.filter((x, i) => x !== b[i]).length;
		let closest = 16;
		let selfClosest = 16;
		expect(CODES).toHaveLength(40);
		expect(CODES[0]).toBe(0xb532);
		CODES.forEach((a, i) => {
			let r = bits(a);
			for (let t = 1; t < 4; t++) {
				r = turn(r);
				selfClosest = Math.min(selfClosest, apart(bits(a), r));
			}
			CODES.forEach((b, j) => {
				if (i === j) return;
				let rb = bits(b);
				for (let t = 0; t < 4; t++, rb = turn(rb)) closest = Math.min(closest, apart(bits(a), rb));
			});
		});
		expect(closest).toBeGreaterThanOrEqual(4);
		// A card turned is never read as itself in another orientation after one corrected bit.
		expect(selfClosest).toBeGreaterThanOrEqual(3);
	});

	it('reads every card in each of the four orientations at 40 px, its own top-left first', () => {
		for (let turn = 0; turn < 4; turn++) {
			const cards = gridCards(40, {
				size: 40,
				seed: turn + 1,
				tops: CODES.map((_, i) => EDGES[(i + turn) % 4]!)
			});
			const seen = detector.detect(frame(cards, { seed: turn }));
			expect(score(cards, seen)).toEqual({ read: 40, wrong: 0 });
		}
	});

	it('gives the face of the edge on top, from the corners', () => {
		const quarter = (c: Corners) =>
			(Math.round((Math.atan2(c[1].y - c[0].y, c[1].x - c[0].x) * 2) / Math.PI) + 4) % 4;
		const faces = createDetector({ codes: CODES, faceOf: quarter });
		const cards = gridCards(8, {
			size: 40,
			tops: ['top', 'right', 'bottom', 'left', 'top', 'right', 'bottom', 'left']
		});
		const readings = faces.detect(frame(cards));
		expect(readings.map((r) => [r.card, r.face])).toEqual([
			// Quarter turns clockwise of the marker's top edge: a quarter when the left edge is on top.
			[1, 0],
			[2, 3],
			[3, 2],
			[4, 1],
			[5, 0],
			[6, 3],
			[7, 2],
			[8, 1]
		]);
	});

	it('reads cards turned up to 30° either way and tilted 30° away', () => {
		const turned = gridCards(30, { size: 40, seed: 2, maxRotate: 30 }).map((c, i) => ({
			...c,
			rotate: i % 2 ? 30 : -30
		}));
		expect(score(turned, detector.detect(frame(turned)))).toEqual({ read: 30, wrong: 0 });
		const tilted = gridCards(30, { size: 40, seed: 3 }).map((c) => ({ ...c, tilt: 30 }));
		expect(score(tilted, detector.detect(frame(tilted)))).toEqual({ read: 30, wrong: 0 });
	});

	it('reads blurred cards, in a dim room and in uneven light', () => {
		const cards = gridCards(30, { size: 40, seed: 4, maxRotate: 20 });
		const soft = detector.detect(frame(cards, { blur: 1, noise: 2 }));
		expect(score(cards, soft)).toEqual({ read: 30, wrong: 0 });
		// Blurred over about a third of a cell: a few are left for the next frame, none misread.
		const blurred = score(cards, detector.detect(frame(cards, { blur: 2, noise: 2 })));
		expect(blurred.read).toBeGreaterThanOrEqual(28);
		expect(blurred.wrong).toBe(0);
		const dim = detector.detect(frame(cards, { brightness: 0.35, noise: 3 }));
		expect(score(cards, dim)).toEqual({ read: 30, wrong: 0 });
		const uneven = detector.detect(frame(cards, { unevenLight: 0.7, lightAngle: 30, noise: 3 }));
		expect(score(cards, uneven)).toEqual({ read: 30, wrong: 0 });
	});

	it('reads a class of 30 in one 1280 × 720 frame, all at once, with nothing wrong', () => {
		const cards = gridCards(30, { size: 40, seed: 5, maxRotate: 30, maxTilt: 30 });
		const image = frame(cards, { seed: 5, blur: 1, noise: 4, unevenLight: 0.6, brightness: 0.8 });
		const seen = detector.detect(image);
		const { read, wrong } = score(cards, seen);
		expect(read).toBeGreaterThanOrEqual(29);
		expect(wrong).toBe(0);
	});

	it('sees nothing in a frame without cards', () => {
		const image = frame([], { seed: 6, noise: 6, unevenLight: 0.6 });
		expect(detector.detect(image)).toEqual([]);
	});

	it('corrects one misprinted bit, and takes two for no card at all', () => {
		const cards = gridCards(6, { size: 48, seed: 8 });
		const oneOff = CODES.map((code, i) => (i < 6 ? code ^ (1 << (i * 2)) : code));
		const oneSeen = detector.detect(synthFrame(cards, { codes: oneOff }));
		expect(score(cards, oneSeen)).toEqual({ read: 6, wrong: 0 });
		const twoOff = CODES.map((code, i) => (i < 6 ? code ^ (0b101 << (i * 2)) : code));
		expect(detector.detect(synthFrame(cards, { codes: twoOff }))).toEqual([]);
	});

	it('reads a card it sees twice in a frame once', () => {
		const twice: SynthCard[] = [
			{ card: 5, top: 'top', x: 200, y: 180, size: 40 },
			{ card: 5, top: 'left', x: 500, y: 180, size: 60 },
			{ card: 6, top: 'bottom', x: 350, y: 180, size: 40 }
		];
		const seen = detector.detect(frame(twice, { width: 640, height: 360 }));
		expect(seen.map((s) => s.card)).toEqual([5, 6]);
		// The larger sighting wins.
		expect(dist(seen[0]!.corners[0], markerCorners(twice[1]!)[0])).toBeLessThan(3);
	});
});
