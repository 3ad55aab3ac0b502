import type { Answer } from './answer';
import { answerSlots, type Conversation, type Mode, type Subjects } from './conversation';
import { ELEMENT_IDS, type ElementId } from './elements';
import { hasContent } from './answer';

type Scored = Pick<Answer, 'participantId' | 'childId' | 'elementId' | 'score'>;
type People = Subjects;

/**
 * An element is done when every participant gave a score about every child they answer about
 * (a skipped child is not waited for). With `childId`, only the answers about that child count.
 */
export function isElementDone(
	conversation: People,
	answers: readonly Scored[],
	elementId: ElementId,
	childId?: string
): boolean {
	const slots = answerSlots(conversation).filter(
		(s) => childId === undefined || s.childId === childId
	);
	if (slots.length === 0) return false;
	return slots.every((s) =>
		answers.some(
			(a) =>
				a.participantId === s.participantId &&
				a.childId === s.childId &&
				a.elementId === elementId &&
				a.score !== null
		)
	);
}

/**
 * Whether one person gave a score in each of their cards for this element (an adult: about
 * every child on their list). Someone with no card at all has nothing left to give.
 */
export function hasScored(
	conversation: People,
	answers: readonly Scored[],
	elementId: ElementId,
	participantId: string
): boolean {
	return answerSlots(conversation)
		.filter((s) => s.participantId === participantId)
		.every((s) =>
			answers.some(
				(a) =>
					a.participantId === participantId &&
					a.childId === s.childId &&
					a.elementId === elementId &&
					a.score !== null
			)
		);
}

/**
 * Whose answer the element screen shows first (open, one person at a time): the first in
 * order who has not scored yet; when everyone has, the first.
 */
export function firstToScore(
	order: readonly string[],
	scored: (participantId: string) => boolean
): string | undefined {
	return order.find((id) => !scored(id)) ?? order[0];
}

/**
 * Who comes after `current`: the next in order who has not scored yet, going round to the
 * start (someone skipped earlier is not forgotten); null when everyone else has a score.
 */
export function nextToScore(
	order: readonly string[],
	scored: (participantId: string) => boolean,
	current: string
): string | null {
	const at = order.indexOf(current);
	const after = [...order.slice(at + 1), ...order.slice(0, Math.max(at, 0))];
	return after.find((id) => id !== current && !scored(id)) ?? null;
}

export function countDone(
	conversation: People,
	answers: readonly Scored[],
	childId?: string
): number {
	return ELEMENT_IDS.filter((e) => isElementDone(conversation, answers, e, childId)).length;
}

/** The answers about one child: what one child's wheel, table and agenda show. */
export function answersAbout<A extends Pick<Answer, 'childId'>>(
	answers: readonly A[],
	childId: string
): A[] {
	return answers.filter((a) => a.childId === childId);
}

/**
 * The rule of "om de beurt": a mode of the whole conversation. In it, each element's answers
 * stay hidden until the group reveals that element together (or switches the conversation to
 * open, which reveals every element at once). Revealed stays revealed.
 */
export function isHidden(
	conversation: Pick<Conversation, 'mode' | 'revealed'>,
	elementId: ElementId
) {
	return conversation.mode === 'turns' && !conversation.revealed.includes(elementId);
}

/** Answers everyone may see now: hidden elements are left out of wheel, table and agenda. */
export function visibleAnswers<A extends Pick<Answer, 'elementId'>>(
	conversation: Pick<Conversation, 'mode' | 'revealed'>,
	answers: readonly A[]
): A[] {
	return answers.filter((a) => !isHidden(conversation, a.elementId));
}

/**
 * Switching to "om de beurt" makes private every element someone still has to answer: only an
 * element everybody has scored stays open, as there is nothing left to say alone. Answers
 * given there openly before are hidden again until the group reveals the element together,
 * so the others answer on their own. Going to open keeps the list (the page asks first).
 */
export function revealedAfterModeChange(
	conversation: Pick<Conversation, 'mode' | 'revealed'> & People,
	mode: Mode,
	answers: readonly Scored[]
): ElementId[] {
	if (mode === 'open' || conversation.mode === 'turns') return [...conversation.revealed];
	return ELEMENT_IDS.filter((e) => isElementDone(conversation, answers, e));
}

/** Elements whose answers someone gave but the group has not seen yet. */
export function hiddenWithAnswers(
	conversation: Pick<Conversation, 'mode' | 'revealed'>,
	answers: readonly Answer[]
): ElementId[] {
	return ELEMENT_IDS.filter(
		(e) => isHidden(conversation, e) && answers.some((a) => a.elementId === e && hasContent(a))
	);
}
