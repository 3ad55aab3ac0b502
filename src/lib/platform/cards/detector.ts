/**
 * Reads class cards in a camera frame: js-aruco2's marker detector with the cards' own
 * dictionary (4 × 4 bits, card n is `codes[n − 1]`, pass the domain's CARD_CODES).
 *
 * The library's own `detect` is ten lines of glue with its settings written in; ours is the
 * same glue with settings for classroom distances (measured with synth.ts, see
 * docs/performance.md, "Class cards"):
 * - a smoothing of the grey image (a 5 × 5 box) before the adaptive threshold, so that the
 *   camera's noise in a dim room does not break up the marker's outline;
 * - an adaptive threshold over 11 × 11 px rather than 5 × 5, 5 grey levels below the mean
 *   rather than 7: a blurred edge is a ramp, and a small box on a ramp sees no step;
 * - the rest as the library has it: contours of at least 1 % of the frame's width,
 *   quadrilaterals with edges of at least 10 px, a 49 px warp (8 px per cell), Otsu within
 *   the warp;
 * - one misread bit corrected: the cards' codes differ in at least 4 bits in every rotation,
 *   so a code one bit off one card is three or more bits off every other. But a small, blurred
 *   marker can lose three bits at once, so a corrected code counts only when every data cell
 *   of the warped marker is clearly black or white (70 % of its pixels one way): without that,
 *   the bench's hard set gave a card that was not there.
 *
 * Pure computation on an RGBA buffer, so it runs in a worker, on the main thread or in Node.
 */
import aruco from 'js-aruco2';
import type { ArImage, ArMarker } from 'js-aruco2';
import cv from 'js-aruco2/src/cv.js';

import {
	withFaces,
	type CardSet,
	type Corners,
	type Image,
	type Reading,
	type Sighting
} from './sightings';

export * from './sightings';

export interface Tuning {
	/** Radius of the box blur before the threshold (0 = none). */
	smooth: number;
	/** Adaptive threshold: half-size of its box (2 = 5 × 5) and how much darker than the mean. */
	kernel: number;
	threshold: number;
	/** Smallest contour, as a fraction of the frame's width, and shortest quadrilateral edge, px. */
	minContour: number;
	minEdge: number;
	/** Side of the warped marker, px (a multiple of the 6 cells plus one). */
	warpSize: number;
	/** Misread bits corrected (0 or 1). */
	correct: number;
	/**
	 * A corrected code counts only if every data cell is at least this clear: the share of its
	 * pixels on the majority side, 0.5–1 (0.5 = no check).
	 */
	clearCells: number;
}

export const DEFAULT_TUNING: Tuning = {
	smooth: 2,
	kernel: 5,
	threshold: 5,
	minContour: 0.01,
	minEdge: 10,
	warpSize: 49,
	correct: 1,
	clearCells: 0.7
};

const { AR } = aruco;
const { CV } = cv;

/** The name our dictionary is registered under in js-aruco2's table. */
const DICTIONARY = 'KANSENCIRKEL_CARDS';

/** Reads the cards' markers; card n is `codes[n − 1]`. Keep one per frame size and reuse it. */
export function createMarkerDetector(
	codes: readonly number[],
	tuning: Partial<Tuning> = {}
): { detect(image: Image): Sighting[] } {
	const t = { ...DEFAULT_TUNING, ...tuning };
	AR.DICTIONARIES[DICTIONARY] = { nBits: 16, tau: null, codeList: [...codes] };
	// js-aruco2 accepts a code when its distance is below tau (maxHammingDistance): 2 corrects one bit.
	const detector = new AR.Detector({
		dictionaryName: DICTIONARY,
		maxHammingDistance: t.correct + 1
	});
	let size = -1;
	let grey: ArImage = { width: 0, height: 0, data: new Uint8ClampedArray(0) };
	let smooth: ArImage = grey;
	let thres: ArImage = grey;
	let binary = new Int32Array(0);
	const warped: ArImage = { width: 0, height: 0, data: new Uint8ClampedArray(t.warpSize ** 2) };

	return {
		detect(image) {
			const { width, height } = image;
			if (width * height !== size) {
				// Typed buffers, made once per frame size (the library's defaults are growing arrays).
				size = width * height;
				grey = { width, height, data: new Uint8ClampedArray(size) };
				smooth = { width, height, data: new Uint8ClampedArray(size) };
				thres = { width, height, data: new Uint8ClampedArray(size) };
				binary = new Int32Array((width + 2) * (height + 2));
			}
			CV.grayscale(image, grey);
			let source = grey;
			if (t.smooth > 0) {
				smooth.width = width;
				smooth.height = height;
				CV.stackBoxBlur(grey, smooth, t.smooth);
				source = smooth;
			}
			CV.adaptiveThreshold(source, thres, t.kernel, t.threshold);
			const contours = CV.findContours(thres, binary);
			let candidates = detector.findCandidates(contours, width * t.minContour, 0.05, t.minEdge);
			candidates = detector.clockwiseCorners(candidates);
			candidates = detector.notTooNear(candidates, 10);
			// The library's findMarkers, with one check more: a code read one bit off counts only
			// when every cell was clearly black or white.
			const markers: ArMarker[] = [];
			for (const candidate of candidates) {
				CV.warp(grey, warped, candidate, t.warpSize);
				CV.threshold(warped, warped, CV.otsu(warped));
				const marker = detector.getMarker(warped, candidate);
				if (marker && (marker.hammingDistance === 0 || clearCells(warped, t.clearCells))) {
					markers.push(marker);
				}
			}
			return dedupe(markers, codes.length);
		}
	};
}

/** Reads the cards in a frame, each with the face it shows: one reading per card at most. */
export function createDetector<F>(
	cards: CardSet<F>,
	tuning: Partial<Tuning> = {}
): { detect(image: Image): Reading<F>[] } {
	const markers = createMarkerDetector(cards.codes, tuning);
	return {
		detect: (image) => withFaces(markers.detect(image), cards.faceOf)
	};
}

const CELLS = 6;

/** Whether every data cell of a warped, thresholded marker is clearly black or clearly white. */
function clearCells(warped: ArImage, clear: number): boolean {
	const cell = Math.floor(warped.width / CELLS);
	const data = warped.data;
	for (let cy = 1; cy < CELLS - 1; cy++) {
		for (let cx = 1; cx < CELLS - 1; cx++) {
			// The cell without its outermost pixels, where the neighbours blur in.
			let white = 0;
			let all = 0;
			for (let y = cy * cell + 1; y < (cy + 1) * cell - 1; y++) {
				for (let x = cx * cell + 1; x < (cx + 1) * cell - 1; x++) {
					if (data[y * warped.width + x] !== 0) white += 1;
					all += 1;
				}
			}
			const share = white / all;
			if (Math.max(share, 1 - share) < clear) return false;
		}
	}
	return true;
}

/** One sighting per card: the closest match, then the largest marker. */
function dedupe(markers: readonly ArMarker[], count: number): Sighting[] {
	const best = new Map<number, ArMarker>();
	for (const m of markers) {
		if (m.id < 0 || m.id >= count || m.corners.length !== 4) continue;
		const seen = best.get(m.id);
		if (
			!seen ||
			m.hammingDistance < seen.hammingDistance ||
			(m.hammingDistance === seen.hammingDistance && perimeter(m) > perimeter(seen))
		) {
			best.set(m.id, m);
		}
	}
	return [...best.values()]
		.sort((a, b) => a.id - b.id)
		.map((m) => ({
			card: m.id + 1,
			corners: m.corners.map(({ x, y }) => ({ x, y })) as Corners
		}));
}

function perimeter(m: ArMarker): number {
	let sum = 0;
	for (let i = 0; i < 4; i++) {
		const a = m.corners[i]!;
		const b = m.corners[(i + 1) % 4]!;
		sum += Math.hypot(a.x - b.x, a.y - b.y);
	}
	return sum;
}
