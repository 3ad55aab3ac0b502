import {
	CARD_COUNT,
	CARD_EDGES,
	EDGE_FACES,
	MARKER_CELLS,
	markerCells,
	type CardEdge
} from '$lib/domain/class-cards';
import { exportText, language } from '$lib/i18n';
import { faceSvg } from '$lib/wheel';
import { loadPdfMake } from './pdf-fonts';

/*
 * The printable class cards (issue 13) as an A4 PDF, made on the device with pdfmake, loaded
 * only when a teacher asks for the cards (through state/card-sheet.ts).
 *
 * A card is a square cut out along a dashed line. In its middle the marker: 6 × 6 cells (a black
 * border round 4 × 4 data cells) drawn as vector squares, exactly markerCells(n), in a white
 * quiet zone of one cell. Between the quiet zone and each edge the face that edge gives when it
 * is held on top, turned so that it is upright then: its top points out of the card. The number
 * sits small in two corners, for handing out, collecting and sorting.
 *
 * Nothing on the sheet is a word: pupils of any age and language use it, so the cards show only
 * faces and digits, and the footer only "Kansencirkel" and the card numbers. That keeps the PDF
 * to Roboto, the base font (no Arabic or emoji font to fetch), in every app language.
 */

/** Four cards on an A4 sheet (10 sheets), or two big ones for a large room (20 sheets). */
export type CardsPerSheet = 2 | 4;

/** A4 portrait in pt. */
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
/** Room round the cards that any printer can print (10 mm), and for the footer. */
const MARGIN = 28;
const FOOTER_SPACE = 22;

/** The marker's width as a part of the card's side; its cell is a sixth of that. */
export const MARKER_PART = 0.56;
/** A face's box as a part of the card's side (the drawn circle is 93 % of its box). */
export const FACE_PART = 0.115;
/** The card number's type size, and its distance from the card's corner, per card side. */
const NUMBER_PART = 0.036;
const NUMBER_INSET = 0.035;
/** Roboto's digits are 0.56 em wide. */
const DIGIT_WIDTH = 0.5615;

const INK = '#1a1a1a';
const MUTED = '#4a5759';
const CUT = '#8d979a';
/** One soft fill for all four faces: a colour per face would tell the room from afar. */
const FACE_FILL = '#fdf3d8';

/** Degrees clockwise that turn a face so it is upright when its edge is on top. */
export const EDGE_ROTATION: Readonly<Record<CardEdge, number>> = {
	top: 0,
	right: 90,
	bottom: 180,
	left: 270
};

/** Where a card sits on its page: its top-left corner and its side, in pt. */
export interface CardPlace {
	card: number;
	x: number;
	y: number;
	side: number;
}

export interface SheetPage {
	cards: CardPlace[];
	/** The grid of cut lines: its top-left corner, columns, rows and the card side. */
	grid: { x: number; y: number; columns: number; rows: number; side: number };
}

/**
 * The pages: four cards in two columns and two rows, or two big cards one above the other, as
 * large as A4 allows, the grid in the middle of the page. Cards touch: one cut between two.
 */
export function cardSheetPages(perSheet: CardsPerSheet): SheetPage[] {
	const columns = perSheet === 4 ? 2 : 1;
	const rows = 2;
	const side = Math.min(
		(PAGE_WIDTH - 2 * MARGIN) / columns,
		(PAGE_HEIGHT - 2 * MARGIN - FOOTER_SPACE) / rows
	);
	const x = (PAGE_WIDTH - columns * side) / 2;
	const y = (PAGE_HEIGHT - FOOTER_SPACE - rows * side) / 2;
	const pages: SheetPage[] = [];
	for (let first = 1; first <= CARD_COUNT; first += perSheet) {
		const cards: CardPlace[] = [];
		for (let i = 0; i < perSheet && first + i <= CARD_COUNT; i++)
			cards.push({
				card: first + i,
				x: x + (i % columns) * side,
				y: y + Math.floor(i / columns) * side,
				side
			});
		pages.push({ cards, grid: { x, y, columns, rows, side } });
	}
	return pages;
}

/** A black square of the marker, in pt on the page. */
export interface Square {
	x: number;
	y: number;
	size: number;
}

/** The marker of a card at its place: its top-left corner, its cell size, its black squares. */
export function markerSquares(place: CardPlace): {
	x: number;
	y: number;
	cell: number;
	black: Square[];
} {
	const cell = (place.side * MARKER_PART) / MARKER_CELLS;
	const x = place.x + (place.side - cell * MARKER_CELLS) / 2;
	const y = place.y + (place.side - cell * MARKER_CELLS) / 2;
	const black: Square[] = [];
	markerCells(place.card).forEach((row, r) =>
		row.forEach((white, c) => {
			if (!white) black.push({ x: x + c * cell, y: y + r * cell, size: cell });
		})
	);
	return { x, y, cell, black };
}

const f = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The black squares as one path: one fill, so neighbouring squares have no hairline seam between
 * them on screen (every square runs clockwise, so they join).
 */
const squaresPath = (squares: readonly Square[]) =>
	squares.map((s) => `M${f(s.x)} ${f(s.y)}h${f(s.size)}v${f(s.size)}h${f(-s.size)}Z`).join('');

/** The middle of each edge's face, in pt on the page. */
export function facePlaces(
	place: CardPlace
): Record<CardEdge, { x: number; y: number; size: number }> {
	const { side } = place;
	const size = side * FACE_PART;
	const cell = (side * MARKER_PART) / MARKER_CELLS;
	// From the card's middle: half the marker, the quiet zone, then the face.
	const out = (MARKER_CELLS / 2 + 1) * cell + size / 2;
	const cx = place.x + side / 2;
	const cy = place.y + side / 2;
	return {
		top: { x: cx, y: cy - out, size },
		right: { x: cx + out, y: cy, size },
		bottom: { x: cx, y: cy + out, size },
		left: { x: cx - out, y: cy, size }
	};
}

type Content = Record<string, unknown>;

function cutLines(grid: SheetPage['grid']): Content {
	const { x, y, columns, rows, side } = grid;
	const dashed = (x1: number, y1: number, x2: number, y2: number) => ({
		type: 'line',
		x1,
		y1,
		x2,
		y2,
		lineWidth: 0.6,
		lineColor: CUT,
		dash: { length: 4, space: 3 }
	});
	const lines: Content[] = [];
	for (let r = 0; r <= rows; r++) lines.push(dashed(0, r * side, columns * side, r * side));
	for (let c = 0; c <= columns; c++) lines.push(dashed(c * side, 0, c * side, rows * side));
	return { canvas: lines, absolutePosition: { x, y } };
}

function cardContent(place: CardPlace): Content {
	const { side } = place;
	const marker = markerSquares(place);
	const quiet = marker.cell * (MARKER_CELLS + 2);
	const numberSize = side * NUMBER_PART;
	const inset = side * NUMBER_INSET;
	const digits = String(place.card);
	const numberWidth = digits.length * DIGIT_WIDTH * numberSize;
	const number = (x: number, y: number) => ({
		text: digits,
		fontSize: numberSize,
		bold: true,
		color: MUTED,
		lineHeight: 1,
		absolutePosition: { x, y }
	});
	const faces = facePlaces(place);
	return {
		card: place.card,
		stack: [
			{
				// The quiet zone and the marker's black squares. The canvas sits at the page's
				// corner, so everything in it is in page coordinates: pdfmake moves a canvas's
				// rects and lines with the canvas, but not its paths.
				canvas: [
					{
						type: 'rect',
						x: marker.x - marker.cell,
						y: marker.y - marker.cell,
						w: quiet,
						h: quiet,
						color: '#ffffff'
					},
					{ type: 'path', d: squaresPath(marker.black), color: INK }
				],
				absolutePosition: { x: 0, y: 0 }
			},
			...CARD_EDGES.map((edge) => {
				const p = faces[edge];
				return {
					svg: faceSvg(EDGE_FACES[edge], {
						size: p.size,
						fill: FACE_FILL,
						ink: INK,
						rotate: EDGE_ROTATION[edge]
					}),
					width: p.size,
					height: p.size,
					edge,
					absolutePosition: { x: p.x - p.size / 2, y: p.y - p.size / 2 }
				};
			}),
			number(place.x + inset, place.y + inset),
			number(place.x + side - inset - numberWidth, place.y + side - inset - numberSize)
		]
	};
}

/** The definition pdfmake renders; exported for tests that look at the structure. */
export function cardSheetPdfDefinition(perSheet: CardsPerSheet): Record<string, unknown> {
	const pages = cardSheetPages(perSheet);
	const range = (page: SheetPage) => {
		const first = page.cards[0]!.card;
		const last = page.cards.at(-1)!.card;
		return first === last ? `${first}` : `${first}–${last}`;
	};
	return {
		info: {
			title: exportText.classCards,
			creator: 'Kansencirkel',
			producer: 'Kansencirkel'
		},
		language: language.locale,
		pageSize: 'A4',
		pageOrientation: 'portrait',
		pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN + FOOTER_SPACE],
		defaultStyle: { font: 'Roboto', fontSize: 9, color: INK },
		content: pages.map((page, i) => ({
			stack: [cutLines(page.grid), ...page.cards.map(cardContent)],
			...(i > 0 ? { pageBreak: 'before' } : {})
		})),
		// Digits and the brand only: the same in every language, and only Roboto.
		footer: (page: number) => ({
			text: `Kansencirkel  ·  ${range(pages[page - 1]!)}`,
			fontSize: 8,
			color: MUTED,
			alignment: 'center',
			margin: [MARGIN, 8, MARGIN, 0]
		})
	};
}

/** The 40 class cards as an A4 PDF, four or two to a sheet. */
export async function cardSheetToPdf(perSheet: CardsPerSheet): Promise<Blob> {
	const definition = cardSheetPdfDefinition(perSheet);
	// Roboto only: the sheet has digits and "Kansencirkel", nothing in another script.
	const maker = await loadPdfMake();
	return maker.createPdf(definition).getBlob();
}
