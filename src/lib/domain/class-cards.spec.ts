import { describe, expect, it } from 'vitest';
import {
	CARD_CODES,
	CARD_COUNT,
	edgeOnTop,
	emptyScan,
	markerCells,
	recordReadings,
	scanTotals,
	seenCards,
	closeCardRound,
	pictureFaces,
	type Point
} from './class-cards';
import { canUndoRound, closeRound, emptyBallot, startRound, undoLastRound } from './class-session';

const square = (turns: number): [Point, Point, Point, Point] => {
	// The marker's corners TL, TR, BR, BL of an upright unit square, turned clockwise.
	const pts: Point[] = [
		{ x: -1, y: -1 },
		{ x: 1, y: -1 },
		{ x: 1, y: 1 },
		{ x: -1, y: 1 }
	];
	const a = (turns * Math.PI) / 2;
	return pts.map(({ x, y }) => ({
		x: x * Math.cos(a) - y * Math.sin(a),
		y: x * Math.sin(a) + y * Math.cos(a)
	})) as [Point, Point, Point, Point];
};

describe('class cards', () => {
	it('has a distinct marker for every card, with a black border', () => {
		expect(CARD_CODES).toHaveLength(CARD_COUNT);
		expect(new Set(CARD_CODES).size).toBe(CARD_COUNT);
		const cells = markerCells(1);
		expect(cells).toHaveLength(6);
		expect(cells[0]!.every((c) => !c)).toBe(true);
		expect(cells.every((row) => !row[0] && !row[5])).toBe(true);
		// 0xb532 = 1011 0101 0011 0010: the first data row is white, black, white, white.
		expect(cells[1]!.slice(1, 5)).toEqual([true, false, true, true]);
		expect(() => markerCells(0)).toThrow();
		expect(() => markerCells(41)).toThrow();
	});

	it('reads which edge is on top from the corners, turned clockwise', () => {
		expect(edgeOnTop(square(0))).toBe('top');
		expect(edgeOnTop(square(1))).toBe('left');
		expect(edgeOnTop(square(2))).toBe('bottom');
		expect(edgeOnTop(square(3))).toBe('right');
		// Tilted 30° stays the same edge.
		expect(edgeOnTop(square(1 / 3))).toBe('top');
		expect(edgeOnTop(square(-1 / 3))).toBe('top');
	});

	it('counts a card once it showed the same face in two frames', () => {
		let scan = emptyScan();
		scan = recordReadings(scan, [
			{ card: 3, face: 5 },
			{ card: 7, face: 1 }
		]);
		// One frame is not enough: a single misread never adds a card.
		expect(seenCards(scan)).toEqual([]);
		scan = recordReadings(scan, [
			{ card: 3, face: 5 },
			{ card: 3, face: 5 },
			{ card: 99, face: 4 }
		]);
		expect(seenCards(scan)).toEqual([3]);
		scan = recordReadings(scan, [{ card: 7, face: 1 }]);
		expect(seenCards(scan)).toEqual([3, 7]);
		expect(scanTotals(scan)).toEqual({ 1: 1, 2: 0, 3: 0, 4: 0, 5: 1 });
	});

	it('counts a card turned to another face once, with its latest face', () => {
		let scan = emptyScan();
		for (const face of [5, 5, 2] as const) scan = recordReadings(scan, [{ card: 3, face }]);
		// Seen once as "verdrietig": still counted as it was, until a second frame confirms.
		expect(scanTotals(scan)).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 1 });
		scan = recordReadings(scan, [{ card: 3, face: 2 }]);
		expect(scanTotals(scan)).toEqual({ 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 });
		expect(seenCards(scan)).toEqual([3]);
	});
});

/** What "Veilig zijn" holds in a class session. */
const safe = (counts: Record<1 | 2 | 3 | 4 | 5, number>, notes = '') => ({
	elementId: 'safe' as const,
	counts,
	notes
});

describe('a card round', () => {
	it('replaces the counts as one round; undo brings back what was there, four faces and all', () => {
		const before = safe({ 1: 1, 2: 0, 3: 3, 4: 2, 5: 0 }, 'Buiten spelen');
		const totals = { 1: 3, 2: 4, 3: 0, 4: 5, 5: 6 };
		const { state, result } = closeCardRound(emptyBallot(), before, totals);
		expect(result.counts).toEqual(totals);
		expect(result.byCards).toBe(true);
		expect(result.notes).toBe('Buiten spelen');
		expect(pictureFaces(result)).toEqual([1, 2, 4, 5]);
		expect(canUndoRound(state, result)).toBe(true);
		const undone = undoLastRound(state, result)!.result;
		expect(undone).toEqual(before);
		expect(pictureFaces(undone)).toEqual([1, 2, 3, 4, 5]);
		// Changed by hand since: the counts are no longer the round's to give back.
		const edited = { ...result, counts: { ...result.counts, 5: 2 } };
		expect(canUndoRound(state, edited)).toBe(false);
		expect(undoLastRound(state, edited)).toBeNull();
	});

	it('scanned again, counts everybody once, and undo returns the first scan', () => {
		const empty = safe({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 });
		const first = { 1: 6, 2: 4, 3: 0, 4: 7, 5: 7 };
		const once = closeCardRound(emptyBallot(), empty, first);
		const twice = closeCardRound(once.state, once.result, first);
		expect(twice.result.counts).toEqual(first);
		const undone = undoLastRound(twice.state, twice.result)!.result;
		expect(undone.counts).toEqual(first);
		expect(undone.byCards).toBe(true);
	});

	it('keeps its undo when a ballot round is closed without votes', () => {
		const empty = safe({ 1: 0, 2: 0, 3: 2, 4: 0, 5: 0 });
		const scanned = closeCardRound(emptyBallot(), empty, { 1: 3, 2: 4, 3: 0, 4: 5, 5: 6 });
		const opened = startRound(scanned.state, 'safe');
		const closed = closeRound(opened, scanned.result)!;
		expect(closed.result).toEqual(scanned.result);
		expect(undoLastRound(closed.state, closed.result)?.result).toEqual(empty);
	});

	it('shows five faces once somebody was counted on the middle face, or without cards', () => {
		expect(pictureFaces({ counts: { 1: 0, 2: 0, 3: 1, 4: 0, 5: 0 }, byCards: true })).toEqual([
			1, 2, 3, 4, 5
		]);
		expect(pictureFaces({ counts: { 1: 1, 2: 0, 3: 0, 4: 0, 5: 0 } })).toEqual([1, 2, 3, 4, 5]);
	});
});
