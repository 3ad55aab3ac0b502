import type { Face } from '$lib/domain/score';
import { FACE_GRID, faceShapes } from './faces';
import { round2 } from './geometry';
import { ELEMENT_ICONS, ICON_GRID, ICON_STROKE } from './icons';
import { CHAR_WIDTH, PAD, RING_FONT_SIZE, wheelLayout, type WheelLabels } from './layout';
import { markerShapes, type Shape } from './markers';
import { plotSeries, type WheelSeries } from './series';
import type { SeriesStyle } from './styles';

/*
 * The wheel as one static SVG string, for the HTML file and pdfmake's `svg` node: the same
 * layout, icons, lines and markers as the app's wheel (components/wheel/wheel.svelte), kept to
 * basic SVG that svg-to-pdfkit draws (presentation attributes, no CSS, no paint-order, no
 * foreignObject, no links, no scripts). Pure: every text comes in as an argument.
 */

const FONT = 'Roboto, Helvetica, Arial, sans-serif';
const INK = '#1a1a1a';
const LEGEND_FS = 15;
const LEGEND_ROW = 26;
const SAMPLE = 44;

// Characters XML 1.0 forbids; names never hold them, but a broken file must not break the PDF.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** The one escape for user text in HTML and SVG, for text and for attribute values. */
export function escapeHtml(text: string): string {
	return text
		.replace(XML_INVALID, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

type Attrs = Record<string, string | number | undefined>;

function tag(name: string, attrs: Attrs, body?: string): string {
	const a = Object.entries(attrs)
		.filter(([, v]) => v !== undefined && v !== '')
		.map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`)
		.join('');
	return body === undefined ? `<${name}${a}/>` : `<${name}${a}>${body}</${name}>`;
}

const shapes = (list: readonly Shape[]) => list.map((s) => tag(s.tag, s.attrs)).join('');

const marker = (x: number, y: number, size: number, style: SeriesStyle) =>
	shapes(markerShapes(x, y, size, style));

export interface WheelSvgOptions {
	/** Each element's label lines, in the language of the document. */
	labels: WheelLabels;
	series: readonly WheelSeries[];
	/** The legend's heading and what it says after a name without scores. */
	legend: { title: string; noScores: string };
	/** Width in px (or pt in a PDF); the height follows. */
	size?: number;
	/** The accessible name; without it the SVG has none of its own. */
	title?: string;
}

/** The wheel with every series' line and a legend, as a self-contained SVG string. */
export function wheelSvg(opts: WheelSvgOptions): string {
	const layout = wheelLayout(opts.labels);
	const plotted = plotSeries(layout, opts.series);
	const box = layout.bounds;

	// Legend below the wheel: entries flow into rows like words in a paragraph.
	const width = box.right - box.left;
	const legendTop = box.bottom + 8;
	const rowsTop = legendTop + LEGEND_FS + 10;
	let lx = box.left + PAD;
	let row = 0;
	const entries: string[] = [];
	const noneText = ` ${opts.legend.noScores}`;
	for (const s of plotted) {
		const none = s.points.every((q) => q === null);
		const label = s.series.name + (none ? noneText : '');
		const w = SAMPLE + 8 + label.length * CHAR_WIDTH * LEGEND_FS + 22;
		if (lx > box.left + PAD && lx + w > box.right - PAD) {
			row++;
			lx = box.left + PAD;
		}
		const cy = round2(rowsTop + LEGEND_ROW * row + LEGEND_ROW / 2);
		entries.push(
			tag(
				'g',
				{},
				tag('line', {
					x1: round2(lx + 2),
					y1: cy,
					x2: round2(lx + SAMPLE - 2),
					y2: cy,
					stroke: s.style.colour,
					'stroke-width': 3,
					'stroke-linecap': 'round',
					'stroke-dasharray': s.style.dash || undefined
				}) +
					marker(round2(lx + SAMPLE / 2), cy, 12, s.style) +
					tag(
						'text',
						{
							x: round2(lx + SAMPLE + 8),
							y: round2(cy + LEGEND_FS * 0.35),
							'font-size': LEGEND_FS
						},
						escapeHtml(s.series.name) +
							(none ? tag('tspan', { fill: '#4a5759' }, escapeHtml(noneText)) : '')
					)
			)
		);
		lx += w;
	}
	const legendHeight = plotted.length ? rowsTop - box.bottom + LEGEND_ROW * (row + 1) + PAD : 0;
	const height = box.bottom - box.top + legendHeight;
	const size = opts.size ?? 560;
	const viewBox = [box.left, box.top, width, height].map(round2).join(' ');
	const R = layout.radius;

	const body = [
		opts.title ? tag('title', {}, escapeHtml(opts.title)) : '',
		tag('rect', {
			x: round2(box.left),
			y: round2(box.top),
			width: round2(width),
			height: round2(height),
			fill: '#fff'
		}),
		// Sectors in element colours, from the top clockwise.
		tag(
			'g',
			{ stroke: '#fff', 'stroke-width': 2 },
			layout.sectors.map((s) => tag('path', { d: s.path, fill: s.element.colour })).join('')
		),
		// Rings at 2, 4, 6, 8 and 10, and the spokes between the sectors.
		tag(
			'g',
			{ fill: 'none', stroke: INK, 'stroke-width': 1 },
			layout.rings
				.map((ring) =>
					tag('circle', {
						cx: 0,
						cy: 0,
						r: ring.r,
						'stroke-opacity': ring.r === R ? 0.5 : 0.28
					})
				)
				.join('') +
				layout.spokes
					.map((end) => tag('line', { x1: 0, y1: 0, x2: end.x, y2: end.y, 'stroke-opacity': 0.28 }))
					.join('')
		),
		tag(
			'g',
			{ 'font-size': RING_FONT_SIZE, 'font-family': FONT },
			layout.rings
				.map((ring) => {
					const label = String(ring.score);
					// A soft white patch keeps the number readable over the sector colour.
					return (
						tag('rect', {
							x: 3,
							y: round2(ring.numberY - 12),
							width: round2(label.length * 7.5 + 4),
							height: 15,
							rx: 3,
							fill: '#fff',
							'fill-opacity': 0.75
						}) + tag('text', { x: 5, y: ring.numberY, fill: '#333' }, label)
					);
				})
				.join('')
		),
		// Each series' line; a missing score leaves a gap.
		tag(
			'g',
			{ fill: 'none', 'stroke-width': 3, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' },
			plotted
				.filter((s) => s.path)
				.map((s) =>
					tag('path', {
						d: s.path,
						stroke: s.style.colour,
						'stroke-dasharray': s.style.dash || undefined
					})
				)
				.join('')
		),
		// Element icons and names around the wheel.
		tag(
			'g',
			{},
			layout.sectors
				.map((s) =>
					tag(
						'g',
						{
							transform: `translate(${s.icon.x} ${s.icon.y}) scale(${round2(s.icon.size / ICON_GRID)})`,
							fill: 'none',
							stroke: s.element.strong,
							'stroke-width': ICON_STROKE,
							'stroke-linecap': 'round',
							'stroke-linejoin': 'round'
						},
						ELEMENT_ICONS[s.element.id]
							.map((shape) =>
								shape.tag === 'path'
									? tag('path', { d: shape.d })
									: tag('circle', { cx: shape.cx, cy: shape.cy, r: shape.r })
							)
							.join('')
					)
				)
				.join('')
		),
		tag(
			'g',
			{ 'font-size': layout.fontSize, 'font-family': FONT, fill: INK },
			layout.sectors
				.map((s) =>
					tag(
						'text',
						{ 'text-anchor': s.anchor },
						s.lines
							.map((line, j) => tag('tspan', { x: s.textX, y: s.baselines[j] }, escapeHtml(line)))
							.join('')
					)
				)
				.join('')
		),
		tag(
			'g',
			{},
			plotted.flatMap((s) => s.points.map((q) => (q ? marker(q.x, q.y, 13, s.style) : ''))).join('')
		),
		plotted.length
			? tag(
					'g',
					{ 'font-family': FONT, fill: INK },
					tag(
						'text',
						{
							x: round2(box.left + PAD),
							y: round2(legendTop + LEGEND_FS),
							'font-size': LEGEND_FS,
							'font-weight': 'bold'
						},
						escapeHtml(opts.legend.title)
					) + entries.join('')
				)
			: ''
	].join('');

	return tag(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			viewBox,
			// Left to right as a base direction, so a label's "start" stays the side away from the
			// wheel in a right-to-left document too; Arabic words still read right to left.
			direction: 'ltr',
			width: size,
			height: round2((size * height) / width),
			role: opts.title ? 'img' : undefined,
			'aria-label': opts.title
		},
		body
	);
}

/**
 * One face (faces.ts) as a small SVG string, `size` wide; decoration, its name is beside it.
 * `rotate`: degrees clockwise about the face's middle (a class card's faces point outwards).
 */
export function faceSvg(
	face: Face,
	opts: { size: number; fill: string; ink?: string; rotate?: number }
): string {
	const body = shapes(faceShapes(face, opts.fill, opts.ink ?? INK));
	const mid = FACE_GRID / 2;
	return tag(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			viewBox: `0 0 ${FACE_GRID} ${FACE_GRID}`,
			width: opts.size,
			height: opts.size,
			'aria-hidden': 'true'
		},
		opts.rotate ? tag('g', { transform: `rotate(${opts.rotate} ${mid} ${mid})` }, body) : body
	);
}
