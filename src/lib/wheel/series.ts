import type { ElementId } from '$lib/domain/elements';
import { usesFaces, type Participant } from '$lib/domain/participant';
import { linePath, polar, type Point } from './geometry';
import type { WheelLayout } from './layout';
import { seriesStyle, type SeriesStyle } from './styles';

/**
 * What the wheel draws: a list of series, each one line with a marker per element. A wheel is
 * always the same eight sectors; what differs between uses is only the series handed to it.
 *
 * - `scores`: one participant's own scores (the family overview and plan: one series each).
 * - `moment`: one person's scores at one moment; a wheel over time for one person is up to
 *   three of these (`moment` 0, 1, 2, oldest first), each its own line.
 * - `distribution`: a whole class; `scores` holds the median per element (the line), and
 *   `counts` how many children chose each face there (for a renderer to show beside it).
 *
 * Every kind plots the same way (`plotSeries`): a point at each element's score, a line
 * between neighbours that both have one. Extra data (a moment's date, a distribution's
 * counts) rides along on the series and its points, so drawing it later is a renderer's
 * addition, never a second wheel. The family overview and plan use
 * `scores`; the over-time screen (Verloop) draws `moment` series.
 */
export type WheelSeries = ScoreSeries | MomentSeries | DistributionSeries;

interface SeriesBase {
	/** Stable key: a participant id, a moment, "class". */
	id: string;
	/** Who or what the line stands for: in the legend and in each point's accessible name. */
	name: string;
	/** Score 1–10 per element. Missing or null: no point, and the line breaks there (never 0). */
	scores: Partial<Record<ElementId, number | null>>;
	/** Show scores back as faces (children of 4–7, a class's faces). */
	faces: boolean;
	/** Defaults to the style of the series' place in the list. */
	style?: SeriesStyle;
}

export interface ScoreSeries extends SeriesBase {
	kind: 'scores';
}

export interface MomentSeries extends SeriesBase {
	kind: 'moment';
	/** 0 for the first of up to three conversations over time. */
	moment: 0 | 1 | 2;
	/** When the conversation took place (ms). */
	at: number;
}

export interface DistributionSeries extends SeriesBase {
	kind: 'distribution';
	/** Per element, how many chose each face, saddest first; `scores` holds the median. */
	counts: Partial<Record<ElementId, readonly number[]>>;
}

export interface PlottedPoint extends Point {
	elementId: ElementId;
	score: number;
	/** A distribution's counts for this element. */
	counts?: readonly number[];
}

export interface PlottedSeries {
	series: WheelSeries;
	style: SeriesStyle;
	/** One per sector, in wheel order; null where there is no score. */
	points: (PlottedPoint | null)[];
	/** The SVG path of the line; '' when no two neighbours have a score. */
	path: string;
}

/** Everyone's own scores, one `scores` series per participant, in the order given. */
export function scoreSeries(
	participants: readonly ({ id: string; name: string; faces?: boolean } & Partial<
		Pick<Participant, 'role' | 'ageGroup'>
	>)[],
	answers: readonly { participantId: string; elementId: ElementId; score: number | null }[]
): ScoreSeries[] {
	return participants.map((p) => ({
		kind: 'scores',
		id: p.id,
		name: p.name,
		faces: p.faces ?? (p.role !== undefined && usesFaces({ role: p.role, ageGroup: p.ageGroup })),
		scores: Object.fromEntries(
			answers.filter((a) => a.participantId === p.id).map((a) => [a.elementId, a.score])
		)
	}));
}

/** Where every series' points and line go on the given layout. */
export function plotSeries(layout: WheelLayout, series: readonly WheelSeries[]): PlottedSeries[] {
	const n = series.length;
	// Equal scores would hide each other: spread the series a little within the sector.
	const step = n > 1 ? Math.min(4, 24 / (n - 1)) : 0;
	return series.map((s, i) => {
		const offset = (i - (n - 1) / 2) * step;
		const points = layout.sectors.map((sector): PlottedPoint | null => {
			const id = sector.element.id;
			const score = s.scores[id];
			if (score === null || score === undefined) return null;
			const counts = s.kind === 'distribution' ? s.counts[id] : undefined;
			return {
				...polar((layout.radius * score) / 10, sector.mid + offset),
				elementId: id,
				score,
				...(counts ? { counts } : {})
			};
		});
		return { series: s, style: s.style ?? seriesStyle(i), points, path: linePath(points) };
	});
}
