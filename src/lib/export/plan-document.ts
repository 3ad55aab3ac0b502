import type { Answer } from '$lib/domain/answer';
import { childrenFor, resolveChildIds, type Conversation } from '$lib/domain/conversation';
import { ELEMENT_IDS, type ElementId } from '$lib/domain/elements';
import { usesFaces, type Participant } from '$lib/domain/participant';
import {
	focusFor,
	localDay,
	planPeople,
	planStatus,
	type Plan,
	type PlanStatus
} from '$lib/domain/plan';
import { answersAbout, visibleAnswers } from '$lib/domain/progress';
import {
	actionReviews,
	goalRatingFor,
	type ActionOutcome,
	type GoalRating,
	type LookBack
} from '$lib/domain/series';
import { changesFor, seriesView, type MomentInput } from '$lib/domain/series-change';
import { elementText, exportText, m } from '$lib/i18n';

/**
 * Everything an export shows, already resolved to names and texts. plan-layout.ts turns it into
 * the sections each audience sees; the text, HTML and PDF exports and the plan sheet only format
 * those. User text is kept exactly as typed; each format escapes it for itself. The coach-only
 * meldcode hint is never part of it.
 */
export interface PlanDocument {
	title: string;
	kind: Conversation['kind'];
	/** When the conversation took place (ms). */
	conversationAt: number;
	/** When this document was made (ms). */
	generatedAt: number;
	status: PlanStatus;
	participants: { id: string; name: string; role: string; child: boolean; faces: boolean }[];
	/** The people from the family's network the plan names (a teacher, a grandmother). */
	supporters: { name: string; role: string }[];
	/** The children the conversation is about, in order (the youth alone in a self-reflection). */
	children: { id: string; name: string }[];
	regisseur: string | null;
	/**
	 * One wheel per child the conversation is about, each with only the answers about that
	 * child and the people who answer about them: views of two children never share a chart.
	 */
	wheels: DocWheel[];
	strengths: DocItem[];
	worries: DocItem[];
	focus: DocFocus[];
	planB: string;
	safety: string;
	/** YYYY-MM-DD or null when not chosen yet. */
	evaluationDate: string | null;
	agreements: { name: string; at: number | null }[];
	/** A follow-up's look back at the previous plan ("Terugblik"); absent in a first plan. */
	review?: DocReview;
}

/**
 * What became of the previous plan, as the follow-up's exports show it: the group's marks and
 * notes, the goal ratings, and the change per focus element. Never the coach's notes or the
 * child's faces about the conversation (coach-only): this is built from neither.
 */
export interface DocReview {
	/** When the previous conversation took place (ms). */
	previousAt: number;
	actions: DocReviewAction[];
	/** The previous plan's focus elements that had a goal. */
	goals: {
		elementId: ElementId;
		element: string;
		goal: string;
		rating: GoalRating | null;
	}[];
	/** Per child the conversation is about, the change per person on the previous focus elements. */
	changes: DocChange[];
	/** Per child, every person's line now and last time, for one wheel. */
	wheels: DocReviewWheel[];
}

export interface DocReviewAction {
	elementId: ElementId;
	element: string;
	what: string;
	who: string;
	whoId: string;
	/** null: not looked back at. */
	outcome: ActionOutcome | null;
	note: string;
}

export interface DocChange {
	childId: string;
	elementId: ElementId;
	element: string;
	name: string;
	/** On the person's comparison scale (series-change.ts `comparable`): faces keep 2 … 10. */
	from: number;
	to: number;
	/** Compared with faces (a young child now or then): say the faces, not numbers. */
	faces: boolean;
}

export interface DocReviewWheel {
	childId: string;
	name: string;
	lines: {
		personId: string;
		name: string;
		moment: 'now' | 'before';
		faces: boolean;
		values: Partial<Record<ElementId, number | null>>;
	}[];
}

/** The previous conversation of a follow-up, as the terugblik needs it. */
export interface PreviousInput {
	conversation: Conversation;
	answers: readonly Answer[];
	plan: Plan;
	/** The follow-up's look-back; defaults to the one stored with the follow-up. */
	lookBack?: LookBack;
}

export interface DocWheel {
	/** The child it is about ('' when the conversation names none). */
	childId: string;
	name: string;
	participants: { id: string; name: string }[];
	answers: Pick<Answer, 'participantId' | 'elementId' | 'score'>[];
}

export interface DocItem {
	text: string;
	/** Who said it, when it came from a participant's note. */
	by?: string;
	element?: string;
	/** The child it is about, when it came from an answer about one child. */
	childId?: string;
}

export interface DocAction {
	what: string;
	who: string;
	/** The participant or supporter id of who does it (a child version puts that child's first). */
	whoId: string;
	/** The person doing it is a child taking part (their actions come first in the child version). */
	byChild: boolean;
	when: string;
	support: string;
}

export interface DocFocus {
	elementId: ElementId;
	element: string;
	/** The child it is for, or null for the whole family. */
	childId: string | null;
	/** "Voor Noor", "Voor het hele gezin"; '' when there is only one person to be about. */
	forWhom: string;
	goal: string;
	actions: DocAction[];
}

function roleOf(p: Participant): string {
	return p.role === 'network' && p.relation ? p.relation : m.role[p.role];
}

export function buildPlanDocument(
	conversation: Conversation,
	answers: readonly Answer[],
	plan: Plan,
	generatedAt: number,
	previous?: PreviousInput
): PlanDocument {
	const people = new Map<string, string>();
	for (const p of conversation.participants) people.set(p.id, p.name);
	for (const s of plan.supporters)
		people.set(s.id, s.relation ? `${s.name} (${s.relation})` : s.name);
	const children = new Set(
		conversation.participants.filter((p) => p.role === 'child').map((p) => p.id)
	);
	const nameOf = (id: string | undefined) => (id ? people.get(id) : undefined);
	const item = (i: Plan['strengths'][number]): DocItem => ({
		text: i.text,
		...(nameOf(i.participantId) ? { by: nameOf(i.participantId) } : {}),
		...(i.elementId ? { element: elementText(i.elementId).name } : {}),
		...(i.childId ? { childId: i.childId } : {})
	});
	const agreedAt = new Map(plan.agreements.map((a) => [a.participantId, a.at]));
	const about = conversation.children
		.map((id) => conversation.participants.find((p) => p.id === id))
		.filter((p): p is Participant => p !== undefined);
	// A focus for a child who is no longer in the conversation counts for the whole family.
	const forChild = (id: string | null) => (id && about.some((c) => c.id === id) ? id : null);
	const forWhom = (id: string | null) =>
		conversation.kind === 'self'
			? ''
			: id
				? exportText.forChild(people.get(id) ?? '?')
				: exportText.wholeFamily;
	// Answers stored before they were per child count for their default child.
	const shown = resolveChildIds(conversation, visibleAnswers(conversation, answers));
	return {
		title: conversation.title,
		kind: conversation.kind,
		conversationAt: conversation.createdAt,
		generatedAt,
		status: planStatus(
			plan,
			conversation.participants.map((p) => p.id)
		),
		participants: conversation.participants.map((p) => ({
			id: p.id,
			name: p.name,
			role: roleOf(p),
			child: p.role === 'child',
			faces: usesFaces(p)
		})),
		supporters: plan.supporters.map((s) => ({ name: s.name, role: s.relation || m.role.network })),
		children: about.map((c) => ({ id: c.id, name: c.name })),
		regisseur: nameOf(plan.regisseur ?? undefined) ?? null,
		wheels: (about.length > 0 ? about.map((c) => c.id) : ['']).map((childId) => ({
			childId,
			name: people.get(childId) ?? '',
			participants: conversation.participants
				.filter((p) => childId === '' || childrenFor(conversation, p.id).includes(childId))
				.map((p) => ({ id: p.id, name: p.name })),
			answers: (childId === '' ? shown : answersAbout(shown, childId)).map((a) => ({
				participantId: a.participantId,
				elementId: a.elementId,
				score: a.score
			}))
		})),
		strengths: plan.strengths.map(item),
		worries: plan.worries.map(item),
		focus: [...plan.focus]
			.sort((a, b) => ELEMENT_IDS.indexOf(a.elementId) - ELEMENT_IDS.indexOf(b.elementId))
			.map((f) => ({
				elementId: f.elementId,
				element: elementText(f.elementId).name,
				childId: forChild(f.childId),
				forWhom: forWhom(forChild(f.childId)),
				goal: f.goal,
				actions: f.actions.map((a) => ({
					what: a.what,
					who: nameOf(a.who) ?? '?',
					whoId: a.who,
					byChild: children.has(a.who),
					when: a.when,
					support: nameOf(a.support) ?? a.support
				}))
			})),
		planB: plan.planB,
		safety: plan.safety,
		evaluationDate: plan.evaluationDate,
		// Everyone with a part in the plan: the participants, then the supporters it names.
		agreements: planPeople(conversation.participants, plan).map((p) => ({
			name: nameOf(p.id) ?? p.name,
			at: agreedAt.get(p.id) ?? null
		})),
		...(previous ? { review: buildReview(conversation, answers, previous) } : {})
	};
}

/** A conversation and its shown answers as one moment of the series (series-change.ts). */
function momentOf(conversation: Conversation, answers: readonly Answer[]): MomentInput {
	return {
		id: conversation.id,
		...(conversation.sequence === undefined ? {} : { sequence: conversation.sequence }),
		createdAt: conversation.createdAt,
		participants: conversation.participants,
		children: conversation.children,
		answers: resolveChildIds(conversation, visibleAnswers(conversation, answers))
	};
}

function buildReview(
	conversation: Conversation,
	answers: readonly Answer[],
	previous: PreviousInput
): DocReview {
	const lookBack = previous.lookBack ?? conversation.lookBack;
	const names = new Map<string, string>();
	for (const p of planPeople(previous.conversation.participants, previous.plan))
		names.set(p.id, p.relation ? `${p.name} (${p.relation})` : p.name);
	const ordered = [...previous.plan.focus].sort(
		(a, b) => ELEMENT_IDS.indexOf(a.elementId) - ELEMENT_IDS.indexOf(b.elementId)
	);
	const moments = [
		momentOf(previous.conversation, previous.answers),
		momentOf(conversation, answers)
	];
	const changes: DocChange[] = [];
	const wheels: DocReviewWheel[] = [];
	for (const childId of conversation.children) {
		const view = seriesView(moments, childId);
		const before = view.moments.findIndex((m) => m.id === previous.conversation.id);
		const now = view.moments.findIndex((m) => m.id === conversation.id);
		if (before < 0 || now < 0) continue;
		const focus = focusFor(ordered, childId).map((f) => f.elementId);
		for (const elementId of focus)
			for (const person of view.people) {
				const change = changesFor(view, person.id, before, now).find(
					(c) => c.elementId === elementId
				);
				if (change)
					changes.push({
						childId,
						elementId,
						element: elementText(elementId).name,
						name: person.name,
						from: change.from,
						to: change.to,
						faces: person.scale === 'faces'
					});
			}
		const lines = view.people.flatMap((person) =>
			(['now', 'before'] as const).flatMap((moment) => {
				const at = moment === 'now' ? now : before;
				const values = Object.fromEntries(
					ELEMENT_IDS.map((e) => [e, view.values[person.id]?.[e][at] ?? null])
				);
				if (Object.values(values).every((v) => v === null)) return [];
				return [
					{
						personId: person.id,
						name: person.name,
						moment,
						faces: person.scale === 'faces',
						values
					}
				];
			})
		);
		const child = conversation.participants.find((p) => p.id === childId);
		if (lines.some((l) => l.moment === 'before'))
			wheels.push({ childId, name: child?.name ?? '', lines });
	}
	return {
		previousAt: previous.conversation.createdAt,
		actions: actionReviews({ focus: ordered }, lookBack).map((r) => ({
			elementId: r.focus.elementId,
			element: elementText(r.focus.elementId).name,
			what: r.action.what,
			who: names.get(r.action.who) ?? '?',
			whoId: r.action.who,
			outcome: r.outcome,
			note: r.note
		})),
		goals: ordered
			.filter((f) => f.goal.trim() !== '')
			.map((f) => ({
				elementId: f.elementId,
				element: elementText(f.elementId).name,
				goal: f.goal,
				rating: goalRatingFor(lookBack, f.elementId)
			})),
		changes,
		wheels
	};
}

/** Words as a file name's part: ASCII letters and digits joined by '-', at most 40 long. */
const slug = (s: string) =>
	s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40);

/**
 * `gedragen-plan-2026-11-23-1430.pdf`: the plan's word in the app's language (`shared-plan-…` in
 * English, `mijn-plan-…` for the child version), the local day and the time of making (so two
 * plans of one day differ). Never the conversation's title: the browser keeps file names in its
 * download history, in the clear (docs/security.md). ASCII only.
 */
export function planFileName(
	date: Date,
	ext: string,
	audience: 'adult' | 'child' = 'adult'
): string {
	const words = exportText.fileName;
	return stamped(slug(audience === 'child' ? words.childPlan : words.plan) || 'plan', date, ext);
}

/** `<prefix>-<local day>-<hhmm>.<ext>`. */
function stamped(prefix: string, date: Date, ext: string): string {
	const time = [date.getHours(), date.getMinutes()].map((n) => String(n).padStart(2, '0')).join('');
	return `${prefix}-${localDay(date)}-${time}.${ext}`;
}

/**
 * `klassenafspraken-2026-12-02-1430.pdf`: the poster's word in the app's language and when it
 * was made, never the group's name (browsers keep download names in their history, see
 * docs/security.md).
 */
export function classPosterFileName(date: Date, ext: string): string {
	return stamped(slug(exportText.fileName.classPoster) || 'klassenafspraken', date, ext);
}
