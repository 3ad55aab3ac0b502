import { computeAgenda } from './agenda';
import type { Answer } from './answer';
import { ELEMENT_IDS, type ElementId } from './elements';
import { MAX_FOCUS, type Plan } from './plan';

export type ItemField = 'strengths' | 'worries';

/** A proposal taken from someone's note; `key` is stable, so accepting or removing sticks. */
export interface ItemSuggestion {
	key: string;
	text: string;
	participantId: string;
	elementId: ElementId;
}

export type FocusReason = 'flagged' | 'difference' | 'low';

export interface FocusSuggestion {
	elementId: ElementId;
	reasons: FocusReason[];
}

export function suggestionKey(field: ItemField, participantId: string, elementId: ElementId) {
	return `${field}:${participantId}:${elementId}`;
}

/**
 * Strengths come from the "wat gaat goed" notes, worries from "zorgen", in element and
 * participant order, exactly as written. Already accepted or removed ones are left out.
 */
export function suggestItems(
	participants: readonly { id: string }[],
	answers: readonly Pick<Answer, 'participantId' | 'elementId' | 'strengths' | 'worries'>[],
	plan: Pick<Plan, ItemField | 'dismissed'>,
	field: ItemField
): ItemSuggestion[] {
	const taken = new Set([...plan.dismissed, ...plan[field].map((i) => i.id)]);
	const out: ItemSuggestion[] = [];
	for (const elementId of ELEMENT_IDS) {
		for (const p of participants) {
			const a = answers.find((x) => x.participantId === p.id && x.elementId === elementId);
			const text = a?.[field] ?? '';
			if (text.trim() === '') continue;
			const key = suggestionKey(field, p.id, elementId);
			if (!taken.has(key)) out.push({ key, text, participantId: p.id, elementId });
		}
	}
	return out;
}

/**
 * Focus elements proposed from the agenda: what someone flagged first, then the biggest
 * differences, then the lowest scores; each element once, with every reason it came up.
 */
export function suggestFocus(
	participants: readonly { id: string }[],
	answers: readonly Pick<Answer, 'participantId' | 'elementId' | 'score' | 'wantsToTalk'>[]
): FocusSuggestion[] {
	const agenda = computeAgenda(participants, answers);
	const reasons = new Map<ElementId, FocusReason[]>();
	const add = (e: ElementId, r: FocusReason) => reasons.set(e, [...(reasons.get(e) ?? []), r]);
	for (const f of agenda.flagged) add(f.elementId, 'flagged');
	for (const d of agenda.differences) add(d.elementId, 'difference');
	for (const l of agenda.lowest) add(l.elementId, 'low');
	// More reasons first; among equals, the order they came up in.
	return [...reasons.entries()]
		.map(([elementId, r], order) => ({ elementId, reasons: r, order }))
		.sort((a, b) => b.reasons.length - a.reasons.length || a.order - b.order)
		.slice(0, MAX_FOCUS)
		.map(({ elementId, reasons: r }) => ({ elementId, reasons: r }));
}
