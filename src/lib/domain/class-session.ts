import { z } from 'zod';
import { ELEMENT_IDS, type ElementId } from './elements';
import type { Audience } from './participant';
import { nameSchema, NAME_MAX } from './participant';
import { SHORT_TEXT_MAX, defaultEvaluationDate, isoDateSchema } from './plan';
import { FACES, type Face } from './score';
import { limitedText, textLength } from './text';
import { timestampSchema } from './time';

/**
 * A class discussion (kinderkring): a teacher talks with a whole class about some of the
 * elements. Nothing about a single pupil is ever held: no pupil list, no per-pupil answer, no
 * order of votes. What the class says is kept as totals per face and the teacher's notes.
 */

/**
 * The level picks the wording of the questions:
 * - 'po-onder': onderbouw primair onderwijs, 4–7 jaar;
 * - 'po-boven': bovenbouw primair onderwijs, 8–12 jaar;
 * - 'vo': voortgezet onderwijs, 12–18 jaar.
 */
export const CLASS_LEVELS = ['po-onder', 'po-boven', 'vo'] as const;
export type ClassLevel = (typeof CLASS_LEVELS)[number];

/** The element questions (ElementText.questions in i18n/types.ts) each level is asked. */
export const LEVEL_AUDIENCE: Readonly<Record<ClassLevel, Audience>> = {
	'po-onder': 'child-4-7',
	'po-boven': 'child-8-12',
	vo: 'youth-12-18'
};

export function audienceOfLevel(level: ClassLevel): Audience {
	return LEVEL_AUDIENCE[level];
}

/** The most pupils a class can have present (and the most a teacher can enter). */
export const MAX_PRESENT = 60;
/** A count above this on one face asks the teacher to confirm it. */
export const CONFIRM_ABOVE = 60;
/** The largest count a face can hold; more is a crafted file, not a class. */
export const COUNT_MAX = 999;
export const CLASS_NOTES_MAX = 2000;
export const MAX_CLASS_AGREEMENTS = 20;
export const WHEN_MAX = 80;

const id = z.string().min(1).max(64);
const text = (max: number) =>
	limitedText(max, 'text.tooLong').transform((s) => s.replace(/\r\n?/g, '\n'));

export const classSessionSchema = z
	.object({
		id,
		/** "groep 7", "klas 2B": free text, never a list of pupils. */
		group: nameSchema,
		level: z.enum(CLASS_LEVELS, { error: 'level.required' }),
		/** How many pupils are present today; absent when the teacher did not say. */
		present: z
			.int({ error: 'present.invalid' })
			.min(1, { error: 'present.invalid' })
			.max(MAX_PRESENT, { error: 'present.invalid' })
			.optional(),
		/** The elements to talk about today, in the teacher's order. */
		elements: z
			.array(z.enum(ELEMENT_IDS, { error: 'elements.unknown' }))
			.min(1, { error: 'elements.required' })
			.max(ELEMENT_IDS.length, { error: 'elements.max' }),
		/** Id of the first session of a series (the same class every term); absent: no series yet. */
		seriesId: id.optional(),
		/** Which session of its series this is, from 1. */
		sequence: z
			.int({ error: 'sequence.invalid' })
			.min(1, { error: 'sequence.invalid' })
			.max(999, { error: 'sequence.invalid' })
			.default(1),
		createdAt: timestampSchema,
		updatedAt: timestampSchema
	})
	.superRefine((s, ctx) => {
		const seen = new Set<ElementId>();
		for (const [i, e] of s.elements.entries()) {
			if (seen.has(e))
				ctx.addIssue({ code: 'custom', path: ['elements', i], message: 'elements.duplicate' });
			seen.add(e);
		}
	});
export type ClassSession = z.output<typeof classSessionSchema>;
export type ClassSessionInput = z.input<typeof classSessionSchema>;

/** The series a session belongs to: its own id and number 1 when it starts one. */
export function seriesOf(s: Pick<ClassSession, 'id' | 'seriesId' | 'sequence'>): {
	seriesId: string;
	sequence: number;
} {
	return { seriesId: s.seriesId ?? s.id, sequence: s.sequence };
}

/**
 * The next session with the same class (next term): same group, level and elements, present
 * not copied (it changes), in the series of `previous`.
 */
export function nextInSeries(previous: ClassSession, newId: string, now: number): ClassSession {
	const { seriesId, sequence } = seriesOf(previous);
	return {
		id: newId,
		group: previous.group,
		level: previous.level,
		elements: [...previous.elements],
		seriesId,
		sequence: sequence + 1,
		createdAt: now,
		updatedAt: now
	};
}

// ---- Counts per face ----------------------------------------------------------------------

const countSchema = z
	.int({ error: 'count.invalid' })
	.min(0, { error: 'count.invalid' })
	.max(COUNT_MAX, { error: 'count.invalid' });

/**
 * How many pupils chose each face (1 saddest … 5 happiest, the young children's faces of
 * score.ts). Only totals: five numbers, the same shape whether 0 or 30 pupils voted.
 */
export const faceCountsSchema = z.object({
	1: countSchema,
	2: countSchema,
	3: countSchema,
	4: countSchema,
	5: countSchema
});
export type FaceCounts = Readonly<Record<Face, number>>;

export function emptyCounts(): FaceCounts {
	return { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
}

export function totalOf(counts: FaceCounts): number {
	return FACES.reduce((sum, f) => sum + counts[f], 0);
}

/** One more (or `by` more) for a face; stays a whole number within 0…COUNT_MAX. */
export function addCount(counts: FaceCounts, face: Face, by = 1): FaceCounts {
	const step = Number.isInteger(by) && by > 0 ? by : 0;
	return { ...counts, [face]: Math.min(COUNT_MAX, counts[face] + step) };
}

/** One fewer (or `by` fewer) for a face; never below 0. */
export function subtractCount(counts: FaceCounts, face: Face, by = 1): FaceCounts {
	const step = Number.isInteger(by) && by > 0 ? by : 0;
	return { ...counts, [face]: Math.max(0, counts[face] - step) };
}

/** Whether this count on one face is so high the teacher is asked "Klopt dit?". */
export function needsConfirmation(count: number): boolean {
	return count > CONFIRM_ABOVE;
}

/** The faces whose count needs confirmation, saddest first. */
export function facesToConfirm(counts: FaceCounts): Face[] {
	return FACES.filter((f) => needsConfirmation(counts[f]));
}

/**
 * When the counts add up to more than the pupils present: the numbers for a kind message
 * ("Er zijn 26 keuzes geteld, maar er zijn 24 leerlingen"). null when they fit or when the
 * number present was not given.
 */
export function overPresent(
	counts: FaceCounts,
	present: number | undefined
): { total: number; present: number; over: number } | null {
	if (present === undefined) return null;
	const total = totalOf(counts);
	return total > present ? { total, present, over: total - present } : null;
}

export interface FaceShare {
	face: Face;
	count: number;
	/** count / total, 0…1; 0 when nobody chose yet. */
	share: number;
}

/** Counts and shares per face, saddest first, for the bar chart and its text. */
export function distribution(counts: FaceCounts): { total: number; faces: FaceShare[] } {
	const total = totalOf(counts);
	return {
		total,
		faces: FACES.map((face) => ({
			face,
			count: counts[face],
			share: total === 0 ? 0 : counts[face] / total
		}))
	};
}

/**
 * The middle face of the class, for the class wheel; null when nobody chose yet. With an even
 * number of choices and two different middle faces (an even split) it is the lower, sadder one:
 * faces are an order, not numbers to average, and the class picture must not look better than
 * what the class said.
 */
export function medianFace(counts: FaceCounts): Face | null {
	const total = totalOf(counts);
	if (total === 0) return null;
	// The lower middle choice in order from saddest: the ceil(total / 2)-th.
	const target = Math.ceil(total / 2);
	let seen = 0;
	for (const face of FACES) {
		seen += counts[face];
		if (seen >= target) return face;
	}
	return 5;
}

/** What the projected view shows for counts of one or two, so nobody can point at a child. */
export const A_FEW = 'een paar';

/**
 * A count as the digiboard shows it: 1 and 2 become "een paar", 0 stays 0, others exact. The
 * teacher's own panel shows the exact count.
 */
export function projected(count: number): number | typeof A_FEW {
	return count === 1 || count === 2 ? A_FEW : count;
}

/**
 * How tall a bar of "een paar" is drawn: always as 2, so neither its height nor the scale of
 * the other bars tells a 1 from a 2.
 */
export const A_FEW_DRAWN = 2;

/** The value a projected count is drawn with. */
export function drawnValue(shown: number | typeof A_FEW): number {
	return shown === A_FEW ? A_FEW_DRAWN : shown;
}

// ---- Results per element ------------------------------------------------------------------

/** What the class said about one element: the totals per face and the teacher's notes. */
export const classElementResultSchema = z.object({
	elementId: z.enum(ELEMENT_IDS),
	counts: faceCountsSchema.default(emptyCounts),
	/** What the class said, in the teacher's words; no names. */
	notes: text(CLASS_NOTES_MAX).default(''),
	/**
	 * Counted with class cards (class-cards.ts), which have four faces: the picture shows four
	 * columns as long as nobody was counted on the middle face in another way.
	 */
	byCards: z.boolean().optional()
});
export type ClassElementResult = z.output<typeof classElementResultSchema>;

export function emptyResult(elementId: ElementId): ClassElementResult {
	return { elementId, counts: emptyCounts(), notes: '' };
}

// ---- Secret ballot ------------------------------------------------------------------------

/** A round on one tablet passed round the circle. */
export interface OpenRound {
	elementId: ElementId;
	/** Totals of the votes passed on ("Geef door") in this round so far. */
	running: FaceCounts;
	/** The face the pupil holding the tablet tapped and has not passed on yet. */
	pick: Face | null;
}

/**
 * The whole ballot: the open round (if any) and the totals of the last closed round, so that
 * round can be undone as a whole. Only totals and one unconfirmed pick: never a list or order.
 */
export interface BallotState {
	round: OpenRound | null;
	lastClosed: {
		elementId: ElementId;
		totals: FaceCounts;
		/** What a round replaced (a card scan replaces the counts), restored by undo. */
		replaced?: Pick<ClassElementResult, 'counts' | 'byCards'>;
	} | null;
}

export function emptyBallot(): BallotState {
	return { round: null, lastClosed: null };
}

/** Starts a round for an element; a round already open stays as it is. */
export function startRound(state: BallotState, elementId: ElementId): BallotState {
	if (state.round) return state;
	return { ...state, round: { elementId, running: emptyCounts(), pick: null } };
}

/** The pupil taps a face; tapping another changes it, until "Geef door". */
export function pickFace(state: BallotState, face: Face): BallotState {
	if (!state.round) return state;
	return { ...state, round: { ...state.round, pick: face } };
}

/** Whether someone tapped a face and has not passed it on yet. */
export function hasPendingPick(state: BallotState): boolean {
	return state.round?.pick != null;
}

/** "Geef door": the pick joins the round's totals and is forgotten; the screen can blank. */
export function passOn(state: BallotState): BallotState {
	const round = state.round;
	if (!round || round.pick === null) return state;
	return {
		...state,
		round: { ...round, running: addCount(round.running, round.pick), pick: null }
	};
}

/** How many votes the open round holds (passed on), 0 without a round. */
export function roundTotal(state: BallotState): number {
	return state.round ? totalOf(state.round.running) : 0;
}

/**
 * The teacher closes the round: its totals are added to the element's counts. A face tapped
 * but not passed on does not count (that pupil did not confirm). Returns null when no round is
 * open or it is for another element.
 */
export function closeRound(
	state: BallotState,
	result: ClassElementResult
): { state: BallotState; result: ClassElementResult } | null {
	const round = state.round;
	if (!round || round.elementId !== result.elementId) return null;
	// A round closed without votes changes nothing, and leaves the last round's undo in place.
	if (totalOf(round.running) === 0) return { state: { ...state, round: null }, result };
	return {
		state: { round: null, lastClosed: { elementId: round.elementId, totals: round.running } },
		result: { ...result, counts: mergeCounts(result.counts, round.running) }
	};
}

/** Stops an open round without counting any of it. */
export function cancelRound(state: BallotState): BallotState {
	return { ...state, round: null };
}

/** Whether the last closed round can be taken back from these counts. */
export function canUndoRound(state: BallotState, result: ClassElementResult): boolean {
	const last = state.lastClosed;
	if (last === null || last.elementId !== result.elementId) return false;
	// A round that replaced the counts is undone only while they are still its own.
	if (last.replaced) return FACES.every((f) => result.counts[f] === last.totals[f]);
	return totalOf(last.totals) > 0 && FACES.every((f) => result.counts[f] >= last.totals[f]);
}

/**
 * Takes back the last closed round as a whole (never vote by vote). null when there is none,
 * it was for another element, or the counts were lowered by hand since and no longer hold it.
 */
export function undoLastRound(
	state: BallotState,
	result: ClassElementResult
): { state: BallotState; result: ClassElementResult } | null {
	const last = state.lastClosed;
	if (!last || !canUndoRound(state, result)) return null;
	if (last.replaced) {
		const restored: ClassElementResult = { ...result, counts: { ...last.replaced.counts } };
		if (last.replaced.byCards) restored.byCards = true;
		else delete restored.byCards;
		return { state: { ...state, lastClosed: null }, result: restored };
	}
	const counts: Record<Face, number> = { ...result.counts };
	for (const f of FACES) counts[f] -= last.totals[f];
	return { state: { ...state, lastClosed: null }, result: { ...result, counts } };
}

export function mergeCounts(a: FaceCounts, b: FaceCounts): FaceCounts {
	const out: Record<Face, number> = { ...a };
	for (const f of FACES) out[f] = Math.min(COUNT_MAX, a[f] + b[f]);
	return out;
}

// ---- Klassenafspraken ---------------------------------------------------------------------

/**
 * Who does it ("wie"): the whole class ("de hele klas"), the teacher ("de juf/meester"), or a
 * named role in the class's own words ("klassenvertegenwoordigers"); never a pupil's name
 * field of its own.
 */
export const classWhoSchema = z.union(
	[
		z.literal('klas'),
		z.literal('leerkracht'),
		z.object({
			role: z
				.string({ error: 'action.whoRequired' })
				.transform((s) => s.trim())
				.pipe(
					z
						.string()
						.min(1, { error: 'action.whoRequired' })
						.refine((s) => textLength(s) <= NAME_MAX, { error: 'text.tooLong' })
				)
		})
	],
	{ error: 'action.whoRequired' }
);
export type ClassWho = z.output<typeof classWhoSchema>;

/** One class agreement: wat (what), wie (who), wanneer (when). */
export const classAgreementSchema = z.object({
	id,
	what: z
		.string({ error: 'action.whatRequired' })
		.transform((s) => s.trim())
		.pipe(
			z
				.string()
				.min(1, { error: 'action.whatRequired' })
				.refine((s) => textLength(s) <= SHORT_TEXT_MAX, { error: 'text.tooLong' })
		),
	who: classWhoSchema,
	/** Words such as "elke maandag" or "na de pauze"; may be empty. */
	when: text(WHEN_MAX).default('')
});
export type ClassAgreement = z.output<typeof classAgreementSchema>;

/** The class's agreements and the day to look back on them together. */
export const classAgreementsSchema = z.object({
	agreements: z
		.array(classAgreementSchema)
		.max(MAX_CLASS_AGREEMENTS, { error: 'agreements.max' })
		.default([]),
	/** YYYY-MM-DD; null when the teacher removed it. */
	lookBackDate: isoDateSchema.nullable().default(null)
});
export type ClassAgreements = z.output<typeof classAgreementsSchema>;

/** No agreements yet; look back in six weeks, as with a gedragen plan. */
export function emptyAgreements(today: Date): ClassAgreements {
	return { agreements: [], lookBackDate: defaultEvaluationDate(today) };
}

// ---- The stored record ----------------------------------------------------------------------

/**
 * Everything kept of one class session: the set-up, what the class said per element (totals and
 * the teacher's notes) and the agreements. One record, sealed as one row (db/class-sessions.ts);
 * never a list of pupils or of votes.
 */
export const classRecordSchema = z
	.object({
		session: classSessionSchema,
		/** At most one per element of the session, in any order. */
		results: z.array(classElementResultSchema).max(ELEMENT_IDS.length).default([]),
		agreements: classAgreementsSchema.default({ agreements: [], lookBackDate: null })
	})
	.superRefine((r, ctx) => {
		const seen = new Set<ElementId>();
		for (const [i, res] of r.results.entries()) {
			if (seen.has(res.elementId) || !r.session.elements.includes(res.elementId))
				ctx.addIssue({ code: 'custom', path: ['results', i], message: 'results.unknown' });
			seen.add(res.elementId);
		}
		const ids = new Set<string>();
		for (const [i, a] of r.agreements.agreements.entries()) {
			if (ids.has(a.id))
				ctx.addIssue({
					code: 'custom',
					path: ['agreements', 'agreements', i, 'id'],
					message: 'agreements.duplicate'
				});
			ids.add(a.id);
		}
	});
export type ClassRecord = z.output<typeof classRecordSchema>;
export type ClassRecordInput = z.input<typeof classRecordSchema>;

/** A new session's record: nothing said yet, look back in six weeks. */
export function newClassRecord(session: ClassSession, today: Date): ClassRecord {
	return { session, results: [], agreements: emptyAgreements(today) };
}

/** What the class said about an element so far (empty when nothing yet). */
export function resultFor(record: ClassRecord, elementId: ElementId): ClassElementResult {
	return record.results.find((r) => r.elementId === elementId) ?? emptyResult(elementId);
}

/** The record with this element's result replaced (kept in the session's element order). */
export function withResult(record: ClassRecord, result: ClassElementResult): ClassRecord {
	const others = record.results.filter((r) => r.elementId !== result.elementId);
	const order = record.session.elements;
	const results = [...others, result].sort(
		(a, b) => order.indexOf(a.elementId) - order.indexOf(b.elementId)
	);
	return { ...record, results };
}

/** Whether the class said anything about an element: a count or a note. */
export function isDiscussed(result: ClassElementResult): boolean {
	return totalOf(result.counts) > 0 || result.notes.trim() !== '';
}

/** How many of the session's elements were discussed, for the home list. */
export function classProgress(record: ClassRecord): number {
	return record.session.elements.filter((e) => isDiscussed(resultFor(record, e))).length;
}

/**
 * The fewest choices for which the class wheel shows a middle face: with one or two, the
 * middle face is what those one or two children chose, the same thing "een paar" hides.
 */
export const MIN_FOR_MEDIAN = 3;

/**
 * The class wheel: the median face per element with at least MIN_FOR_MEDIAN choices (absent:
 * no point, never a guess).
 */
export function classMedians(record: ClassRecord): Partial<Record<ElementId, Face>> {
	const out: Partial<Record<ElementId, Face>> = {};
	for (const e of record.session.elements) {
		const counts = resultFor(record, e).counts;
		if (totalOf(counts) < MIN_FOR_MEDIAN) continue;
		const face = medianFace(counts);
		if (face !== null) out[e] = face;
	}
	return out;
}

/** One line of the home list for a class session, read without opening anything else. */
export interface ClassSessionSummary {
	id: string;
	kind: 'klas';
	/** The group's name ("groep 7"). */
	title: string;
	level: ClassLevel;
	elementCount: number;
	progress: number;
	/** Which session of its series this is, from 1. */
	sequence: number;
	/** Whether an earlier session of its series is on this device, to compare with. */
	hasEarlier: boolean;
	createdAt: number;
	updatedAt: number;
}
