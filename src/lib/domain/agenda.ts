import type { Answer } from './answer';
import { ELEMENT_IDS, type ElementId } from './elements';

type AgendaAnswer = Pick<
	Answer,
	'participantId' | 'childId' | 'elementId' | 'score' | 'wantsToTalk'
>;

export interface ParticipantScore {
	participantId: string;
	score: number;
}

export interface FlaggedItem {
	elementId: ElementId;
	/** Who said "hier wil ik over praten", in participant order. */
	participantIds: string[];
}

export interface DifferenceItem {
	elementId: ElementId;
	low: ParticipantScore;
	high: ParticipantScore;
	spread: number;
}

export interface LowItem {
	elementId: ElementId;
	/** The lowest score given for this element, and by whom. */
	lowest: ParticipantScore;
	average: number;
}

export interface Agenda {
	flagged: FlaggedItem[];
	differences: DifferenceItem[];
	lowest: LowItem[];
}

/** Scores this far apart (e.g. 3 and 6) are worth talking about. */
export const DIFFERENCE_THRESHOLD = 3;
/** A Dutch school mark below 6 is "onvoldoende": that is where attention goes. */
export const LOW_THRESHOLD = 5;
export const MAX_ITEMS = 3;

/**
 * What to talk about for one child, computed from the answers about that child: flagged
 * elements (all of them), the elements where participants differ most, and the lowest-scored
 * elements (a few each). Answers about another child never count: views are only compared
 * when they are about the same child.
 */
export function computeAgenda(
	participants: readonly { id: string }[],
	answers: readonly AgendaAnswer[],
	childId: string
): Agenda {
	const order = new Map(participants.map((p, i) => [p.id, i]));
	const known = answers.filter((a) => order.has(a.participantId) && a.childId === childId);
	const elementIndex = (e: ElementId) => ELEMENT_IDS.indexOf(e);

	const flagged: FlaggedItem[] = [];
	const differences: DifferenceItem[] = [];
	const lowest: LowItem[] = [];

	for (const elementId of ELEMENT_IDS) {
		const here = known
			.filter((a) => a.elementId === elementId)
			.sort((a, b) => order.get(a.participantId)! - order.get(b.participantId)!);

		const flaggers = here.filter((a) => a.wantsToTalk).map((a) => a.participantId);
		if (flaggers.length > 0) flagged.push({ elementId, participantIds: flaggers });

		const scored: ParticipantScore[] = here
			.filter((a): a is typeof a & { score: number } => a.score !== null)
			.map((a) => ({ participantId: a.participantId, score: a.score }));
		if (scored.length === 0) continue;

		// The first participant in order wins ties, so results are stable.
		const low = scored.reduce((m, s) => (s.score < m.score ? s : m));
		const high = scored.reduce((m, s) => (s.score > m.score ? s : m));
		const spread = high.score - low.score;
		if (scored.length >= 2 && spread >= DIFFERENCE_THRESHOLD) {
			differences.push({ elementId, low, high, spread });
		}

		const average = scored.reduce((sum, s) => sum + s.score, 0) / scored.length;
		if (low.score <= LOW_THRESHOLD) lowest.push({ elementId, lowest: low, average });
	}

	differences.sort(
		(a, b) => b.spread - a.spread || elementIndex(a.elementId) - elementIndex(b.elementId)
	);
	lowest.sort(
		(a, b) =>
			a.lowest.score - b.lowest.score ||
			a.average - b.average ||
			elementIndex(a.elementId) - elementIndex(b.elementId)
	);

	return {
		flagged,
		differences: differences.slice(0, MAX_ITEMS),
		lowest: lowest.slice(0, MAX_ITEMS)
	};
}

export function isEmptyAgenda(agenda: Agenda): boolean {
	return agenda.flagged.length + agenda.differences.length + agenda.lowest.length === 0;
}
