import type { Answer, AnswerPatch } from '$lib/domain/answer';
import type { ElementId } from '$lib/domain/elements';
import type { Participant } from '$lib/domain/participant';
import type { ConversationSession } from '$lib/state/conversation.svelte';

/**
 * The walk-through's one door into ConversationSession's answers. A person answers in one or
 * more cards per element: a child one, about themself; an adult one per child they answer
 * about ("over Noor").
 */
export interface AnswerSlot {
	/** Unique within the person's cards: ids and radio-group names are built from it. */
	key: string;
	/** The child an adult answers about ("over Noor"); absent for a child's own answer. */
	about?: { id: string; name: string };
	/** The child the answer is about ('' in a conversation without a named child). */
	childId: string;
	/** Read where it is shown: the list of slots does not change with each key typed. */
	readonly answer: Answer;
	edit: (patch: AnswerPatch) => void;
}

export function slotsFor(
	session: ConversationSession,
	participant: Participant,
	elementId: ElementId
): AnswerSlot[] {
	return session.childrenFor(participant.id).map((childId) => ({
		key: `${participant.id}-${childId}`,
		...(childId !== participant.id && childId
			? { about: { id: childId, name: session.childName(childId) } }
			: {}),
		childId,
		get answer() {
			return session.answerFor(participant.id, childId, elementId);
		},
		edit: (patch: AnswerPatch) => session.edit(participant.id, childId, elementId, patch)
	}));
}

/** Whether the person gave a score for this element in each of their cards (each child). */
export function hasScored(
	session: ConversationSession,
	participant: Participant,
	elementId: ElementId
): boolean {
	// The session's scores change only with a score, not with each key typed in a note.
	return session.hasScored(participant.id, elementId);
}
