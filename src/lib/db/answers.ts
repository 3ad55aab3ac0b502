import {
	answerPatchSchema,
	answerSchema,
	emptyAnswer,
	type Answer,
	type AnswerPatch
} from '$lib/domain/answer';
import { conversationSchema, type Conversation } from '$lib/domain/conversation';
import { isElementId, type ElementId } from '$lib/domain/elements';
import { countDone } from '$lib/domain/progress';
import type { KansDb } from './db';
import { answerFromRow, answerToRow, conversationToRow } from './mapping';
import { MissingRecordError, ValidationError } from './errors';

export async function readAnswers(db: KansDb, conversationId: string): Promise<Answer[]> {
	const rows = await db.answers.where('conversationId').equals(conversationId).toArray();
	return rows.map(answerFromRow).filter((a): a is Answer => a !== undefined);
}

export class AnswerRepo {
	constructor(private readonly db: KansDb) {}

	forConversation(conversationId: string): Promise<Answer[]> {
		return readAnswers(this.db, conversationId);
	}

	/**
	 * Merges a change into one participant's answer for one element. Refuses unknown
	 * elements, unknown participants and out-of-range values before anything is written.
	 */
	async save(
		conversationId: string,
		participantId: string,
		elementId: ElementId,
		patch: AnswerPatch,
		now = Date.now()
	): Promise<Answer> {
		if (!isElementId(elementId)) throw new ValidationError(`unknown element ${String(elementId)}`);
		const checked = answerPatchSchema.safeParse(patch);
		if (!checked.success) throw ValidationError.from('answer', checked.error);

		return this.db.transaction('rw', this.db.conversations, this.db.answers, async () => {
			const row = await this.db.conversations.get(conversationId);
			const conversation = row ? conversationSchema.safeParse(row) : undefined;
			if (!conversation?.success) throw new MissingRecordError('conversation');
			const participants = conversation.data.participants;
			if (!participants.some((p) => p.id === participantId))
				throw new MissingRecordError('participant');

			const existing = answerFromRow(
				await this.db.answers.get([conversationId, participantId, elementId])
			);
			const next = answerSchema.parse({
				...(existing ?? emptyAnswer(conversationId, participantId, elementId, now)),
				...checked.data,
				updatedAt: now
			});
			await this.db.answers.put(answerToRow(next));
			const all = await readAnswers(this.db, conversationId);
			await this.db.conversations.update(conversationId, {
				updatedAt: now,
				progress: countDone(participants, all)
			});
			return next;
		});
	}

	/**
	 * For the moment the page goes away (tab closed, app hidden): every request is issued
	 * synchronously in one native transaction, so the browser can finish it without this
	 * page. Needs the whole conversation and all its answers to keep progress right.
	 */
	saveUrgently(
		conversation: Conversation,
		changed: readonly Answer[],
		all: readonly Answer[],
		now = Date.now()
	): Promise<void> {
		const rows = changed.map((a) => {
			const parsed = answerSchema.safeParse({ ...a, updatedAt: now });
			if (!parsed.success) throw ValidationError.from('answer', parsed.error);
			return answerToRow(parsed.data);
		});
		const checked = conversationSchema.safeParse({ ...conversation, updatedAt: now });
		if (!checked.success) throw ValidationError.from('conversation', checked.error);
		const idb = this.db.backendDB();
		if (!idb) return Promise.reject(new Error('database not open'));
		const tx = idb.transaction(['answers', 'conversations'], 'readwrite');
		for (const row of rows) tx.objectStore('answers').put(row);
		tx.objectStore('conversations').put(
			conversationToRow(checked.data, countDone(checked.data.participants, all))
		);
		// Commit now rather than when this task ends: by then the page may be gone.
		tx.commit?.();
		return new Promise((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onabort = tx.onerror = () => reject(tx.error);
		});
	}
}
