import {
	answerPatchSchema,
	answerSchema,
	emptyAnswer,
	type Answer,
	type AnswerPatch
} from '$lib/domain/answer';
import {
	childrenFor,
	conversationSchema,
	defaultChildFor,
	resolveChildIds,
	type Conversation
} from '$lib/domain/conversation';
import { isElementId, type ElementId } from '$lib/domain/elements';
import { countDone } from '$lib/domain/progress';
import {
	ANSWER_STORE,
	answerKey,
	type AnswerKey,
	type AnswerRow,
	type ConversationRow,
	type KansDb
} from './db';
import {
	answerFromRow,
	answerToRow,
	conversationFromRow,
	conversationToRow,
	type Cipher
} from './mapping';
import { MissingRecordError, ValidationError } from './errors';

/** An answer as read (its child filled in) with the key it is stored under. */
export interface StoredAnswer {
	answer: Answer;
	key: AnswerKey;
}

/**
 * A conversation's answers with the key each is stored under. Rows moved from schema 3 have
 * no child yet ('', see migrations/v4.ts): their child is filled in from the conversation.
 * Should a moved row and a newer one end up about the same child, the newer one counts.
 */
export async function readStoredAnswers(
	db: KansDb,
	cipher: Cipher,
	conversationId: string,
	known?: Conversation
): Promise<StoredAnswer[]> {
	const rows = await db.answers.where('conversationId').equals(conversationId).toArray();
	const opened = await Promise.all(rows.map((row) => answerFromRow(row, cipher)));
	const conversation =
		known ?? (await conversationFromRow(await db.conversations.get(conversationId), cipher));
	const out = new Map<string, StoredAnswer>();
	for (const [i, a] of opened.entries()) {
		if (!a) continue;
		const answer = conversation ? resolveChildIds(conversation, [a])[0]! : a;
		const id = JSON.stringify(answerKey(answer));
		const seen = out.get(id);
		if (seen && seen.answer.updatedAt >= answer.updatedAt) continue;
		out.set(id, { answer, key: answerKey(rows[i]!) });
	}
	return [...out.values()];
}

export async function readAnswers(
	db: KansDb,
	cipher: Cipher,
	conversationId: string,
	known?: Conversation
): Promise<Answer[]> {
	return (await readStoredAnswers(db, cipher, conversationId, known)).map((s) => s.answer);
}

/**
 * Rows still waiting for their child (moved from schema 3), sealed again under the key they
 * read as, with the keys to delete: written with the next change of that conversation, so a
 * later change of its children cannot move them.
 */
export async function rekeyRows(
	stored: readonly StoredAnswer[],
	cipher: Cipher
): Promise<{ put: AnswerRow[]; del: AnswerKey[] }> {
	const moving = stored.filter((s) => s.key[2] !== s.answer.childId);
	return {
		put: await Promise.all(moving.map((s) => answerToRow(s.answer, cipher))),
		del: moving.map((s) => s.key)
	};
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
	 * Merges a change into one participant's answer about one child for one element. Refuses
	 * unknown elements, participants and children and out-of-range values before anything is
	 * written. `childId`: the child it is about (a child's own answer: their own id).
	 */
	save(
		conversationId: string,
		participantId: string,
		childId: string,
		elementId: ElementId,
		patch: AnswerPatch,
		now?: number
	): Promise<Answer>;
	/** Without a child (the API before answers were per child): about the first child. */
	save(
		conversationId: string,
		participantId: string,
		elementId: ElementId,
		patch: AnswerPatch,
		now?: number
	): Promise<Answer>;
	async save(
		conversationId: string,
		participantId: string,
		...rest: [string, ElementId, AnswerPatch, number?] | [ElementId, AnswerPatch, number?]
	): Promise<Answer> {
		const withChild = typeof rest[1] === 'string';
		const [childArg, elementId, patch, when] = withChild
			? (rest as [string, ElementId, AnswerPatch, number?])
			: ([undefined, ...rest] as [undefined, ElementId, AnswerPatch, number?]);
		const now = when ?? Date.now();
		if (!isElementId(elementId)) throw new ValidationError(`unknown element ${String(elementId)}`);
		const checked = answerPatchSchema.safeParse(patch);
		if (!checked.success) throw ValidationError.from('answer', checked.error);

		// Read and seal outside the transaction (crypto is not an IndexedDB request).
		const conversation = await conversationFromRow(
			await this.db.conversations.get(conversationId),
			this.cipher
		);
		if (!conversation) throw new MissingRecordError('conversation');
		const participant = conversation.participants.find((p) => p.id === participantId);
		if (!participant) throw new MissingRecordError('participant');
		const childId = childArg ?? defaultChildFor(conversation, participantId);
		// A skipped child is still a child of the conversation: an answer given before the
		// coach skipped them may be edited.
		const about = new Set([
			...childrenFor(conversation, participantId),
			...(participant.role === 'child' ? [] : conversation.children)
		]);
		if (!about.has(childId)) throw new MissingRecordError('child');
		const stored = await readStoredAnswers(this.db, this.cipher, conversationId, conversation);
		const all = stored.map((s) => s.answer);
		const existing = all.find(
			(a) => a.participantId === participantId && a.childId === childId && a.elementId === elementId
		);
		const next = answerSchema.parse({
			...(existing ?? emptyAnswer(conversationId, participantId, elementId, now, childId)),
			...checked.data,
			updatedAt: now
		});
		const others = all.filter((a) => a !== existing);
		const row = await answerToRow(next, this.cipher);
		const rekey = await rekeyRows(
			stored.filter((s) => s.answer !== existing),
			this.cipher
		);
		const old = stored.find((s) => s.answer === existing)?.key;
		await this.db.transaction('rw', this.db.conversations, this.db.answers, async () => {
			if (!(await this.db.conversations.get(conversationId)))
				throw new MissingRecordError('conversation');
			const gone = [...rekey.del, ...(old && old[2] !== childId ? [old] : [])];
			if (gone.length > 0) await this.db.answers.bulkDelete(gone);
			if (rekey.put.length > 0) await this.db.answers.bulkPut(rekey.put);
			await this.db.answers.put(row);
			await this.db.conversations.update(conversationId, {
				updatedAt: now,
				progress: countDone(conversation, [...others, next])
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
			const conversation = await conversationFromRow(
				await this.db.conversations.get(answer.conversationId),
				this.cipher
			);
			if (!conversation) continue;
			// A row journalled by schema 3 has no child yet.
			const [resolved] = resolveChildIds(conversation, [answer]);
			if (!resolved) continue;
			const stored = (
				await readAnswers(this.db, this.cipher, answer.conversationId, conversation)
			).find(
				(a) =>
					a.participantId === resolved.participantId &&
					a.childId === resolved.childId &&
					a.elementId === resolved.elementId
			);
			if (stored && stored.updatedAt >= row.updatedAt) continue;
			const { score, strengths, worries, wishes, wantsToTalk } = answer;
			try {
				await this.save(
					resolved.conversationId,
					resolved.participantId,
					resolved.childId,
					resolved.elementId,
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
		const row = await conversationToRow(checked.data, countDone(checked.data, all), this.cipher);
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
		const tx = idb.transaction([ANSWER_STORE, 'conversations'], 'readwrite');
		for (const row of rows.answers) tx.objectStore(ANSWER_STORE).put(row);
		tx.objectStore('conversations').put(rows.conversation);
		// Commit now rather than when this task ends: by then the page may be gone.
		tx.commit?.();
		return new Promise((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onabort = tx.onerror = () => reject(tx.error);
		});
	}
}
