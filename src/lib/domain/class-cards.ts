import type { BallotState, ClassElementResult, FaceCounts } from './class-session';
import { emptyCounts } from './class-session';
import { FACES, type Face } from './score';

/**
 * Class cards: every pupil holds up a printed card at the same moment, and the teacher's camera
 * reads them. Each card carries a square marker (ArUco, 4×4 bits) and a face at each of its four
 * edges: the pupil turns the card so the face they choose is on top. The card number is only for
 * handing out and collecting cards; nothing ever links a number to a child, and the per-card
 * readings live in memory for the length of one scan only (see `CardScan`).
 */

/** Cards 1…CARD_COUNT exist; card n carries marker id n − 1. */
export const CARD_COUNT = 40;

/**
 * The markers: the first 40 codes of OpenCV's DICT_4X4_1000 (the same codes js-aruco2 ships as
 * ARUCO_4X4_1000). 16 bits each, row by row from the top-left cell, most significant bit first;
 * a 1 is a white cell. Any two of these differ in at least 4 bits in every rotation, so one
 * misread bit is corrected and two are never taken for another card.
 */
export const CARD_CODES: readonly number[] = [
	0xb532, 0x0f9a, 0x332d, 0x9946, 0x549e, 0x79cd, 0x9e2e, 0xc4f2, 0xfeda, 0xcf56, 0xf991, 0x11a7,
	0x0eb7, 0x2a0f, 0x24b1, 0x263e, 0x4665, 0x6600, 0x6c5e, 0x76af, 0x868b, 0xb02b, 0xccd5, 0xdd82,
	0xfe47, 0x9471, 0xace4, 0xa554, 0x2123, 0x346f, 0x4415, 0x57b2, 0x9ecf, 0xf0cb, 0x08ae, 0x0929,
	0x1875, 0x04ff, 0x0df6, 0x1c5a
];

/** Data cells per side; the marker is these plus a black border of one cell: 6 × 6 cells. */
export const MARKER_BITS = 4;
export const MARKER_CELLS = MARKER_BITS + 2;

export function isCardNumber(n: number): boolean {
	return Number.isInteger(n) && n >= 1 && n <= CARD_COUNT;
}

/**
 * The marker of card `n` as a grid of cells, row by row from the top: true is white. Includes
 * the black border, so the grid is MARKER_CELLS × MARKER_CELLS.
 */
export function markerCells(n: number): boolean[][] {
	if (!isCardNumber(n)) throw new RangeError(`No card ${n}`);
	const code = CARD_CODES[n - 1]!;
	const rows: boolean[][] = [];
	for (let y = 0; y < MARKER_CELLS; y++) {
		const row: boolean[] = [];
		for (let x = 0; x < MARKER_CELLS; x++) {
			const inner = x > 0 && y > 0 && x <= MARKER_BITS && y <= MARKER_BITS;
			const bit = (y - 1) * MARKER_BITS + (x - 1);
			row.push(inner && ((code >> (MARKER_BITS * MARKER_BITS - 1 - bit)) & 1) === 1);
		}
		rows.push(row);
	}
	return rows;
}

/** The card's own edges, as printed: `top` is the edge above the marker when it is upright. */
export const CARD_EDGES = ['top', 'right', 'bottom', 'left'] as const;
export type CardEdge = (typeof CARD_EDGES)[number];

/**
 * Which face an edge gives when the pupil holds it on top. A square has four orientations, so a
 * card round has four choices: the five faces without the middle one. Pupils choose a side
 * (rather sad or rather happy), and the class picture of a card round shows four columns.
 * Clockwise from the top: very happy, happy, sad, very sad, so the two happy faces and the two
 * sad faces sit next to each other on the card.
 */
export const EDGE_FACES: Readonly<Record<CardEdge, Face>> = {
	top: 5,
	right: 4,
	bottom: 2,
	left: 1
};

/** The faces a card round can give, saddest first. */
export const CARD_FACES: readonly Face[] = [1, 2, 4, 5];

export interface Point {
	x: number;
	y: number;
}

/**
 * The card edge that is on top in the picture, from the marker's corners as a detector gives
 * them: the marker's own top-left, top-right, bottom-right and bottom-left, in picture
 * coordinates (y grows downwards). The marker's "up" is from the middle of its bottom edge to
 * the middle of its top edge; whichever way that points decides, with the boundaries at 45°.
 */
export function edgeOnTop(corners: readonly [Point, Point, Point, Point]): CardEdge {
	const [tl, tr, br, bl] = corners;
	const ux = (tl.x + tr.x - bl.x - br.x) / 2;
	const uy = (tl.y + tr.y - bl.y - br.y) / 2;
	// Angle of the marker's up, clockwise from the picture's up.
	const angle = (Math.atan2(ux, -uy) * 180) / Math.PI;
	// Up pointing up: top edge on top. Up pointing right (the card turned a quarter clockwise):
	// its left edge is on top. Up pointing down: bottom edge. Up pointing left: right edge.
	if (angle > -45 && angle <= 45) return 'top';
	if (angle > 45 && angle <= 135) return 'left';
	if (angle > -135 && angle <= -45) return 'right';
	return 'bottom';
}

export function faceOfCorners(corners: readonly [Point, Point, Point, Point]): Face {
	return EDGE_FACES[edgeOnTop(corners)];
}

/** How many frames must show a card with the same face before it counts. */
export const SIGHTINGS_TO_COUNT = 2;

/**
 * What one scan has seen: per card number its counted face (seen the same way in
 * SIGHTINGS_TO_COUNT frames) and the face it was last seen with. Lives in memory for one scan;
 * only `scanTotals` is ever stored.
 */
export interface CardScan {
	readonly counted: ReadonlyMap<number, Face>;
	readonly last: ReadonlyMap<number, { face: Face; times: number }>;
}

export function emptyScan(): CardScan {
	return { counted: new Map(), last: new Map() };
}

/**
 * The readings of one frame join the scan. A card counts once it showed the same face in two
 * frames, so one misread frame never adds a card that is not there or a face nobody chose; a
 * card turned to another face counts once, with its latest face, after two frames of that one.
 * Numbers that are no card are ignored, and a card read twice in one frame counts as one frame.
 */
export function recordReadings(
	scan: CardScan,
	readings: readonly { card: number; face: Face }[]
): CardScan {
	if (readings.length === 0) return scan;
	const counted = new Map(scan.counted);
	const last = new Map(scan.last);
	const thisFrame = new Set<number>();
	for (const { card, face } of readings) {
		if (!isCardNumber(card) || thisFrame.has(card)) continue;
		thisFrame.add(card);
		const before = last.get(card);
		const times = before?.face === face ? before.times + 1 : 1;
		last.set(card, { face, times });
		if (times >= SIGHTINGS_TO_COUNT) counted.set(card, face);
	}
	return { counted, last };
}

/** The scan as counts per face, the only thing a card round stores. */
export function scanTotals(scan: CardScan): FaceCounts {
	const counts: Record<Face, number> = { ...emptyCounts() };
	for (const face of scan.counted.values()) counts[face] += 1;
	return counts;
}

/** The card numbers counted so far, in order: what the teacher's grid turns green. */
export function seenCards(scan: CardScan): number[] {
	return [...scan.counted.keys()].sort((a, b) => a - b);
}

/**
 * The fewest cards a scan must have seen before it counts: with one or two the class could see
 * on the board what those pupils chose.
 */
export const MIN_CARDS_TO_COUNT = 3;

/**
 * "Klaar": the scan's totals replace the element's counts, as one round that "Laatste stemronde
 * ongedaan maken" takes back as a whole (bringing back what was there before). A scan is a count
 * of the whole class, so scanning again replaces the last one instead of counting everybody
 * twice, and a scan of a few late pupils can never be added on top for the board to show the
 * difference. The element is marked as counted with cards. The per-card readings are not part of
 * the result: the caller drops the scan.
 */
export function closeCardRound(
	state: BallotState,
	result: ClassElementResult,
	totals: FaceCounts
): { state: BallotState; result: ClassElementResult } {
	const replaced = {
		counts: result.counts,
		...(result.byCards ? { byCards: result.byCards } : {})
	};
	return {
		state: { ...state, lastClosed: { elementId: result.elementId, totals, replaced } },
		result: { ...result, counts: { ...totals }, byCards: true }
	};
}

/**
 * The faces the class picture shows for an element: four after a card round (the cards have no
 * middle face, and an empty middle column would look like nobody felt "gewoon"), five once
 * anybody was counted on the middle face, or for counts made in any other way.
 */
export function pictureFaces(
	result: Pick<ClassElementResult, 'counts' | 'byCards'>
): readonly Face[] {
	return result.byCards && result.counts[3] === 0 ? CARD_FACES : FACES;
}
