import { NOTE_FIELDS, type Answer, type NoteField } from './answer';
import type { Conversation } from './conversation';
import type { ElementId } from './elements';
import { usesFaces, type Participant } from './participant';
import { isHidden } from './progress';
import { scoreToFace, type Face } from './score';
import { seriesOf } from './series';

// Last time's answers beside the input in a follow-up conversation (issue 14). Who may see which
// previous answer is decided here, once: the screens only render what these functions return,
// so an answer that may not be seen is never in the page at all. Pure domain code.

/**
 * Who is looking at the element screen right now.
 * - `group`: the table together (open, or an element revealed in "om de beurt");
 * - `turn`: one person's private turn, the tablet in their hands alone;
 * - `handOver`: the screen that asks to pass the tablet on (anyone may be looking).
 */
export type Viewer =
	{ kind: 'group' } | { kind: 'turn'; participantId: string } | { kind: 'handOver' };

/** What is needed of the previous conversation of the series. */
export interface PreviousConversation {
	conversation: Pick<Conversation, 'mode' | 'revealed'> & {
		participants: readonly Pick<Participant, 'id' | 'role' | 'ageGroup'>[];
	};
	answers: readonly Pick<Answer, 'participantId' | 'childId' | 'elementId' | 'score' | NoteField>[];
}

/** A previous score in the form it was given: a face for a child who answered with faces. */
export type PreviousValue = { kind: 'score'; score: number } | { kind: 'face'; face: Face };

export interface PreviousAnswer {
	participantId: string;
	childId: string;
	elementId: ElementId;
	/** null: no score last time, only notes. */
	value: PreviousValue | null;
	/** The notes that had text, in the card's order. */
	notes: { field: NoteField; text: string }[];
	/** The group saw it last time (open, or revealed together). */
	shared: boolean;
}

/** Whether the group saw this element's answers in the previous conversation. */
export function wasShared(
	previous: Pick<PreviousConversation, 'conversation'>,
	elementId: ElementId
): boolean {
	return !isHidden(previous.conversation, elementId);
}

/** Whether `viewer` may see a previous answer of `participantId` that was (not) shared. */
export function maySee(viewer: Viewer, participantId: string, shared: boolean): boolean {
	switch (viewer.kind) {
		case 'group':
			return shared;
		case 'turn':
			// Their own answer only, even one the group never saw; nobody else's, shared or not:
			// a turn shows nothing but the person's own.
			return viewer.participantId === participantId;
		case 'handOver':
			return false;
	}
}

/**
 * Every previous answer for one element that `viewer` may see. Answers of people who are not
 * in the previous conversation's list (removed there) are left out; someone who joined later
 * simply has none. A score is given back as a face when the person answered with faces then,
 * whatever their age group is now.
 */
export function previousAnswersFor(
	previous: PreviousConversation | undefined,
	viewer: Viewer,
	elementId: ElementId
): PreviousAnswer[] {
	if (!previous || viewer.kind === 'handOver') return [];
	const shared = wasShared(previous, elementId);
	const out: PreviousAnswer[] = [];
	for (const a of previous.answers) {
		if (a.elementId !== elementId || !maySee(viewer, a.participantId, shared)) continue;
		const person = previous.conversation.participants.find((p) => p.id === a.participantId);
		if (!person) continue;
		const notes = NOTE_FIELDS.filter((f) => a[f].trim() !== '').map((field) => ({
			field,
			text: a[field]
		}));
		if (a.score === null && notes.length === 0) continue;
		const value: PreviousValue | null =
			a.score === null
				? null
				: usesFaces(person)
					? { kind: 'face', face: scoreToFace(a.score) }
					: { kind: 'score', score: a.score };
		out.push({
			participantId: a.participantId,
			childId: a.childId,
			elementId,
			value,
			notes,
			shared
		});
	}
	return out;
}

/** The previous answer beside one card (a person about one child), or null. */
export function previousAnswer(
	previous: PreviousConversation | undefined,
	viewer: Viewer,
	participantId: string,
	childId: string,
	elementId: ElementId
): PreviousAnswer | null {
	return (
		previousAnswersFor(previous, viewer, elementId).find(
			(p) => p.participantId === participantId && p.childId === childId
		) ?? null
	);
}

/** What is needed of a conversation to find the one before it in its series. */
interface SeriesLink {
	id: string;
	seriesId?: string;
	sequence?: number;
	createdAt: number;
}

/**
 * The conversation a follow-up follows: the one its look-back names, else the one before it in
 * its series (by sequence). Undefined for a first conversation.
 */
export function previousIdOf(
	conversation: SeriesLink & { lookBack?: { previousId: string } },
	series: readonly SeriesLink[] = []
): string | undefined {
	if (conversation.lookBack) return conversation.lookBack.previousId;
	const sequence = conversation.sequence ?? 1;
	if (sequence <= 1 || !conversation.seriesId) return undefined;
	const before = series
		.filter(
			(c) =>
				c.id !== conversation.id &&
				seriesOf(c) === conversation.seriesId &&
				(c.sequence ?? 1) < sequence
		)
		.sort((a, b) => (b.sequence ?? 1) - (a.sequence ?? 1) || b.createdAt - a.createdAt);
	return before[0]?.id;
}
