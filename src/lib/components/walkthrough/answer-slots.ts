import { hasContent, type Answer, type AnswerPatch } from '$lib/domain/answer';
import type { ElementId } from '$lib/domain/elements';
import type { Participant } from '$lib/domain/participant';
import type { ConversationSession } from '$lib/state/conversation.svelte';

/**
 * The walk-through's one door into ConversationSession's answers. A person answers in one or
 * more cards per element: today one, about themself; with several children an adult gets a
 * card per child ("over Noor"), which is wired here and nowhere else.
 */
export interface AnswerSlot {
	/** Unique within the person's cards: ids and radio-group names are built from it. */
	key: string;
	/** The heading above the card when there are several, e.g. "over Noor". */
	about?: string;
	answer: Answer;
	edit: (patch: AnswerPatch) => void;
}

export function slotsFor(
	session: ConversationSession,
	participant: Participant,
	elementId: ElementId
): AnswerSlot[] {
	return [
		{
			key: participant.id,
			answer: session.answerFor(participant.id, elementId),
			edit: (patch) => session.edit(participant.id, elementId, patch)
		}
	];
}

/** Whether the person gave anything for this element (in any of their cards). */
export function hasAnswered(
	session: ConversationSession,
	participant: Participant,
	elementId: ElementId
): boolean {
	return slotsFor(session, participant, elementId).some((s) => hasContent(s.answer));
}
