import type { Face } from '$lib/domain/score';
import type { Shape } from './markers';

/** The faces are drawn on a 48 × 48 grid. */
export const FACE_GRID = 48;

/** Where the mouth's corners sit and how far its middle bends (down is a smile). */
const MOUTH: Record<Face, { y: number; bend: number }> = {
	1: { y: 35, bend: -10 },
	2: { y: 33, bend: -5 },
	3: { y: 31, bend: 0 },
	4: { y: 29, bend: 6 },
	5: { y: 28, bend: 11 }
};

/**
 * One of the five faces (1 saddest … 5 happiest) as basic shapes: a round head in `fill`, two
 * eyes and a mouth in `ink`. The same shapes for the HTML file and the PDF (svg-to-pdfkit).
 */
export function faceShapes(face: Face, fill: string, ink: string): Shape[] {
	const m = MOUTH[face];
	return [
		{ tag: 'circle', attrs: { cx: 24, cy: 24, r: 21, fill, stroke: ink, 'stroke-width': 2.5 } },
		{ tag: 'circle', attrs: { cx: 17, cy: 19, r: 2.8, fill: ink } },
		{ tag: 'circle', attrs: { cx: 31, cy: 19, r: 2.8, fill: ink } },
		{
			tag: 'path',
			attrs: {
				d: `M15 ${m.y} Q24 ${m.y + 2 * m.bend} 33 ${m.y}`,
				fill: 'none',
				stroke: ink,
				'stroke-width': 2.8,
				'stroke-linecap': 'round'
			}
		}
	];
}
