import { ELEMENTS } from '$lib/domain/elements';
import { elementText } from '$lib/i18n';
import { exportText as t } from '$lib/i18n';
import {
	linePath,
	polar,
	round2,
	sectorPath,
	seriesStyle,
	type SeriesStyle
} from '$lib/components/wheel/series';
import type { PlanDocument } from './plan-document';

/*
 * The kansencirkel as one static SVG string, for the HTML file and pdfmake's `svg` node: the same
 * picture as the overview wheel (wheel.svelte), kept to basic SVG that svg-to-pdfkit draws
 * (presentation attributes, no CSS, no paint-order, no foreignObject, no links, no scripts).
 * The app itself renders wheel.svelte; this is only for exports.
 */

const R = 170;
const GAP = 14;
const FS = 17;
const LH = 20;
const SECTOR = 45;
const RINGS = [2, 4, 6, 8, 10];
const CHAR = 0.56; // rough character width as a share of the font size (Roboto/system sans)
const PAD = 12;
const LEGEND_FS = 15;
const LEGEND_ROW = 26;
const SAMPLE = 44;
const FONT = 'Roboto, Helvetica, Arial, sans-serif';
const INK = '#1a1a1a';

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

/** Element names on at most a few short lines; words are never split. */
function wrap(name: string, max = 12): string[] {
	const lines: string[] = [];
	for (const word of name.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= max) {
			lines[lines.length - 1] = `${last} ${word}`;
		} else lines.push(word);
	}
	return lines;
}

interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

const sectors = ELEMENTS.map((el, i) => {
	const from = i * SECTOR;
	const mid = from + SECTOR / 2;
	const lines = wrap(elementText(el.id).name);
	const a = (mid * Math.PI) / 180;
	const sin = Math.sin(a);
	const cos = Math.cos(a);
	const anchor: 'start' | 'end' = sin >= 0 ? 'start' : 'end';
	const p = polar(R + GAP, mid);
	const height = lines.length * LH;
	// Above the wheel the label grows up, below it grows down, beside it is centred.
	const top = cos > 0.7 ? p.y - height : cos < -0.7 ? p.y : p.y - height / 2;
	const width = Math.max(...lines.map((l) => l.length)) * CHAR * FS;
	const box: Box = {
		left: anchor === 'start' ? p.x : p.x - width,
		right: anchor === 'start' ? p.x + width : p.x,
		top,
		bottom: top + height
	};
	return {
		el,
		lines,
		mid,
		anchor,
		x: p.x,
		baselines: lines.map((_, j) => round2(top + (j + 1) * LH - LH * 0.25)),
		box,
		path: sectorPath(0, R, from, from + SECTOR)
	};
});

const wheelBox: Box = {
	left: Math.min(-R, ...sectors.map((s) => s.box.left)) - PAD,
	right: Math.max(R, ...sectors.map((s) => s.box.right)) + PAD,
	top: Math.min(-R, ...sectors.map((s) => s.box.top)) - PAD,
	bottom: Math.max(R, ...sectors.map((s) => s.box.bottom)) + PAD
};

/**
 * A participant's marker (as marker.svelte draws it). The white edge is drawn as a wider white
 * shape underneath, because PDF renderers ignore paint-order.
 */
function marker(x: number, y: number, size: number, style: SeriesStyle): string {
	const h = size / 2;
	const halo = Math.max(1.5, size * 0.16);
	const lw = Math.max(2, size * 0.24);
	const f = round2;
	const poly = (pts: [number, number][]) =>
		pts.map(([px, py]) => `${f(x + px)},${f(y + py)}`).join(' ');
	const filled = (shape: string, attrs: Attrs) =>
		tag(shape, {
			...attrs,
			fill: '#fff',
			stroke: '#fff',
			'stroke-width': f(halo * 2),
			'stroke-linejoin': 'round'
		}) + tag(shape, { ...attrs, fill: style.colour });
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
				points: poly([
					[0, -h * 1.1],
					[h * 1.05, h * 0.75],
					[-h * 1.05, h * 0.75]
				])
			});
		case 'diamond':
			return filled('polygon', {
				points: poly([
					[0, -h * 1.15],
					[h * 1.15, 0],
					[0, h * 1.15],
					[-h * 1.15, 0]
				])
			});
		case 'star': {
			const pts: [number, number][] = [];
			for (let i = 0; i < 10; i++) {
				const r = i % 2 === 0 ? h * 1.3 : h * 0.55;
				const a = (Math.PI / 5) * i;
				pts.push([r * Math.sin(a), -r * Math.cos(a)]);
			}
			return filled('polygon', { points: poly(pts) });
		}
		case 'ring':
			return (
				tag('circle', {
					cx: x,
					cy: y,
					r: f(h * 0.8),
					fill: 'none',
					stroke: '#fff',
					'stroke-width': f(lw + halo * 2)
				}) +
				tag('circle', {
					cx: x,
					cy: y,
					r: f(h * 0.8),
					fill: '#fff',
					stroke: style.colour,
					'stroke-width': f(lw)
				})
			);
		default: {
			const d =
				style.marker === 'cross'
					? `M${f(x - h * 0.8)} ${f(y - h * 0.8)} L${f(x + h * 0.8)} ${f(y + h * 0.8)} M${f(x + h * 0.8)} ${f(y - h * 0.8)} L${f(x - h * 0.8)} ${f(y + h * 0.8)}`
					: `M${f(x - h)} ${f(y)} L${f(x + h)} ${f(y)} M${f(x)} ${f(y - h)} L${f(x)} ${f(y + h)}`;
			return (
				tag('path', {
					d,
					fill: 'none',
					stroke: '#fff',
					'stroke-width': f(lw + halo * 2),
					'stroke-linecap': 'round'
				}) +
				tag('path', {
					d,
					fill: 'none',
					stroke: style.colour,
					'stroke-width': f(lw),
					'stroke-linecap': 'round'
				})
			);
		}
	}
}

/**
 * The kansencirkel with every participant's line, as a self-contained SVG string. All text in it
 * is escaped; `size` is the width in px (or pt in a PDF), the height follows.
 */
export function renderWheelSvg(
	wheel: PlanDocument['wheel'],
	opts: { size?: number; title?: string } = {}
): string {
	const scores = new Map(
		wheel.answers.map((a) => [`${a.participantId}\u0000${a.elementId}`, a.score])
	);
	const n = wheel.participants.length;
	// Equal scores would hide each other: spread participants a little within the sector.
	const step = n > 1 ? Math.min(4, 24 / (n - 1)) : 0;
	const series = wheel.participants.map((p, i) => {
		const style = seriesStyle(i);
		const offset = (i - (n - 1) / 2) * step;
		const points = sectors.map((s) => {
			const score = scores.get(`${p.id}\u0000${s.el.id}`);
			if (score === null || score === undefined) return null;
			return polar((R * score) / 10, s.mid + offset);
		});
		return { p, style, points, path: linePath(points) };
	});

	// Legend below the wheel: entries flow into rows like words in a paragraph.
	const width = wheelBox.right - wheelBox.left;
	const legendTop = wheelBox.bottom + 8;
	const rowsTop = legendTop + LEGEND_FS + 10;
	let lx = wheelBox.left + PAD;
	let row = 0;
	const entries: string[] = [];
	const noneText = ` ${t.noScores}`;
	for (const s of series) {
		const none = s.points.every((q) => q === null);
		const label = s.p.name + (none ? noneText : '');
		const w = SAMPLE + 8 + label.length * CHAR * LEGEND_FS + 22;
		if (lx > wheelBox.left + PAD && lx + w > wheelBox.right - PAD) {
			row++;
			lx = wheelBox.left + PAD;
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
						escapeHtml(s.p.name) +
							(none ? tag('tspan', { fill: '#4a5759' }, escapeHtml(noneText)) : '')
					)
			)
		);
		lx += w;
	}
	const legendHeight = series.length ? rowsTop - wheelBox.bottom + LEGEND_ROW * (row + 1) + PAD : 0;
	const height = wheelBox.bottom - wheelBox.top + legendHeight;
	const size = opts.size ?? 560;
	const viewBox = [wheelBox.left, wheelBox.top, width, height].map(round2).join(' ');

	const body = [
		opts.title ? tag('title', {}, escapeHtml(opts.title)) : '',
		tag('rect', {
			x: round2(wheelBox.left),
			y: round2(wheelBox.top),
			width: round2(width),
			height: round2(height),
			fill: '#fff'
		}),
		// Sectors in element colours, from the top clockwise.
		tag(
			'g',
			{ stroke: '#fff', 'stroke-width': 2 },
			sectors.map((s) => tag('path', { d: s.path, fill: s.el.colour })).join('')
		),
		// Rings at 2, 4, 6, 8 and 10, and the spokes between the sectors.
		tag(
			'g',
			{ fill: 'none', stroke: INK, 'stroke-width': 1 },
			RINGS.map((sc) =>
				tag('circle', {
					cx: 0,
					cy: 0,
					r: (R * sc) / 10,
					'stroke-opacity': sc === 10 ? 0.5 : 0.28
				})
			).join('') +
				sectors
					.map((s) => {
						const end = polar(R, s.mid - SECTOR / 2);
						return tag('line', { x1: 0, y1: 0, x2: end.x, y2: end.y, 'stroke-opacity': 0.28 });
					})
					.join('')
		),
		tag(
			'g',
			{ 'font-size': 12, 'font-family': FONT },
			RINGS.map((sc) => {
				const y = round2(-(R * sc) / 10 + 14);
				// A soft white patch keeps the number readable over the sector colour.
				return (
					tag('rect', {
						x: 3,
						y: round2(y - 11),
						width: String(sc).length * 7 + 4,
						height: 14,
						rx: 3,
						fill: '#fff',
						'fill-opacity': 0.75
					}) + tag('text', { x: 5, y, fill: '#333' }, String(sc))
				);
			}).join('')
		),
		// Each participant's line; a missing score leaves a gap.
		tag(
			'g',
			{ fill: 'none', 'stroke-width': 3, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' },
			series
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
		tag(
			'g',
			{},
			series.flatMap((s) => s.points.map((q) => (q ? marker(q.x, q.y, 13, s.style) : ''))).join('')
		),
		// Element names around the wheel.
		tag(
			'g',
			{ 'font-size': FS, 'font-family': FONT, fill: INK },
			sectors
				.map((s) =>
					tag(
						'text',
						{ 'text-anchor': s.anchor },
						s.lines
							.map((line, j) => tag('tspan', { x: s.x, y: s.baselines[j] }, escapeHtml(line)))
							.join('')
					)
				)
				.join('')
		),
		series.length
			? tag(
					'g',
					{ 'font-family': FONT, fill: INK },
					tag(
						'text',
						{
							x: round2(wheelBox.left + PAD),
							y: round2(legendTop + LEGEND_FS),
							'font-size': LEGEND_FS,
							'font-weight': 'bold'
						},
						escapeHtml(t.legend)
					) + entries.join('')
				)
			: ''
	].join('');

	return tag(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			viewBox,
			width: size,
			height: round2((size * height) / width),
			role: opts.title ? 'img' : undefined,
			'aria-label': opts.title
		},
		body
	);
}
