// How each participant's line looks on the wheel. Colour is never the only cue: every style
// also has its own marker and (mostly) its own dash, so the wheel works in black and white and
// for colour-blind readers. All colours keep ≥ 3:1 contrast against white and against every
// light sector colour in ELEMENTS (checked in wheel.svelte.spec.ts).

export const MARKERS = [
	'circle',
	'square',
	'triangle',
	'diamond',
	'star',
	'ring',
	'cross',
	'plus'
] as const;
export type MarkerShape = (typeof MARKERS)[number];

export interface SeriesStyle {
	colour: string;
	/** SVG stroke-dasharray for a round-capped line; '' is a solid line. */
	dash: string;
	marker: MarkerShape;
}

// Dash lengths assume stroke-linecap="round": a dash of 0.1 draws a dot.
export const SERIES_STYLES: readonly SeriesStyle[] = [
	{ colour: '#1f4e9c', dash: '', marker: 'circle' },
	{ colour: '#a8400c', dash: '10 7', marker: 'square' },
	{ colour: '#1a1a1a', dash: '0.1 6', marker: 'triangle' },
	{ colour: '#1b6b3a', dash: '14 6 0.1 6', marker: 'diamond' },
	{ colour: '#8c2d6e', dash: '20 7', marker: 'star' },
	{ colour: '#00626e', dash: '4 5', marker: 'ring' },
	{ colour: '#5a3ea6', dash: '16 6 0.1 6 0.1 6', marker: 'cross' },
	{ colour: '#6b5a00', dash: '', marker: 'plus' }
];

/** Style for the participant at `index`; past the eighth, colour and marker repeat with another dash. */
export function seriesStyle(index: number): SeriesStyle {
	const n = SERIES_STYLES.length;
	const i = ((Math.trunc(index) % n) + n) % n;
	const base = SERIES_STYLES[i]!;
	const round = Math.floor(Math.max(0, index) / n);
	if (round === 0) return base;
	return { ...base, dash: SERIES_STYLES[(i + round) % n]!.dash || '2 4' };
}

// Wheel geometry shared by the overview wheel and the mini wheel: angles in degrees, clockwise
// from 12 o'clock, around 0,0.

export const round2 = (n: number) => Math.round(n * 100) / 100;

export function polar(r: number, deg: number): { x: number; y: number } {
	const a = (deg * Math.PI) / 180;
	return { x: round2(r * Math.sin(a)), y: round2(-r * Math.cos(a)) };
}

/** A ring sector (a pie slice when `inner` is 0) from angle `from` to `to`. */
export function sectorPath(inner: number, outer: number, from: number, to: number): string {
	const large = to - from > 180 ? 1 : 0;
	const o1 = polar(outer, from);
	const o2 = polar(outer, to);
	const arc = `M${o1.x} ${o1.y} A${outer} ${outer} 0 ${large} 1 ${o2.x} ${o2.y}`;
	if (inner <= 0) return `M0 0 L${o1.x} ${o1.y} A${outer} ${outer} 0 ${large} 1 ${o2.x} ${o2.y} Z`;
	const i1 = polar(inner, to);
	const i2 = polar(inner, from);
	return `${arc} L${i1.x} ${i1.y} A${inner} ${inner} 0 ${large} 0 ${i2.x} ${i2.y} Z`;
}

export type Point = { x: number; y: number };

/** Lines only between neighbouring elements that both have a score: no answer is not a 0. */
export function linePath(points: readonly (Point | null)[]): string {
	const n = points.length;
	const xy = (p: Point) => `${p.x} ${p.y}`;
	if (points.every((p) => p !== null)) return `M${points.map((p) => xy(p!)).join(' L')} Z`;
	const runs: string[] = [];
	for (let k = 0; k < n; k++) {
		if (!points[k] || points[(k - 1 + n) % n]) continue;
		const run: Point[] = [];
		for (let j = k; points[j % n] && run.length < n; j++) run.push(points[j % n]!);
		if (run.length > 1) runs.push(`M${run.map(xy).join(' L')}`);
	}
	return runs.join(' ');
}
