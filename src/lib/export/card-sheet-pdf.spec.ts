import { describe, expect, it } from 'vitest';
import {
	CARD_COUNT,
	CARD_EDGES,
	EDGE_FACES,
	MARKER_CELLS,
	markerCells
} from '$lib/domain/class-cards';
import { faceSvg } from '$lib/wheel';
import {
	cardSheetPages,
	cardSheetPdfDefinition,
	EDGE_ROTATION,
	facePlaces,
	markerSquares,
	type CardPlace,
	type CardsPerSheet
} from './card-sheet-pdf';

type Node = Record<string, unknown>;
interface Vector {
	type: string;
	d?: string;
	x?: number;
	y?: number;
	w?: number;
	h?: number;
	color?: string;
}

const A4 = { width: 595.28, height: 841.89 };

function pagesOf(perSheet: CardsPerSheet) {
	const def = cardSheetPdfDefinition(perSheet);
	return { def, pages: def.content as { stack: Node[]; pageBreak?: string }[] };
}

/** Every card node of the definition: the stacks that carry a card number. */
function cardNodes(perSheet: CardsPerSheet): Node[] {
	return pagesOf(perSheet).pages.flatMap((p) => p.stack.filter((n) => 'card' in n));
}

/** The black squares a path draws, as "row,column" cells of the marker at (x, y). */
function blackCells(d: string, x: number, y: number, cell: number): Set<string> {
	const cells = new Set<string>();
	for (const [, sx, sy, size] of d.matchAll(/M([\d.]+) ([\d.]+)h([\d.]+)v[\d.]+h-[\d.]+Z/g)) {
		expect(Number(size)).toBeCloseTo(cell, 2);
		const c = Math.round((Number(sx) - x) / cell);
		const r = Math.round((Number(sy) - y) / cell);
		expect(Number(sx)).toBeCloseTo(x + c * cell, 2);
		expect(Number(sy)).toBeCloseTo(y + r * cell, 2);
		cells.add(`${r},${c}`);
	}
	return cells;
}

describe.each([
	[4, 10],
	[2, 20]
] as const)('the card sheet with %i cards a sheet', (perSheet, pageCount) => {
	it(`has ${pageCount} A4 pages, the next one each after a page break`, () => {
		const { def, pages } = pagesOf(perSheet);
		expect(def.pageSize).toBe('A4');
		expect(def.pageOrientation).toBe('portrait');
		expect(pages).toHaveLength(pageCount);
		expect(pages[0]!.pageBreak).toBeUndefined();
		for (const p of pages.slice(1)) expect(p.pageBreak).toBe('before');
		expect(cardSheetPages(perSheet).map((p) => p.cards.length)).toEqual(
			Array(pageCount).fill(perSheet)
		);
	});

	it('has every card 1–40 exactly once, in order', () => {
		const numbers = cardNodes(perSheet).map((n) => n.card);
		expect(numbers).toEqual(Array.from({ length: CARD_COUNT }, (_, i) => i + 1));
	});

	it('places square cards inside the page, touching (one cut between two), none overlapping', () => {
		for (const page of cardSheetPages(perSheet)) {
			for (const c of page.cards) {
				expect(c.x).toBeGreaterThanOrEqual(20);
				expect(c.y).toBeGreaterThanOrEqual(20);
				expect(c.x + c.side).toBeLessThanOrEqual(A4.width - 20);
				// Above the footer.
				expect(c.y + c.side).toBeLessThanOrEqual(A4.height - 40);
			}
			const [a, b] = page.cards;
			if (perSheet === 4) expect(b!.x - a!.x).toBeCloseTo(a!.side, 5);
			else expect(b!.y - a!.y).toBeCloseTo(a!.side, 5);
		}
		// Two a sheet: the bigger cards for a large room.
		const side = cardSheetPages(perSheet)[0]!.cards[0]!.side;
		expect(side).toBeGreaterThan(perSheet === 4 ? 260 : 370);
	});

	it('draws each card’s marker exactly from markerCells, in a white quiet zone of a cell', () => {
		const places = cardSheetPages(perSheet).flatMap((p) => p.cards);
		for (const node of cardNodes(perSheet)) {
			const place = places.find((p) => p.card === node.card)!;
			const marker = markerSquares(place);
			const [canvas] = node.stack as { canvas: Vector[]; absolutePosition: Node }[];
			expect(canvas!.absolutePosition).toEqual({ x: 0, y: 0 });
			const [quiet, path] = canvas!.canvas;
			// The quiet zone: one cell round the 6 × 6 marker, white.
			expect(quiet).toMatchObject({ type: 'rect', color: '#ffffff' });
			expect(quiet!.x).toBeCloseTo(marker.x - marker.cell, 5);
			expect(quiet!.y).toBeCloseTo(marker.y - marker.cell, 5);
			expect(quiet!.w).toBeCloseTo(marker.cell * (MARKER_CELLS + 2), 5);
			expect(path!.type).toBe('path');
			const expected = new Set<string>();
			markerCells(node.card as number).forEach((row, r) =>
				row.forEach((white, c) => {
					if (!white) expected.add(`${r},${c}`);
				})
			);
			expect(blackCells(path!.d!, marker.x, marker.y, marker.cell)).toEqual(expected);
		}
	});

	it('makes the marker about 56 % of the card, centred, the faces about 11.5 %', () => {
		const place = cardSheetPages(perSheet)[0]!.cards[0]!;
		const marker = markerSquares(place);
		const width = marker.cell * MARKER_CELLS;
		expect(width / place.side).toBeGreaterThanOrEqual(0.55);
		expect(width / place.side).toBeLessThanOrEqual(0.6);
		expect(marker.x + width / 2).toBeCloseTo(place.x + place.side / 2, 5);
		expect(marker.y + width / 2).toBeCloseTo(place.y + place.side / 2, 5);
		const faces = facePlaces(place);
		for (const edge of CARD_EDGES) {
			expect(faces[edge].size / place.side).toBeGreaterThanOrEqual(0.11);
			expect(faces[edge].size / place.side).toBeLessThanOrEqual(0.15);
		}
	});

	it('puts each edge’s face at that edge, turned upright for that edge on top, outside the quiet zone', () => {
		const places = cardSheetPages(perSheet).flatMap((p) => p.cards);
		for (const node of cardNodes(perSheet)) {
			const place = places.find((p) => p.card === node.card)!;
			const faces = (node.stack as Node[]).filter((n) => 'svg' in n);
			expect(faces.map((f) => f.edge)).toEqual([...CARD_EDGES]);
			for (const f of faces) {
				const edge = f.edge as (typeof CARD_EDGES)[number];
				const { size } = facePlaces(place)[edge];
				// The shared face drawing (wheel/faces.ts), turned: its top points out of the card.
				expect(f.svg).toBe(
					faceSvg(EDGE_FACES[edge], {
						size,
						fill: '#fdf3d8',
						ink: '#1a1a1a',
						rotate: EDGE_ROTATION[edge]
					})
				);
				expectOutsideQuietZone(place, f.absolutePosition as { x: number; y: number }, size);
			}
		}
		expect(EDGE_ROTATION).toEqual({ top: 0, right: 90, bottom: 180, left: 270 });
		expect(faceSvg(5, { size: 30, fill: '#fff' })).not.toContain('rotate');
		expect(faceSvg(4, { size: 30, fill: '#fff', rotate: 90 })).toContain(
			'<g transform="rotate(90 24 24)">'
		);
	});

	it('shows the number small in two corners, and no word but “Kansencirkel”', () => {
		const { def } = pagesOf(perSheet);
		for (const node of cardNodes(perSheet)) {
			const texts = (node.stack as Node[]).filter((n) => 'text' in n);
			expect(texts.map((t) => t.text)).toEqual([String(node.card), String(node.card)]);
			for (const t of texts) expect(t.fontSize as number).toBeLessThanOrEqual(14);
		}
		const footer = def.footer as (page: number) => { text: string };
		expect(footer(1).text).toBe(perSheet === 4 ? 'Kansencirkel  ·  1–4' : 'Kansencirkel  ·  1–2');
		expect(footer(pageCount).text).toBe(
			perSheet === 4 ? 'Kansencirkel  ·  37–40' : 'Kansencirkel  ·  39–40'
		);
		// Only Roboto: nothing on the sheet needs the Arabic or emoji font.
		expect(JSON.stringify(def)).not.toMatch(/PlexArabic|NotoEmoji|NotoHebrew/);
	});
});

function expectOutsideQuietZone(
	place: CardPlace,
	at: { x: number; y: number },
	size: number
): void {
	const marker = markerSquares(place);
	const quiet = {
		left: marker.x - marker.cell,
		top: marker.y - marker.cell,
		right: marker.x + marker.cell * (MARKER_CELLS + 1),
		bottom: marker.y + marker.cell * (MARKER_CELLS + 1)
	};
	const box = { left: at.x, top: at.y, right: at.x + size, bottom: at.y + size };
	const overlaps =
		box.left < quiet.right - 1e-6 &&
		box.right > quiet.left + 1e-6 &&
		box.top < quiet.bottom - 1e-6 &&
		box.bottom > quiet.top + 1e-6;
	expect(overlaps).toBe(false);
	// And on the card, clear of the cut line.
	expect(box.left).toBeGreaterThan(place.x + 2);
	expect(box.top).toBeGreaterThan(place.y + 2);
	expect(box.right).toBeLessThan(place.x + place.side - 2);
	expect(box.bottom).toBeLessThan(place.y + place.side - 2);
}
