import type { Answer } from './answer';
import { ELEMENT_IDS, type ElementId } from './elements';
import type { Conversation } from './conversation';
import { usesFaces, type Participant } from './participant';
import { isHidden } from './progress';
import type { Plan } from './plan';
import { faceToScore, scoreToFace } from './score';
import { actionReviews, type ActionReview, type LookBack } from './series';

// Change over time in a series of conversations (issue 14), always about one child: who said
// what at which moment, on a scale that can honestly be compared. Pure domain code; the views
// (wheel over time, lines per element, summary) and the exports draw from this.

/** One conversation of a series, as the over-time views need it. */
export interface MomentInput {
	id: string;
	sequence?: number;
	createdAt: number;
	participants: readonly Pick<Participant, 'id' | 'name' | 'role' | 'ageGroup'>[];
	/** The children the conversation is about (participant ids). */
	children: readonly string[];
	answers: readonly Pick<Answer, 'participantId' | 'childId' | 'elementId' | 'score'>[];
	/**
	 * "Om de beurt" and what was revealed: an answer the group has not seen together (never
	 * revealed, or not yet) is left out of every view over time, as if not given.
	 */
	mode?: Conversation['mode'];
	revealed?: readonly ElementId[];
}

export interface Moment {
	/** 0 for the oldest moment of the series that is about this child. */
	index: number;
	id: string;
	sequence: number;
	createdAt: number;
}

/**
 * How a person's scores are compared. `numbers`: 1–10 as given. `faces`: five faces; someone
 * who answered with faces at any moment (a young child) is compared on faces at every moment,
 * so a child who moved from faces (4–7) to numbers (8–12) is compared on the scale both share.
 */
export type CompareScale = 'numbers' | 'faces';

export interface SeriesPerson {
	id: string;
	/** The name at the latest moment the person took part in. */
	name: string;
	role: Participant['role'];
	/** The age group at the latest moment (children only). */
	ageGroup?: Participant['ageGroup'];
	scale: CompareScale;
	/** Faces at some moments and numbers at others: the screen says how it was compared. */
	scaleChanged: boolean;
	/** Per moment: at the table (joined later or left: false there). */
	present: boolean[];
}

/** A score as compared: 1–10 on `numbers`; on `faces` the face's own place (2, 4, … 10). */
export type Value = number | null;

export interface SeriesView {
	childId: string;
	moments: Moment[];
	/** Everyone who gave answers about the child at any moment, the child first. */
	people: SeriesPerson[];
	/** values[personId][elementId][moment index]; null: no answer (a gap, never a zero). */
	values: Record<string, Record<ElementId, Value[]>>;
}

/** A score on the person's comparison scale: faces keep their place on the wheel (2 … 10). */
export function comparable(score: number | null, scale: CompareScale): Value {
	if (score === null) return null;
	return scale === 'faces' ? faceToScore(scoreToFace(score)) : score;
}

function order(a: MomentInput, b: MomentInput): number {
	return (a.sequence ?? 1) - (b.sequence ?? 1) || a.createdAt - b.createdAt;
}

/**
 * The series seen from one child: the moments that were about that child, oldest first, and
 * every person's comparable score per element per moment.
 */
export function seriesView(inputs: readonly MomentInput[], childId: string): SeriesView {
	const about = inputs
		.filter((c) => c.children.includes(childId))
		.sort(order)
		.map((c) => ({
			...c,
			answers: c.answers.filter(
				(a) => !isHidden({ mode: c.mode ?? 'open', revealed: [...(c.revealed ?? [])] }, a.elementId)
			)
		}));
	const moments: Moment[] = about.map((c, index) => ({
		index,
		id: c.id,
		sequence: c.sequence ?? 1,
		createdAt: c.createdAt
	}));

	// Everyone who took part at any moment; name, role and age group from the latest one.
	const latest = new Map<string, Pick<Participant, 'id' | 'name' | 'role' | 'ageGroup'>>();
	const facesAt = new Map<string, boolean[]>();
	for (const [i, c] of about.entries()) {
		for (const p of c.participants) {
			latest.set(p.id, p);
			const row = facesAt.get(p.id) ?? about.map(() => false);
			row[i] = usesFaces(p);
			facesAt.set(p.id, row);
		}
	}
	const answered = new Set(
		about.flatMap((c) => c.answers.filter((a) => a.childId === childId).map((a) => a.participantId))
	);

	const people: SeriesPerson[] = [];
	for (const [id, p] of latest) {
		if (!answered.has(id)) continue;
		const present = about.map((c) => c.participants.some((q) => q.id === id));
		const faces = (facesAt.get(id) ?? []).filter((f, i) => present[i]);
		const anyFaces = faces.some(Boolean);
		people.push({
			id,
			name: p.name,
			role: p.role,
			...(p.ageGroup ? { ageGroup: p.ageGroup } : {}),
			scale: anyFaces ? 'faces' : 'numbers',
			scaleChanged: anyFaces && !faces.every(Boolean),
			present
		});
	}
	people.sort((a, b) => Number(b.id === childId) - Number(a.id === childId));

	const values: SeriesView['values'] = {};
	for (const person of people) {
		const rows = Object.fromEntries(
			ELEMENT_IDS.map((e) => [e, about.map((): Value => null)])
		) as Record<ElementId, Value[]>;
		for (const [i, c] of about.entries()) {
			for (const a of c.answers) {
				if (a.participantId === person.id && a.childId === childId)
					rows[a.elementId][i] = comparable(a.score, person.scale);
			}
		}
		values[person.id] = rows;
	}
	return { childId, moments, people, values };
}

export interface ElementChange {
	elementId: ElementId;
	from: number;
	to: number;
	/** to − from, on the person's comparison scale (faces: steps of one face). */
	delta: number;
}

/** A person's change from moment `from` to moment `to`, per element both moments have. */
export function changesFor(
	view: SeriesView,
	personId: string,
	from: number,
	to: number
): ElementChange[] {
	const rows = view.values[personId];
	const person = view.people.find((p) => p.id === personId);
	if (!rows || !person) return [];
	const step = person.scale === 'faces' ? 2 : 1;
	return ELEMENT_IDS.flatMap((elementId) => {
		const a = rows[elementId][from];
		const b = rows[elementId][to];
		if (a === null || a === undefined || b === null || b === undefined) return [];
		return [{ elementId, from: a, to: b, delta: (b - a) / step }];
	});
}

/** How many rises and falls a summary names per person. */
export const SUMMARY_TOP = 3;

export interface PersonSummary {
	person: SeriesPerson;
	/** Elements answered at both moments. */
	compared: number;
	/** Biggest rises first, at most SUMMARY_TOP. */
	rose: ElementChange[];
	/** Biggest falls first, at most SUMMARY_TOP. */
	fell: ElementChange[];
}

/**
 * What rose or fell most per person between two moments (by default the first and the latest):
 * "Veilig zijn: Noor 4 → 7". Someone who did not answer at both moments has nothing to compare
 * and is left out; ties keep the wheel's order.
 */
export function changeSummary(
	view: SeriesView,
	from = 0,
	to = view.moments.length - 1
): PersonSummary[] {
	if (from === to || from < 0 || to >= view.moments.length) return [];
	return view.people.flatMap((person) => {
		const changes = changesFor(view, person.id, from, to);
		if (changes.length === 0) return [];
		const rose = changes
			.filter((c) => c.delta > 0)
			.sort((a, b) => b.delta - a.delta)
			.slice(0, SUMMARY_TOP);
		const fell = changes
			.filter((c) => c.delta < 0)
			.sort((a, b) => a.delta - b.delta)
			.slice(0, SUMMARY_TOP);
		return [{ person, compared: changes.length, rose, fell }];
	});
}

/** The wheel over time: up to three moments for one person, or two moments for everyone. */
export const MAX_MOMENTS_ONE = 3;
export const MAX_MOMENTS_ALL = 2;

export type OverlayChoice = { personId: string; moments: number[] } | { moments: number[] };

/**
 * The moments drawn when nobody chose: for one person the first, the one before the latest and
 * the latest (so the start and the most recent change are always there); for everyone the
 * previous and the latest.
 */
export function defaultMoments(count: number, forOne: boolean): number[] {
	if (count <= 0) return [];
	const last = count - 1;
	if (!forOne) return count === 1 ? [0] : [last - 1, last];
	if (count <= MAX_MOMENTS_ONE) return Array.from({ length: count }, (_, i) => i);
	return [0, last - 1, last];
}

/** One line on the wheel over time. */
export interface OverlayLine {
	personId: string;
	moment: number;
	values: Partial<Record<ElementId, Value>>;
}

/**
 * The lines the wheel over time draws, oldest moment first per person. Moments out of range are
 * dropped and the limits hold (three for one person, two for everyone), whatever is asked.
 */
export function overlayLines(view: SeriesView, choice: OverlayChoice): OverlayLine[] {
	const one = 'personId' in choice;
	const limit = one ? MAX_MOMENTS_ONE : MAX_MOMENTS_ALL;
	const moments = [...new Set(choice.moments)]
		.filter((m) => Number.isInteger(m) && m >= 0 && m < view.moments.length)
		.sort((a, b) => a - b)
		.slice(-limit);
	const people = one ? view.people.filter((p) => p.id === choice.personId) : view.people;
	return people.flatMap((person) =>
		moments.map((moment) => ({
			personId: person.id,
			moment,
			values: Object.fromEntries(
				ELEMENT_IDS.map((e) => [e, view.values[person.id]?.[e][moment] ?? null])
			)
		}))
	);
}

/** The moments at which a person gave at least one score about the child, oldest first. */
export function answeredMoments(view: SeriesView, personId: string): number[] {
	const rows = view.values[personId];
	if (!rows) return [];
	return view.moments
		.map((m) => m.index)
		.filter((i) => ELEMENT_IDS.some((e) => (rows[e][i] ?? null) !== null));
}

/**
 * The moments the wheel over time draws when nobody chose: for one person among the moments
 * they answered (a moment without any score would be an empty line); for everyone among all.
 */
export function startingMoments(view: SeriesView, personId: string | null): number[] {
	if (personId === null) return defaultMoments(view.moments.length, false);
	const answered = answeredMoments(view, personId);
	return defaultMoments(answered.length, true).map((i) => answered[i]!);
}

/** What a follow-up's look-back said of the previous plan's actions for this child. */
export interface MomentActions {
	/** The follow-up's moment (the look-back happened there). */
	moment: number;
	/** The conversation whose plan it looked back at (whose people the actions name). */
	previousId: string;
	reviews: ActionReview[];
}

/**
 * Which actions were done, per follow-up of the series: the look-back at the previous plan's
 * actions for this child and for the whole family. A follow-up without a look-back, or whose
 * previous plan is no longer on the device, has nothing to say and is left out.
 */
export function actionsOverSeries(
	view: SeriesView,
	inputs: readonly { id: string; lookBack?: LookBack | undefined }[],
	planOf: (conversationId: string) => Pick<Plan, 'focus'> | undefined
): MomentActions[] {
	return view.moments.flatMap((moment) => {
		const lookBack = inputs.find((c) => c.id === moment.id)?.lookBack;
		const plan = lookBack ? planOf(lookBack.previousId) : undefined;
		if (!lookBack || !plan) return [];
		const focus = plan.focus.filter((f) => f.childId === null || f.childId === view.childId);
		const reviews = actionReviews({ focus }, lookBack);
		return reviews.length > 0
			? [{ moment: moment.index, previousId: lookBack.previousId, reviews }]
			: [];
	});
}
