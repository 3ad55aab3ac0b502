// How each series looks on the wheel. Colour is never the only cue: every style also has its
// own marker and (mostly) its own dash, so the wheel works in black and white and for
// colour-blind readers. All colours keep ≥ 3:1 contrast against white and against every light
// sector colour in ELEMENTS (checked in styles.spec.ts).

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

/** Style for the series at `index`; past the eighth, colour and marker repeat with another dash. */
export function seriesStyle(index: number): SeriesStyle {
	const n = SERIES_STYLES.length;
	const i = ((Math.trunc(index) % n) + n) % n;
	const base = SERIES_STYLES[i]!;
	const round = Math.floor(Math.max(0, index) / n);
	if (round === 0) return base;
	return { ...base, dash: SERIES_STYLES[(i + round) % n]!.dash || '2 4' };
}

/** Dashes over time: the latest moment solid, the one before dashed, the oldest dotted. */
export const MOMENT_DASHES = ['', '10 7', '0.1 6'] as const;

/**
 * One person over time (up to three moments): the person's own colour and marker (the same as
 * in every other chart of the page, so a blue circle is always that person), the moment by its
 * dash. `fromLatest`: 0 for the latest moment drawn, 1 for the one before, 2 for the oldest.
 */
export function momentStyle(personIndex: number, fromLatest: number): SeriesStyle {
	const dash = MOMENT_DASHES[Math.min(2, Math.max(0, Math.trunc(fromLatest)))]!;
	return { ...seriesStyle(personIndex), dash };
}

/** Dash of an earlier moment when everyone is drawn: the person's colour and marker, dashed. */
export const EARLIER_DASH = MOMENT_DASHES[1];

/**
 * Everyone at two moments: each person keeps their own colour and marker, the latest moment
 * solid and the earlier one dashed, so who and when each have a cue of their own.
 */
export function personMomentStyle(personIndex: number, latest: boolean): SeriesStyle {
	const base = seriesStyle(personIndex);
	return { ...base, dash: latest ? '' : EARLIER_DASH };
}
