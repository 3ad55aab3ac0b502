import {
	MIN_FOR_MEDIAN,
	drawnValue,
	projected,
	resultFor,
	seriesOf,
	totalOf,
	type ClassRecord,
	type FaceCounts
} from './class-session';
import type { ElementId } from './elements';
import { FACES, type Face } from './score';

/**
 * The same class over several terms (issue 14): class sessions of one series side by side, per
 * element. Like everything of a class, this works on totals per face only; every count it hands
 * out for the screen has gone through `projected` (1 and 2 are "een paar").
 */

/** The most sessions shown side by side: more do not fit a digiboard's width. */
export const MAX_COMPARED = 3;

/**
 * A change in the share of happy (or sad) faces smaller than this reads as "about the same":
 * one child more or less in a class of 25 is no change to speak of.
 */
export const CHANGE_SHARE = 0.1;

const HAPPY: readonly Face[] = [4, 5];
const SAD: readonly Face[] = [1, 2];

/** The sessions of a series in order: by sequence, then by when they were made, then by id. */
export function orderSeries(records: readonly ClassRecord[], seriesId: string): ClassRecord[] {
	return records
		.filter((r) => seriesOf(r.session).seriesId === seriesId)
		.sort(
			(a, b) =>
				a.session.sequence - b.session.sequence ||
				a.session.createdAt - b.session.createdAt ||
				(a.session.id < b.session.id ? -1 : a.session.id > b.session.id ? 1 : 0)
		);
}

/** The sessions `focus` is compared with: its series up to and including it, at most `max`. */
export function comparedSessions(
	records: readonly ClassRecord[],
	focus: ClassRecord,
	max = MAX_COMPARED
): ClassRecord[] {
	const series = orderSeries(records, seriesOf(focus.session).seriesId);
	const at = series.findIndex((r) => r.session.id === focus.session.id);
	const upTo = at < 0 ? [...series, focus] : series.slice(0, at + 1);
	return upTo.slice(-Math.max(1, max));
}

/** The session just before `focus` in its series (null when it is the first one here). */
export function previousInSeries(
	records: readonly ClassRecord[],
	focus: ClassRecord
): ClassRecord | null {
	const compared = comparedSessions(records, focus, 2);
	return compared.length === 2 ? compared[0]! : null;
}

/** A count as the class may see it. */
export type ShownCount = ReturnType<typeof projected>;

export interface SeriesPicture {
	sessionId: string;
	sequence: number;
	createdAt: number;
	/** What the class chose; null when this session did not talk about the element. */
	counts: FaceCounts | null;
	/** The counts as shown, per face: 1 and 2 are "een paar", never the number. */
	shown: Readonly<Record<Face, ShownCount>> | null;
}

export type ChangeKind = 'moreHappy' | 'fewerHappy' | 'moreSad' | 'fewerSad' | 'same' | 'tooFew';

export interface SeriesChange {
	kind: ChangeKind;
	/** The earlier session the latest one is compared with (its date says "dan in september"). */
	since: { sessionId: string; createdAt: number };
}

export interface ElementComparison {
	elementId: ElementId;
	/** One per compared session, oldest first. */
	pictures: SeriesPicture[];
	/** Between the last two sessions that counted this element; null with fewer than two. */
	change: SeriesChange | null;
	/** The tallest drawn value of the row's pictures: one scale for the bars side by side. */
	scale: number;
}

export interface SeriesComparison {
	sessions: { id: string; sequence: number; createdAt: number }[];
	elements: ElementComparison[];
}

function shownOf(counts: FaceCounts): Record<Face, ShownCount> {
	const out = {} as Record<Face, ShownCount>;
	for (const f of FACES) out[f] = projected(counts[f]);
	return out;
}

function share(counts: FaceCounts, faces: readonly Face[]): number {
	const total = totalOf(counts);
	return total === 0 ? 0 : faces.reduce((sum, f) => sum + counts[f], 0) / total;
}

/**
 * The change in words between an earlier and a later picture of one element, from the shares of
 * happy (4–5) and sad (1–2) faces, so a smaller class is compared fairly. The larger of the two
 * shifts is told; below CHANGE_SHARE both are "about the same". With fewer than MIN_FOR_MEDIAN
 * choices in either, nothing is said: one or two children's faces are theirs, not the class's.
 */
export function changeBetween(before: FaceCounts, after: FaceCounts): ChangeKind {
	if (totalOf(before) < MIN_FOR_MEDIAN || totalOf(after) < MIN_FOR_MEDIAN) return 'tooFew';
	const happy = share(after, HAPPY) - share(before, HAPPY);
	const sad = share(after, SAD) - share(before, SAD);
	// A tiny margin so that shares which are equal on paper never count as a change by rounding.
	const EPS = 1e-9;
	if (Math.abs(happy) < CHANGE_SHARE - EPS && Math.abs(sad) < CHANGE_SHARE - EPS) return 'same';
	// A tie (as often: happy faces won exactly what sad ones lost) is told as the happy faces.
	if (Math.abs(happy) >= Math.abs(sad) - EPS) return happy > 0 ? 'moreHappy' : 'fewerHappy';
	return sad > 0 ? 'moreSad' : 'fewerSad';
}

/**
 * Per element the class pictures of the compared sessions side by side, and what changed since
 * the session before. Elements in the order of the latest session, then any that only earlier
 * sessions talked about.
 */
export function compareSeries(compared: readonly ClassRecord[]): SeriesComparison {
	const elements: ElementId[] = [];
	for (const r of [...compared].reverse())
		for (const e of r.session.elements) if (!elements.includes(e)) elements.push(e);
	return {
		sessions: compared.map((r) => ({
			id: r.session.id,
			sequence: r.session.sequence,
			createdAt: r.session.createdAt
		})),
		elements: elements.map((elementId) => {
			const pictures = compared.map((r): SeriesPicture => {
				const counts = r.session.elements.includes(elementId)
					? resultFor(r, elementId).counts
					: null;
				return {
					sessionId: r.session.id,
					sequence: r.session.sequence,
					createdAt: r.session.createdAt,
					counts,
					shown: counts ? shownOf(counts) : null
				};
			});
			const counted = pictures.filter((p) => p.counts && totalOf(p.counts) > 0);
			const [before, after] = counted.slice(-2);
			const change =
				before && after
					? {
							kind: changeBetween(before.counts!, after.counts!),
							since: { sessionId: before.sessionId, createdAt: before.createdAt }
						}
					: null;
			const scale = Math.max(
				0,
				...pictures.flatMap((p) => (p.shown ? FACES.map((f) => drawnValue(p.shown![f])) : []))
			);
			return { elementId, pictures, change, scale };
		})
	};
}
