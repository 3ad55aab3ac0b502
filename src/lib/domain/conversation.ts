import { z } from 'zod';
import { ELEMENT_IDS } from './elements';
import { nameSchema, participantSchema, type Participant } from './participant';
import { lookBackSchema } from './series';
import { timestampSchema } from './time';

/** klasgesprek (class discussion) comes later; the kind is stored so it can be added. */
export const KINDS = ['family', 'self'] as const;
export type Kind = (typeof KINDS)[number];

/** open: all answers visible as given. turns: "om de beurt", hidden until revealed. */
export const MODES = ['open', 'turns'] as const;
export type Mode = (typeof MODES)[number];

export const TITLE_MAX = 40;
export const MAX_PARTICIPANTS = 12;

const participantRef = z.string().min(1).max(64);

/** The coach took this child off this adult's list: they do not answer about that child. */
export const skipSchema = z.object({ participantId: participantRef, childId: participantRef });
export type Skip = z.output<typeof skipSchema>;

const conversationObject = z
	.object({
		id: z.string().min(1).max(64),
		kind: z.enum(KINDS),
		title: nameSchema,
		mode: z.enum(MODES).default('open'),
		participants: z.array(participantSchema).min(1).max(MAX_PARTICIPANTS),
		/** Elements whose answers were revealed together in "om de beurt" mode. */
		revealed: z.array(z.enum(ELEMENT_IDS)).default([]),
		/**
		 * The children the conversation is about (participant ids, role "child", in order): every
		 * child at the table; in a self-reflection the one participant. Answers are per child.
		 */
		children: z.array(participantRef).max(MAX_PARTICIPANTS).default([]),
		/** Adult–child pairs the coach skipped: that adult gives no answers about that child. */
		skipped: z
			.array(skipSchema)
			.max(MAX_PARTICIPANTS * MAX_PARTICIPANTS)
			.default([]),
		/**
		 * Set by the move to answers per child (schema v4) for a conversation with several
		 * children: the adults' earlier answers were put with the first child, and the overview
		 * asks the coach once to check that.
		 */
		checkChildren: z.boolean().default(false),
		/**
		 * Follow-up conversations ("vervolggesprek", issue 14): the id of the first conversation
		 * of the series. Absent: this conversation starts its own series (every record written
		 * before series existed). Inside the sealed record, like every other field.
		 */
		seriesId: participantRef.optional(),
		/** The conversation's place in its series, 1 for the first. Absent means 1. */
		sequence: z.int().min(1).max(1000).optional(),
		/** A follow-up's look-back at the previous plan ("terugblik"), once it was started. */
		lookBack: lookBackSchema.optional(),
		createdAt: timestampSchema,
		updatedAt: timestampSchema
	})
	.superRefine((c, ctx) => {
		const ids = new Set<string>();
		for (const [i, p] of c.participants.entries()) {
			if (ids.has(p.id))
				ctx.addIssue({
					code: 'custom',
					path: ['participants', i, 'id'],
					message: 'participant.duplicate'
				});
			ids.add(p.id);
		}
		if (c.kind === 'self' && c.participants.length !== 1) {
			ctx.addIssue({ code: 'custom', path: ['participants'], message: 'self.oneParticipant' });
		}
		const expected = childrenOf(c);
		const same =
			c.children.length === expected.length && expected.every((id) => c.children.includes(id));
		if (!same) ctx.addIssue({ code: 'custom', path: ['children'], message: 'children.mismatch' });
		const adults = new Set(c.participants.filter((p) => p.role !== 'child').map((p) => p.id));
		for (const [i, s] of c.skipped.entries()) {
			if (!adults.has(s.participantId) || !c.children.includes(s.childId))
				ctx.addIssue({ code: 'custom', path: ['skipped', i], message: 'skip.unknown' });
		}
	});

/**
 * Records written before answers were per child (schema 1–3, old backups) have no `children`:
 * every child at the table is one, and with several the coach is asked to check once.
 */
function withChildren(input: unknown): unknown {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
	const c = input as Record<string, unknown>;
	if (Array.isArray(c.children) || !Array.isArray(c.participants)) return input;
	const children = childrenOf(c as { kind?: unknown; participants: unknown[] });
	return { ...c, children, checkChildren: c.kind === 'family' && children.length > 1 };
}

/** Who a conversation is about: its child participants in order; alone, the one participant. */
export function childrenOf(c: { kind?: unknown; participants: readonly unknown[] }): string[] {
	const people = c.participants.filter(
		(p): p is { id: string; role?: unknown } =>
			typeof p === 'object' && p !== null && typeof (p as { id?: unknown }).id === 'string'
	);
	if (c.kind === 'self') return people.slice(0, 1).map((p) => p.id);
	return people.filter((p) => p.role === 'child').map((p) => p.id);
}

export const conversationSchema = z.preprocess(withChildren, conversationObject);

export type Conversation = z.output<typeof conversationObject>;
export type ConversationInput = z.input<typeof conversationObject>;

/** What the per-child rules need of a conversation: who takes part and who it is about. */
export interface Subjects {
	participants: readonly { id: string; role: Participant['role'] }[];
	children: readonly string[];
	skipped: readonly Skip[];
}

/**
 * The children this participant answers about: a child (or the youth alone) about themself;
 * an adult about every child the coach did not skip for them. A conversation without any child
 * (possible before set-up asked for one) has one unnamed subject, ''.
 */
export function childrenFor(c: Subjects, participantId: string): string[] {
	const p = c.participants.find((x) => x.id === participantId);
	if (!p) return [];
	if (c.children.includes(participantId)) return [participantId];
	if (p.role === 'child') return [participantId];
	if (c.children.length === 0) return [''];
	return c.children.filter(
		(child) => !c.skipped.some((s) => s.participantId === participantId && s.childId === child)
	);
}

/** Every (participant, child) pair that gives an answer, in participant then child order. */
export function answerSlots(c: Subjects): { participantId: string; childId: string }[] {
	return c.participants.flatMap((p) =>
		childrenFor(c, p.id).map((childId) => ({ participantId: p.id, childId }))
	);
}

/**
 * The child an answer without one (stored before answers were per child) is about: a child's
 * own answer is about themself, an adult's about the first child.
 */
export function defaultChildFor(
	c: Pick<Subjects, 'participants' | 'children'>,
	participantId: string
): string {
	if (c.children.includes(participantId)) return participantId;
	const p = c.participants.find((x) => x.id === participantId);
	if (p?.role === 'child') return participantId;
	return c.children[0] ?? '';
}

/** Fills in `childId` where it is '' (unknown); answers that have one are left as they are. */
export function resolveChildIds<A extends { participantId: string; childId: string }>(
	c: Pick<Subjects, 'participants' | 'children'>,
	answers: readonly A[]
): A[] {
	return answers.map((a) =>
		a.childId === '' ? { ...a, childId: defaultChildFor(c, a.participantId) } : a
	);
}

/** Keeps `children` and `skipped` in step with a changed participant list. */
export function syncChildren<
	C extends Pick<Conversation, 'kind' | 'participants' | 'children' | 'skipped'>
>(c: C): C {
	const now = childrenOf(c);
	const children = [
		...c.children.filter((id) => now.includes(id)),
		...now.filter((id) => !c.children.includes(id))
	];
	const adults = new Set(c.participants.filter((p) => p.role !== 'child').map((p) => p.id));
	const skipped = c.skipped.filter(
		(s) => adults.has(s.participantId) && children.includes(s.childId)
	);
	return { ...c, children, skipped };
}

export function newId(): string {
	return crypto.randomUUID();
}

/** One line of the home list: what it shows of a conversation, read without its answers. */
export interface ConversationSummary {
	id: string;
	kind: Conversation['kind'];
	title: string;
	participantCount: number;
	progress: number;
	/** The series link (see series.ts); absent for a conversation that starts its own. */
	seriesId?: string;
	sequence?: number;
	/** The plan's look-back date (YYYY-MM-DD); null without a plan or without a date. */
	evaluationDate: string | null;
	createdAt: number;
	updatedAt: number;
}

/**
 * A conversation on this device that cannot be read (it does not open with the profile's key,
 * or what it holds fails validation): the home list shows it as damaged, so it can be saved
 * as a raw copy and deleted, and every other conversation keeps working.
 */
export interface DamagedConversation {
	id: string;
	damaged: true;
}

export type ConversationListEntry = ConversationSummary | DamagedConversation;
