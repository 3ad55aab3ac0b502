import { round2 as f } from './geometry';
import type { SeriesStyle } from './styles';

/**
 * One basic SVG shape: its tag and presentation attributes. Every renderer draws these as they
 * are (the Svelte marker as elements, the SVG string as tags), so a marker looks the same in the
 * app, the HTML file and the PDF. No CSS, no paint-order: PDF renderers ignore both.
 */
export interface Shape {
	tag: 'circle' | 'rect' | 'polygon' | 'path';
	attrs: Record<string, string | number>;
}

function polygon(x: number, y: number, pts: readonly [number, number][]): string {
	return pts.map(([px, py]) => `${f(x + px)},${f(y + py)}`).join(' ');
}

function starPoints(outer: number, inner: number): [number, number][] {
	const pts: [number, number][] = [];
	for (let i = 0; i < 10; i++) {
		const r = i % 2 === 0 ? outer : inner;
		const a = (Math.PI / 5) * i;
		pts.push([r * Math.sin(a), -r * Math.cos(a)]);
	}
	return pts;
}

/**
 * A series' marker at (x, y), about `size` wide. With `halo`, a thin white edge (a wider white
 * copy underneath) keeps it visible on lines and coloured sectors.
 */
export function markerShapes(
	x: number,
	y: number,
	size: number,
	style: Pick<SeriesStyle, 'colour' | 'marker'>,
	halo = true
): Shape[] {
	const h = size / 2;
	const edge = halo ? Math.max(1.5, size * 0.16) : 0;
	const lw = Math.max(2, size * 0.24);
	const filled = (tag: Shape['tag'], attrs: Shape['attrs']): Shape[] => [
		...(halo
			? [
					{
						tag,
						attrs: {
							...attrs,
							fill: '#fff',
							stroke: '#fff',
							'stroke-width': f(edge * 2),
							// Square corners stay square; the star's and triangle's points stay blunt.
							...(tag === 'polygon' ? { 'stroke-linejoin': 'round' } : {})
						}
					}
				]
			: []),
		{ tag, attrs: { ...attrs, fill: style.colour } }
	];
	const stroked = (tag: Shape['tag'], attrs: Shape['attrs'], fill: string): Shape[] => [
		...(halo
			? [{ tag, attrs: { ...attrs, fill, stroke: '#fff', 'stroke-width': f(lw + edge * 2) } }]
			: []),
		{ tag, attrs: { ...attrs, fill, stroke: style.colour, 'stroke-width': f(lw) } }
	];
	switch (style.marker) {
		case 'circle':
			return filled('circle', { cx: x, cy: y, r: f(h * 0.95) });
		case 'square':
			return filled('rect', {
				x: f(x - h * 0.82),
				y: f(y - h * 0.82),
				width: f(h * 1.64),
				height: f(h * 1.64)
			});
		case 'triangle':
			return filled('polygon', {
				points: polygon(x, y, [
					[0, -h * 1.1],
					[h * 1.05, h * 0.75],
					[-h * 1.05, h * 0.75]
				])
			});
		case 'diamond':
			return filled('polygon', {
				points: polygon(x, y, [
					[0, -h * 1.15],
					[h * 1.15, 0],
					[0, h * 1.15],
					[-h * 1.15, 0]
				])
			});
		case 'star':
			return filled('polygon', { points: polygon(x, y, starPoints(h * 1.3, h * 0.55)) });
		case 'ring':
			return stroked('circle', { cx: x, cy: y, r: f(h * 0.8) }, '#fff');
		case 'cross':
		case 'plus': {
			const d =
				style.marker === 'cross'
					? `M${f(x - h * 0.8)} ${f(y - h * 0.8)} L${f(x + h * 0.8)} ${f(y + h * 0.8)} M${f(x + h * 0.8)} ${f(y - h * 0.8)} L${f(x - h * 0.8)} ${f(y + h * 0.8)}`
					: `M${f(x - h)} ${f(y)} L${f(x + h)} ${f(y)} M${f(x)} ${f(y - h)} L${f(x)} ${f(y + h)}`;
			return stroked('path', { d, 'stroke-linecap': 'round' }, 'none');
		}
	}
}
