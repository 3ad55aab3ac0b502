import { answerSchema, type Answer } from '$lib/domain/answer';
import { classProgress, classRecordSchema, type ClassRecord } from '$lib/domain/class-session';
import { childVoiceSchema, type ChildVoice } from '$lib/domain/child-voice';
import { coachNoteSchema, type CoachNote } from '$lib/domain/coach-note';
import { conversationSchema, type Conversation } from '$lib/domain/conversation';
import { isoDateSchema, planSchema, type Plan } from '$lib/domain/plan';
import { z } from 'zod';
import { isSealed, open, seal } from '$lib/platform/crypto';
import type {
	AnswerRow,
	ChildVoiceRow,
	ClassSessionRow,
	CoachNoteRow,
	ConversationRow,
	PlanRow,
	SummaryRow
} from './db';
import { readSummaries, type Summaries } from './summaries';

// The one place that maps between domain records and stored rows, and so the one place
// that encrypts. Ids, the owning profile, timestamps and progress stay in the clear (they are
// queried); everything else is sealed with the profile's data key. The additional data binds
// each ciphertext to its row, so a blob copied into another row does not open.

/** The unlocked profile: whose rows these are and the (non-extractable) key to open them. */
export interface Cipher {
	profileId: string;
	key: CryptoKey;
}

const aad = {
	conversation: (id: string) => `conversation:${id}`,
	// JSON, so ids containing any character can never make two rows share additional data.
	// An answer without a known child ('') is sealed as in schema 3, so rows moved by v4 open.
	answer: (c: string, p: string, child: string, e: string) =>
		child === ''
			? `answer:${JSON.stringify([c, p, e])}`
			: `answer:${JSON.stringify([c, p, child, e])}`,
	plan: (c: string) => `plan:${c}`,
	planDue: (c: string) => `planDue:${c}`,
	coachNote: (c: string, id: string) => `coachNote:${JSON.stringify([c, id])}`,
	classSession: (id: string) => `classSession:${id}`,
	childVoice: (c: string, child: string) => `childVoice:${JSON.stringify([c, child])}`,
	summaries: (profileId: string) => `summaries:${profileId}`
};

const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

async function openOrUndefined(cipher: Cipher, sealed: unknown, ad: string): Promise<unknown> {
	if (!isSealed(sealed)) return undefined;
	try {
		return await open(cipher.key, sealed, ad);
	} catch {
		// Another key or a damaged row: treated as unreadable, like a row that fails validation.
		return undefined;
	}
}

export async function conversationToRow(
	c: Conversation,
	progress: number,
	cipher: Cipher
): Promise<ConversationRow> {
	const { id, createdAt, updatedAt, ...secret } = c;
	return {
		id,
		profileId: cipher.profileId,
		createdAt,
		updatedAt,
		progress,
		sealed: await seal(cipher.key, secret, aad.conversation(id))
	};
}

/** Rows are validated on the way out too: defaults fill in fields older rows lack. */
export async function conversationFromRow(
	row: unknown,
	cipher: Cipher
): Promise<Conversation | undefined> {
	if (!isRecord(row) || row.profileId !== cipher.profileId || typeof row.id !== 'string') return;
	const secret = await openOrUndefined(cipher, row.sealed, aad.conversation(row.id));
	if (!isRecord(secret)) return;
	const parsed = conversationSchema.safeParse({
		...secret,
		id: row.id,
		createdAt: row.createdAt,
		updatedAt: row.updatedAt
	});
	return parsed.success ? parsed.data : undefined;
}

export async function answerToRow(a: Answer, cipher: Cipher): Promise<AnswerRow> {
	const { conversationId, participantId, childId, elementId, updatedAt, ...secret } = a;
	return {
		conversationId,
		participantId,
		childId,
		elementId,
		updatedAt,
		sealed: await seal(
			cipher.key,
			secret,
			aad.answer(conversationId, participantId, childId, elementId)
		)
	};
}

export async function answerFromRow(row: unknown, cipher: Cipher): Promise<Answer | undefined> {
	if (!isRecord(row)) return;
	const { conversationId: c, participantId: p, elementId: e } = row;
	// A row of schema 3 (the journal can still hold one) has no child: not known yet.
	const child = row.childId ?? '';
	if (typeof c !== 'string' || typeof p !== 'string' || typeof e !== 'string') return;
	if (typeof child !== 'string') return;
	const secret = await openOrUndefined(cipher, row.sealed, aad.answer(c, p, child, e));
	if (!isRecord(secret)) return;
	const parsed = answerSchema.safeParse({
		...secret,
		conversationId: c,
		participantId: p,
		childId: child,
		elementId: e,
		updatedAt: row.updatedAt
	});
	return parsed.success ? parsed.data : undefined;
}

export async function planToRow(p: Plan, cipher: Cipher): Promise<PlanRow> {
	const { conversationId, ...secret } = p;
	const [sealed, due] = await Promise.all([
		seal(cipher.key, secret, aad.plan(conversationId)),
		seal(cipher.key, { evaluationDate: p.evaluationDate }, aad.planDue(conversationId))
	]);
	return { conversationId, updatedAt: p.updatedAt, sealed, due };
}

/**
 * Only the plan's look-back date, for the home list: a row sealed since issue 14 keeps it apart
 * in `due` (a few bytes to open, no plan to validate); an older row opens whole. Undefined when
 * the row does not open.
 */
export async function planDueFromRow(
	row: unknown,
	cipher: Cipher
): Promise<{ evaluationDate: string | null } | undefined> {
	if (!isRecord(row) || typeof row.conversationId !== 'string') return;
	if (!('due' in row)) {
		const plan = await planFromRow(row, cipher);
		return plan && { evaluationDate: plan.evaluationDate };
	}
	const due = await openOrUndefined(cipher, row.due, aad.planDue(row.conversationId));
	const parsed = planDueSchema.safeParse(due);
	return parsed.success ? parsed.data : undefined;
}

const planDueSchema = z.object({ evaluationDate: isoDateSchema.nullable() });

export async function planFromRow(row: unknown, cipher: Cipher): Promise<Plan | undefined> {
	if (!isRecord(row) || typeof row.conversationId !== 'string') return;
	const secret = await openOrUndefined(cipher, row.sealed, aad.plan(row.conversationId));
	if (!isRecord(secret)) return;
	const parsed = planSchema.safeParse({ ...secret, conversationId: row.conversationId });
	return parsed.success ? parsed.data : undefined;
}

export async function coachNoteToRow(n: CoachNote, cipher: Cipher): Promise<CoachNoteRow> {
	const { id, conversationId, createdAt, ...secret } = n;
	return {
		id,
		conversationId,
		createdAt,
		sealed: await seal(cipher.key, secret, aad.coachNote(conversationId, id))
	};
}

export async function coachNoteFromRow(
	row: unknown,
	cipher: Cipher
): Promise<CoachNote | undefined> {
	if (!isRecord(row)) return;
	const { id, conversationId } = row;
	if (typeof id !== 'string' || typeof conversationId !== 'string') return;
	const secret = await openOrUndefined(cipher, row.sealed, aad.coachNote(conversationId, id));
	if (!isRecord(secret)) return;
	const parsed = coachNoteSchema.safeParse({
		...secret,
		id,
		conversationId,
		createdAt: row.createdAt
	});
	return parsed.success ? parsed.data : undefined;
}

export async function childVoiceToRow(v: ChildVoice, cipher: Cipher): Promise<ChildVoiceRow> {
	const { conversationId, childId, updatedAt, answers } = v;
	return {
		conversationId,
		childId,
		updatedAt,
		sealed: await seal(cipher.key, { answers }, aad.childVoice(conversationId, childId))
	};
}

export async function childVoiceFromRow(
	row: unknown,
	cipher: Cipher
): Promise<ChildVoice | undefined> {
	if (!isRecord(row)) return;
	const { conversationId, childId } = row;
	if (typeof conversationId !== 'string' || typeof childId !== 'string') return;
	const secret = await openOrUndefined(cipher, row.sealed, aad.childVoice(conversationId, childId));
	if (!isRecord(secret)) return;
	const parsed = childVoiceSchema.safeParse({
		answers: secret.answers,
		conversationId,
		childId,
		updatedAt: row.updatedAt
	});
	return parsed.success ? parsed.data : undefined;
}

/**
 * A class session's row: the whole record sealed except the session's id and times, which stay
 * clear with the owning profile and the number of elements discussed (computed here, so it can
 * never disagree with the sealed record).
 */
export async function classSessionToRow(r: ClassRecord, cipher: Cipher): Promise<ClassSessionRow> {
	const { id, createdAt, updatedAt, ...session } = r.session;
	const secret = { session, results: r.results, agreements: r.agreements };
	return {
		id,
		profileId: cipher.profileId,
		createdAt,
		updatedAt,
		progress: classProgress(r),
		sealed: await seal(cipher.key, secret, aad.classSession(id))
	};
}

/** The record of a row of this profile; undefined when it does not open or fails validation. */
export async function classSessionFromRow(
	row: unknown,
	cipher: Cipher
): Promise<ClassRecord | undefined> {
	if (!isRecord(row) || row.profileId !== cipher.profileId || typeof row.id !== 'string') return;
	const secret = await openOrUndefined(cipher, row.sealed, aad.classSession(row.id));
	if (!isRecord(secret) || !isRecord(secret.session)) return;
	const parsed = classRecordSchema.safeParse({
		...secret,
		session: {
			...secret.session,
			id: row.id,
			createdAt: row.createdAt,
			updatedAt: row.updatedAt
		}
	});
	return parsed.success ? parsed.data : undefined;
}

/** The home list's summaries of this profile as one sealed row (a cache, see summaries.ts). */
export async function summariesToRow(s: Summaries, cipher: Cipher): Promise<SummaryRow> {
	return {
		profileId: cipher.profileId,
		sealed: await seal(cipher.key, s, aad.summaries(cipher.profileId))
	};
}

/** This profile's summaries; undefined when the row does not open, fails validation or is older. */
export async function summariesFromRow(
	row: unknown,
	cipher: Cipher
): Promise<Summaries | undefined> {
	if (!isRecord(row) || row.profileId !== cipher.profileId) return;
	const secret = await openOrUndefined(cipher, row.sealed, aad.summaries(cipher.profileId));
	return readSummaries(secret);
}

/** A row written before encryption (schema 1–2): plaintext, no profile. */
export function isLegacyRow(row: unknown): row is Record<string, unknown> {
	return isRecord(row) && !('sealed' in row);
}

export const legacy = {
	conversation: (row: unknown) => parsedOrUndefined(conversationSchema.safeParse(row)),
	answer: (row: unknown) => parsedOrUndefined(answerSchema.safeParse(row)),
	plan: (row: unknown) => parsedOrUndefined(planSchema.safeParse(row))
};

function parsedOrUndefined<T>(r: { success: true; data: T } | { success: false }): T | undefined {
	return r.success ? r.data : undefined;
}
