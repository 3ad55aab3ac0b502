import { answerSchema, type Answer } from '$lib/domain/answer';
import { conversationSchema, type Conversation } from '$lib/domain/conversation';
import { planSchema, type Plan } from '$lib/domain/plan';
import type { AnswerRow, ConversationRow, PlanRow } from './db';

// The one place that maps between domain records and stored rows. A later issue encrypts
// personal fields here, without touching the repositories' callers or any component.

export function conversationToRow(c: Conversation, progress: number): ConversationRow {
	return { ...c, participants: c.participants.map((p) => ({ ...p })), progress };
}

/** Rows are validated on the way out too: defaults fill in fields older rows lack. */
export function conversationFromRow(row: unknown): Conversation | undefined {
	const parsed = conversationSchema.safeParse(row);
	return parsed.success ? parsed.data : undefined;
}

export function answerToRow(a: Answer): AnswerRow {
	return { ...a };
}

export function answerFromRow(row: unknown): Answer | undefined {
	const parsed = answerSchema.safeParse(row);
	return parsed.success ? parsed.data : undefined;
}

export function planToRow(p: Plan): PlanRow {
	return structuredClone(p);
}

export function planFromRow(row: unknown): Plan | undefined {
	const parsed = planSchema.safeParse(row);
	return parsed.success ? parsed.data : undefined;
}
