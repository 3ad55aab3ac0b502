import { ELEMENTS, type ElementDefinition, type ElementId } from '$lib/domain/elements';
import { polar, round2, sectorPath, type Point } from './geometry';

/**
 * Each element's name on the wheel, on one to three short lines: the catalogues' `wheelLabel`,
 * e.g. `(id) => elementText(id).wheelLabel`, read when the wheel is drawn.
 */
export type WheelLabels = (id: ElementId) => readonly string[];

export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export interface SectorLayout {
	element: ElementDefinition;
	/** Angles in degrees, clockwise from 12 o'clock. */
	from: number;
	mid: number;
	/** The pie slice from the centre to score 10. */
	path: string;
	lines: readonly string[];
	anchor: 'start' | 'end';
	icon: { x: number; y: number; size: number };
	textX: number;
	/** One baseline per label line. */
	baselines: number[];
	/** The label's (estimated) box, icon included. */
	box: Box;
}

export interface WheelLayout {
	/** Radius of score 10, in viewBox units around the centre (0,0). */
	radius: number;
	fontSize: number;
	lineHeight: number;
	sectors: SectorLayout[];
	/** Rings at 2, 4, 6, 8 and 10, each with the y of its number (drawn at x = 5). */
	rings: { score: number; r: number; numberY: number }[];
	/** Where each spoke between two sectors meets the outer ring. */
	spokes: Point[];
	/** Everything drawn, with padding, from estimated text widths. */
	bounds: Box;
}

// Layout in viewBox units around the wheel's centre.
export const RADIUS = 170;
export const SECTOR = 360 / ELEMENTS.length;
export const RING_SCORES = [2, 4, 6, 8, 10] as const;
export const RING_FONT_SIZE = 13;
export const LABEL_FONT_SIZE = 19;
const LINE_HEIGHT = 22;
const GAP = 12; // between the wheel and its labels
const ICON = 28;
const ICON_GAP = 6;
export const PAD = 10;
// Rough character width as a share of the font size; a renderer that can measure text (the
// app in a browser) refines the bounds, one that cannot (the exports) uses this estimate.
export const CHAR_WIDTH = 0.58;

function placeLabel(element: ElementDefinition, index: number, lines: readonly string[]) {
	const from = index * SECTOR;
	const mid = from + SECTOR / 2;
	const a = (mid * Math.PI) / 180;
	const sin = Math.sin(a);
	const cos = Math.cos(a);
	const anchor: 'start' | 'end' = sin >= 0 ? 'start' : 'end';
	const dir = anchor === 'start' ? 1 : -1;
	const R = RADIUS;
	const textWidth = Math.max(0, ...lines.map((l) => l.length)) * CHAR_WIDTH * LABEL_FONT_SIZE;
	let x: number, top: number, iconY: number, textX: number, textTop: number;
	let width: number, height: number;
	if (Math.abs(cos) > 0.7) {
		// Above or below the wheel: icon beside the name, on the side nearest the middle.
		height = Math.max(ICON, lines.length * LINE_HEIGHT);
		x = sin * (R + GAP);
		const edge = Math.sqrt(R * R - x * x) + GAP;
		top = cos > 0 ? -edge - height : edge;
		iconY = top + (height - ICON) / 2;
		textX = x + dir * (ICON + ICON_GAP);
		textTop = top + (height - lines.length * LINE_HEIGHT) / 2;
		width = ICON + ICON_GAP + textWidth;
	} else {
		// Beside the wheel: icon above the name, so the label grows down, not sideways.
		height = ICON + ICON_GAP + lines.length * LINE_HEIGHT;
		const centre = -cos * (R + GAP);
		top = centre - height / 2;
		const nearest =
			top <= 0 && top + height >= 0 ? 0 : Math.min(Math.abs(top), Math.abs(top + height));
		x = dir * (Math.sqrt(R * R - nearest * nearest) + GAP);
		iconY = top;
		textX = x;
		textTop = top + ICON + ICON_GAP;
		width = Math.max(ICON, textWidth);
	}
	const sector: SectorLayout = {
		element,
		from,
		mid,
		path: sectorPath(0, R, from, from + SECTOR),
		lines,
		anchor,
		icon: { x: round2(anchor === 'start' ? x : x - ICON), y: round2(iconY), size: ICON },
		textX: round2(textX),
		// Baselines sit about a fifth of the line height above each line's bottom.
		baselines: lines.map((_, j) => round2(textTop + (j + 1) * LINE_HEIGHT - LINE_HEIGHT * 0.22)),
		box: {
			left: anchor === 'start' ? x : x - width,
			right: anchor === 'start' ? x + width : x,
			top,
			bottom: top + height
		}
	};
	return sector;
}

/**
 * The wheel's layout for the given labels: sectors, rings, spokes and where each label and
 * icon goes. Pure and cheap: call it at render time with the current language's labels.
 */
export function wheelLayout(labels: WheelLabels): WheelLayout {
	const sectors = ELEMENTS.map((el, i) => placeLabel(el, i, labels(el.id)));
	const R = RADIUS;
	return {
		radius: R,
		fontSize: LABEL_FONT_SIZE,
		lineHeight: LINE_HEIGHT,
		sectors,
		rings: RING_SCORES.map((score) => ({
			score,
			r: (R * score) / 10,
			numberY: round2(-(R * score) / 10 + 15)
		})),
		spokes: sectors.map((s) => polar(R, s.from)),
		bounds: {
			left: Math.min(-R, ...sectors.map((s) => s.box.left)) - PAD,
			right: Math.max(R, ...sectors.map((s) => s.box.right)) + PAD,
			top: Math.min(-R, ...sectors.map((s) => s.box.top)) - PAD,
			bottom: Math.max(R, ...sectors.map((s) => s.box.bottom)) + PAD
		}
	};
}

/** An SVG viewBox for a box. */
export function viewBox(b: Box): string {
	return [b.left, b.top, b.right - b.left, b.bottom - b.top].map(round2).join(' ');
}
