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
import type { AnswerRow, ConversationRow, KansDb } from './db';
import {
	answerFromRow,
	answerToRow,
	conversationFromRow,
	conversationToRow,
	type Cipher
} from './mapping';
import { MissingRecordError, ValidationError } from './errors';

export async function readAnswers(
	db: KansDb,
	cipher: Cipher,
	conversationId: string
): Promise<Answer[]> {
	const rows = await db.answers.where('conversationId').equals(conversationId).toArray();
	const answers = await Promise.all(rows.map((row) => answerFromRow(row, cipher)));
	return answers.filter((a): a is Answer => a !== undefined);
}

/** Rows sealed ahead of time, so they can be written without awaiting anything. */
export interface UrgentRows {
	answers: AnswerRow[];
	conversation: ConversationRow;
}

export class AnswerRepo {
	constructor(
		private readonly db: KansDb,
		private readonly cipher: Cipher
	) {}

	forConversation(conversationId: string): Promise<Answer[]> {
		return readAnswers(this.db, this.cipher, conversationId);
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

		// Read and seal outside the transaction (crypto is not an IndexedDB request).
		const conversation = await conversationFromRow(
			await this.db.conversations.get(conversationId),
			this.cipher
		);
		if (!conversation) throw new MissingRecordError('conversation');
		const participants = conversation.participants;
		if (!participants.some((p) => p.id === participantId))
			throw new MissingRecordError('participant');
		const all = await readAnswers(this.db, this.cipher, conversationId);
		const existing = all.find(
			(a) => a.participantId === participantId && a.elementId === elementId
		);
		const next = answerSchema.parse({
			...(existing ?? emptyAnswer(conversationId, participantId, elementId, now)),
			...checked.data,
			updatedAt: now
		});
		const others = all.filter((a) => a !== existing);
		const row = await answerToRow(next, this.cipher);
		await this.db.transaction('rw', this.db.conversations, this.db.answers, async () => {
			if (!(await this.db.conversations.get(conversationId)))
				throw new MissingRecordError('conversation');
			await this.db.answers.put(row);
			await this.db.conversations.update(conversationId, {
				updatedAt: now,
				progress: countDone(participants, [...others, next])
			});
		});
		return next;
	}

	/**
	 * Writes sealed answers kept elsewhere (the page-leave journal) that open with this
	 * profile's key and are newer than what is stored; the rest is dropped without writing.
	 * Returns how many answers were restored.
	 */
	async restoreSealed(rows: readonly AnswerRow[]): Promise<number> {
		let restored = 0;
		for (const row of rows) {
			let answer: Answer | undefined;
			try {
				answer = await answerFromRow(row, this.cipher);
			} catch {
				answer = undefined;
			}
			if (!answer) continue;
			const stored = await this.db.answers.get([
				row.conversationId,
				row.participantId,
				row.elementId
			]);
			if (stored && stored.updatedAt >= row.updatedAt) continue;
			const { score, strengths, worries, wishes, wantsToTalk } = answer;
			try {
				await this.save(
					answer.conversationId,
					answer.participantId,
					answer.elementId,
					{ score, strengths, worries, wishes, wantsToTalk },
					row.updatedAt
				);
				restored += 1;
			} catch {
				// The conversation or participant was deleted meanwhile: nothing to restore.
			}
		}
		return restored;
	}

	/**
	 * Seals what `writeUrgently` will need, while there is still time to await: the changed
	 * answers and the conversation with its new progress.
	 */
	async prepareUrgent(
		conversation: Conversation,
		changed: readonly Answer[],
		all: readonly Answer[],
		now = Date.now()
	): Promise<UrgentRows> {
		const answers = await Promise.all(
			changed.map((a) => {
				const parsed = answerSchema.safeParse({ ...a, updatedAt: now });
				if (!parsed.success) throw ValidationError.from('answer', parsed.error);
				return answerToRow(parsed.data, this.cipher);
			})
		);
		const checked = conversationSchema.safeParse({ ...conversation, updatedAt: now });
		if (!checked.success) throw ValidationError.from('conversation', checked.error);
		const row = await conversationToRow(
			checked.data,
			countDone(checked.data.participants, all),
			this.cipher
		);
		return { answers, conversation: row };
	}

	/**
	 * For the moment the page goes away (tab closed, app hidden): every request is issued
	 * synchronously in one native transaction, so the browser can finish it without this
	 * page. The rows were sealed beforehand by `prepareUrgent`.
	 */
	writeUrgently(rows: UrgentRows): Promise<void> {
		const idb = this.db.backendDB();
		if (!idb) return Promise.reject(new Error('database not open'));
		const tx = idb.transaction(['answers', 'conversations'], 'readwrite');
		for (const row of rows.answers) tx.objectStore('answers').put(row);
		tx.objectStore('conversations').put(rows.conversation);
		// Commit now rather than when this task ends: by then the page may be gone.
		tx.commit?.();
		return new Promise((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onabort = tx.onerror = () => reject(tx.error);
		});
	}
}
