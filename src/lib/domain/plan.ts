import { z } from 'zod';
import { ELEMENT_IDS, type ElementId } from './elements';
import { NAME_MAX, nameSchema } from './participant';
import { limitedText, textLength } from './text';
import { timestampSchema } from './time';

/**
 * The gedragen plan: decided, recorded and carried out together. One plan per
 * conversation. Its status is derived: "afgesproken" once every participant agreed.
 */

export const MAX_FOCUS = 3;
export const PLAN_TEXT_MAX = 2000;
export const SHORT_TEXT_MAX = 200;

const id = z.string().min(1).max(64);
/** `max` counts UTF-16 units, as a textarea's maxlength does (see text.ts). */
const text = (max: number) =>
	limitedText(max, 'text.tooLong').transform((s) => s.replace(/\r\n?/g, '\n'));
/** A calendar date as YYYY-MM-DD, without time zone trouble. */
export const isoDateSchema = z.iso.date({ error: 'date.invalid' });

/**
 * A strength or worry on the plan; `participantId`/`elementId` say where it came from. A taken
 * over suggestion keeps its key as id (suggestionKey: up to two ids and an element), as long
 * as a dismissed key may be.
 */
export const planItemSchema = z.object({
	id: z.string().min(1).max(200),
	text: text(PLAN_TEXT_MAX),
	participantId: id.optional(),
	/** The child the note was about, when it came from an adult's answer about one child. */
	childId: id.optional(),
	elementId: z.enum(ELEMENT_IDS).optional()
});
export type PlanItem = z.output<typeof planItemSchema>;

/** Someone from the family's network who helps, added in the plan (teacher, neighbour…). */
export const supporterSchema = z.object({
	id,
	name: nameSchema,
	relation: text(NAME_MAX).default('')
});
export type Supporter = z.output<typeof supporterSchema>;

export const actionSchema = z.object({
	id,
	what: z
		.string()
		.transform((s) => s.trim())
		.pipe(
			z
				.string()
				.min(1, { error: 'action.whatRequired' })
				.refine((s) => textLength(s) <= SHORT_TEXT_MAX, { error: 'text.tooLong' })
		),
	/** A participant id or a supporter id. */
	who: z.string({ error: 'action.whoRequired' }).min(1, { error: 'action.whoRequired' }).max(64),
	/** A date (YYYY-MM-DD) or words such as "elke week"; may be empty. */
	when: text(80).default(''),
	/** Who helps (optional), a participant or supporter id, or free words. */
	support: text(SHORT_TEXT_MAX).default(''),
	/**
	 * Taken over from the previous plan of the series (issue 14): that action's id. Absent for
	 * an action written in this plan, and in every plan made before there were follow-ups.
	 */
	carriedFrom: id.optional()
});
export type Action = z.output<typeof actionSchema>;

/**
 * An action that is being written but not added yet ("+ Actie toevoegen"). It is stored with
 * the plan like everything typed, so nothing is lost on reload, lock or leaving the page.
 */
export const actionDraftSchema = z.object({
	what: text(SHORT_TEXT_MAX).default(''),
	who: z.string().max(64).default(''),
	when: text(80).default(''),
	support: text(SHORT_TEXT_MAX).default('')
});
export type ActionDraft = z.output<typeof actionDraftSchema>;

export const focusSchema = z.object({
	elementId: z.enum(ELEMENT_IDS),
	/**
	 * Who this focus element is for: a child the conversation is about (participant id), or
	 * null for the whole family. Plans made before there was a choice are for the whole family.
	 */
	childId: id.nullable().default(null),
	/**
	 * Set while "Voor wie?" still has to be chosen: a focus element chosen with several children
	 * at the table and no suggestion saying for whom. Never a silent default (see
	 * agreementBlockers); choosing removes it. Absent in older plans: they keep `childId`.
	 */
	childOpen: z.literal(true).optional(),
	goal: text(PLAN_TEXT_MAX).default(''),
	actions: z.array(actionSchema).max(20).default([]),
	/** The action being written for this focus element (see actionDraftSchema). */
	draft: actionDraftSchema.optional()
});
export type Focus = z.output<typeof focusSchema>;

export const agreementSchema = z.object({
	participantId: id,
	at: timestampSchema
});
export type Agreement = z.output<typeof agreementSchema>;

export const planSchema = z
	.object({
		conversationId: id,
		strengths: z.array(planItemSchema).max(100).default([]),
		worries: z.array(planItemSchema).max(100).default([]),
		/** Suggestion keys the group removed, so they are not proposed again. */
		dismissed: z.array(z.string().max(200)).max(500).default([]),
		focus: z.array(focusSchema).max(MAX_FOCUS, { error: 'focus.max' }).default([]),
		supporters: z.array(supporterSchema).max(20).default([]),
		planB: text(PLAN_TEXT_MAX).default(''),
		safety: text(PLAN_TEXT_MAX).default(''),
		regisseur: id.nullable().default(null),
		evaluationDate: isoDateSchema.nullable().default(null),
		agreements: z.array(agreementSchema).default([]),
		createdAt: timestampSchema,
		updatedAt: timestampSchema
	})
	.superRefine((p, ctx) => {
		const seen = new Set<ElementId>();
		for (const [i, f] of p.focus.entries()) {
			if (seen.has(f.elementId))
				ctx.addIssue({ code: 'custom', path: ['focus', i], message: 'focus.duplicate' });
			seen.add(f.elementId);
		}
	});
export type Plan = z.output<typeof planSchema>;

export type PlanStatus = 'concept' | 'agreed';

/** The local calendar day of `date` as YYYY-MM-DD (in file names, default dates). */
export function localDay(date: Date, addDays = 0): string {
	const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate() + addDays));
	return d.toISOString().slice(0, 10);
}

/** Six weeks from `today` (a YYYY-MM-DD), the default moment to look back together. */
export function defaultEvaluationDate(today: Date): string {
	return localDay(today, 42);
}

export function emptyPlan(conversationId: string, now: number, today = new Date(now)): Plan {
	return {
		conversationId,
		strengths: [],
		worries: [],
		dismissed: [],
		focus: [],
		supporters: [],
		planB: '',
		safety: '',
		regisseur: null,
		evaluationDate: defaultEvaluationDate(today),
		agreements: [],
		createdAt: now,
		updatedAt: now
	};
}

export interface PlanPerson {
	id: string;
	name: string;
	/** A supporter added in the plan (not a participant of the conversation). */
	supporter: boolean;
	/** A supporter's relation to the family ("leerkracht"), '' when not given. */
	relation: string;
}

/**
 * Everyone with a part in the plan, who therefore says whether they stand behind it and may
 * keep its overview: the participants, then the supporters the plan names (a teacher, a
 * neighbour), who can do actions too.
 */
export function planPeople(
	participants: readonly { id: string; name: string }[],
	plan: Pick<Plan, 'supporters'>
): PlanPerson[] {
	return [
		...participants.map((p) => ({ id: p.id, name: p.name, supporter: false, relation: '' })),
		...plan.supporters.map((s) => ({
			id: s.id,
			name: s.name,
			supporter: true,
			relation: s.relation
		}))
	];
}

/**
 * "afgesproken" only when every participant and every supporter on the plan agreed to exactly
 * this plan, and the plan is complete (see agreementBlockers): an older plan agreed without
 * actions stays a concept.
 */
export function planStatus(plan: Plan, participantIds: readonly string[]): PlanStatus {
	if (participantIds.length === 0) return 'concept';
	if (agreementBlockers(plan).length > 0) return 'concept';
	const agreed = new Set(plan.agreements.map((a) => a.participantId));
	const everyone = [...participantIds, ...plan.supporters.map((s) => s.id)];
	return everyone.every((p) => agreed.has(p)) ? 'agreed' : 'concept';
}

/** The focus elements for one child: their own and the whole family's (childId null). */
export function focusFor<F extends Pick<Focus, 'childId'>>(
	focus: readonly F[],
	childId: string
): F[] {
	return focus.filter((f) => f.childId === null || f.childId === childId);
}

/** "Voor wie?" chosen: a child (participant id) or the whole family (null); no longer open. */
export function chooseFor<F extends Pick<Focus, 'childId' | 'childOpen'>>(
	focus: F,
	childId: string | null
): F {
	const next = { ...focus, childId };
	delete next.childOpen;
	return next;
}

/** Whether an action draft holds anything typed or chosen. */
export function draftHasContent(draft: ActionDraft | undefined): boolean {
	return (
		draft !== undefined &&
		(draft.what.trim() !== '' ||
			draft.who !== '' ||
			draft.when.trim() !== '' ||
			draft.support.trim() !== '')
	);
}

/**
 * What is missing before the plan can be agreed, in the order of the plan: each focus
 * element needs to say for whom (when that is still open), a goal and at least one action,
 * and no action may be left half-written.
 */
export type PlanBlocker =
	| { kind: 'focus' }
	| { kind: 'forWhom' | 'goal' | 'action' | 'draft'; elementId: ElementId }
	| { kind: 'evaluation' };

/** Why the plan cannot be agreed yet; empty when it can. */
export function agreementBlockers(plan: Pick<Plan, 'focus' | 'evaluationDate'>): PlanBlocker[] {
	const out: PlanBlocker[] = [];
	if (plan.focus.length === 0) out.push({ kind: 'focus' });
	const ordered = [...plan.focus].sort(
		(a, b) => ELEMENT_IDS.indexOf(a.elementId) - ELEMENT_IDS.indexOf(b.elementId)
	);
	for (const f of ordered) {
		if (f.childOpen) out.push({ kind: 'forWhom', elementId: f.elementId });
		if (f.goal.trim() === '') out.push({ kind: 'goal', elementId: f.elementId });
		if (f.actions.length === 0) out.push({ kind: 'action', elementId: f.elementId });
		if (draftHasContent(f.draft)) out.push({ kind: 'draft', elementId: f.elementId });
	}
	if (!plan.evaluationDate) out.push({ kind: 'evaluation' });
	return out;
}

export type PlanContent = Omit<Plan, 'agreements' | 'conversationId' | 'createdAt' | 'updatedAt'>;

/**
 * Any change to what the plan says clears every agreement, so an agreed plan is always
 * the plan that was agreed. Returns whether agreements were cleared, to tell the group.
 */
export function editPlan(
	plan: Plan,
	change: Partial<PlanContent>,
	now: number
): { plan: Plan; agreementsCleared: boolean } {
	const agreementsCleared = plan.agreements.length > 0;
	return {
		plan: { ...plan, ...change, agreements: [], updatedAt: now },
		agreementsCleared
	};
}

/** One participant says "ik sta achter dit plan" (or takes it back). */
export function setAgreement(
	plan: Plan,
	participantId: string,
	agreed: boolean,
	now: number
): Plan {
	const others = plan.agreements.filter((a) => a.participantId !== participantId);
	return {
		...plan,
		agreements: agreed ? [...others, { participantId, at: now }] : others,
		updatedAt: now
	};
}

/** Whether the plan needs the explicit safety agreements field. */
export function needsSafety(
	plan: Pick<Plan, 'focus'>,
	answers: readonly { elementId: ElementId; score: number | null }[]
): boolean {
	return (
		plan.focus.some((f) => f.elementId === 'safe') ||
		answers.some((a) => a.elementId === 'safe' && a.score !== null && a.score <= 4)
	);
}
