import { computeAgenda } from './agenda';
import type { Answer } from './answer';
import { defaultChildFor, type Subjects } from './conversation';
import { ELEMENT_IDS, type ElementId } from './elements';
import { MAX_FOCUS, type Focus, type Plan } from './plan';

export type ItemField = 'strengths' | 'worries';

/** A proposal taken from someone's note; `key` is stable, so accepting or removing sticks. */
export interface ItemSuggestion {
	key: string;
	text: string;
	participantId: string;
	/** The child the note is about ('' in a conversation without a named child). */
	childId: string;
	elementId: ElementId;
}

export type FocusReason = 'flagged' | 'difference' | 'low';

export interface FocusSuggestion {
	elementId: ElementId;
	/** The child it came up for; null when it came up for more than one (the whole family). */
	childId: string | null;
	/** Every child it came up for, in the conversation's order ([] without a named child). */
	childIds: string[];
	reasons: FocusReason[];
}

/**
 * Keys stay as they were before answers were per child for the answer that moved there (a
 * child's own, an adult's about the first child), so a removed suggestion stays removed.
 */
export function suggestionKey(
	field: ItemField,
	participantId: string,
	elementId: ElementId,
	childId?: string
) {
	return childId === undefined
		? `${field}:${participantId}:${elementId}`
		: `${field}:${participantId}:${childId}:${elementId}`;
}

type People = Pick<Subjects, 'participants' | 'children'>;

/**
 * Strengths come from the "wat gaat goed" notes, worries from "zorgen", in element and
 * participant order, exactly as written. Already accepted or removed ones are left out.
 */
export function suggestItems(
	conversation: People,
	answers: readonly Pick<
		Answer,
		'participantId' | 'childId' | 'elementId' | 'strengths' | 'worries'
	>[],
	plan: Pick<Plan, ItemField | 'dismissed'>,
	field: ItemField
): ItemSuggestion[] {
	const taken = new Set([...plan.dismissed, ...plan[field].map((i) => i.id)]);
	const out: ItemSuggestion[] = [];
	for (const elementId of ELEMENT_IDS) {
		for (const p of conversation.participants) {
			const own = defaultChildFor(conversation, p.id);
			const theirs = answers.filter((x) => x.participantId === p.id && x.elementId === elementId);
			theirs.sort(
				(a, b) =>
					conversation.children.indexOf(a.childId) - conversation.children.indexOf(b.childId)
			);
			for (const a of theirs) {
				const text = a[field];
				if (text.trim() === '') continue;
				const key = suggestionKey(
					field,
					p.id,
					elementId,
					a.childId === own ? undefined : a.childId
				);
				if (!taken.has(key))
					out.push({ key, text, participantId: p.id, childId: a.childId, elementId });
			}
		}
	}
	return out;
}

/**
 * Focus elements proposed from the agenda: what someone flagged first, then the biggest
 * differences, then the lowest scores; each element once, with every reason it came up.
 */
export function suggestFocus(
	conversation: People,
	answers: readonly Pick<
		Answer,
		'participantId' | 'childId' | 'elementId' | 'score' | 'wantsToTalk'
	>[]
): FocusSuggestion[] {
	const reasons = new Map<ElementId, FocusReason[]>();
	const forWhom = new Map<ElementId, string[]>();
	const subjects = conversation.children.length > 0 ? conversation.children : [''];
	// Each child's own agenda: views are only compared when they are about the same child.
	for (const childId of subjects) {
		const agenda = computeAgenda(conversation.participants, answers, childId);
		const seen = new Set<ElementId>();
		const add = (e: ElementId, r: FocusReason) => {
			const now = reasons.get(e) ?? [];
			if (!now.includes(r)) reasons.set(e, [...now, r]);
			if (!seen.has(e)) {
				seen.add(e);
				if (childId) forWhom.set(e, [...(forWhom.get(e) ?? []), childId]);
			}
		};
		for (const f of agenda.flagged) add(f.elementId, 'flagged');
		for (const d of agenda.differences) add(d.elementId, 'difference');
		for (const l of agenda.lowest) add(l.elementId, 'low');
	}
	// More reasons first; among equals, the order they came up in.
	return [...reasons.entries()]
		.map(([elementId, r], order) => ({ elementId, reasons: r, order }))
		.sort((a, b) => b.reasons.length - a.reasons.length || a.order - b.order)
		.slice(0, MAX_FOCUS)
		.map(({ elementId, reasons: r }) => {
			const childIds = forWhom.get(elementId) ?? [];
			return {
				elementId,
				childId: childIds.length === 1 ? childIds[0]! : null,
				childIds,
				reasons: r
			};
		});
}

/**
 * A focus element just chosen, and for whom: the child its suggestion came up for, the whole
 * family when it came up for several; with one child, that child. With several children and
 * no suggestion nobody is chosen for them: "Voor wie?" stays open until the group chooses.
 */
export function newFocus(
	elementId: ElementId,
	children: readonly string[],
	suggestions: readonly FocusSuggestion[]
): Focus {
	const base = { elementId, goal: '', actions: [] };
	const s = suggestions.find((x) => x.elementId === elementId);
	if (s && s.childIds.length > 0) return { ...base, childId: s.childId };
	if (children.length === 1) return { ...base, childId: children[0]! };
	if (children.length === 0) return { ...base, childId: null };
	return { ...base, childId: null, childOpen: true };
}
