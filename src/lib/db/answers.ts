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

/** The fields of an answer a page changed and has not saved: one bit each (see `fieldBits`). */
export const PATCH_FIELDS = ['score', 'strengths', 'worries', 'wishes', 'wantsToTalk'] as const;
export type PatchField = (typeof PATCH_FIELDS)[number];

/** The changed fields as a number, so the journal names no field in the clear. */
export function fieldBits(fields: Iterable<string>): number {
	let bits = 0;
	for (const f of fields) {
		const i = PATCH_FIELDS.indexOf(f as PatchField);
		if (i >= 0) bits |= 1 << i;
	}
	return bits;
}

function pick(answer: Answer, bits: number): AnswerPatch {
	const patch: Record<string, unknown> = {};
	PATCH_FIELDS.forEach((f, i) => {
		if (bits & (1 << i)) patch[f] = answer[f];
	});
	return patch as AnswerPatch;
}

/**
 * A sealed answer kept for later (the page-leave journal): the whole answer as the page showed
 * it, `fields` the bits of what that page changed and had not saved (absent: the whole answer).
 */
export interface JournalRow extends AnswerRow {
	fields?: number;
}

/** One page-leave answer: written only if the stored row is still the one it was based on. */
export interface UrgentAnswer extends JournalRow {
	/** `updatedAt` of the stored row this answer was merged onto; null: nothing was stored. */
	base: number | null;
}

/** Rows sealed ahead of time, so they can be written without awaiting anything. */
export interface UrgentRows {
	answers: UrgentAnswer[];
	conversation: ConversationRow;
	/** `updatedAt` of the conversation as the page knew it. */
	conversationBase: number;
}

/** How often a save starts again when another write got in between its read and its write. */
const SAVE_TRIES = 4;

class StaleReadError extends Error {
	override name = 'StaleReadError';
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

		for (let attempt = 1; ; attempt++) {
			try {
				// The last try writes anyway (a stored row that does not open never matches).
				const check = attempt < SAVE_TRIES;
				return await this.#saveOnce(
					conversationId,
					participantId,
					elementId,
					checked.data,
					now,
					check
				);
			} catch (error) {
				if (!(error instanceof StaleReadError) || attempt >= SAVE_TRIES) throw error;
			}
		}
	}

	async #saveOnce(
		conversationId: string,
		participantId: string,
		elementId: ElementId,
		patch: AnswerPatch,
		now: number,
		check: boolean
	): Promise<Answer> {
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
			...patch,
			// Later than the version it replaces, so a newer write always has a newer time.
			updatedAt: Math.max(now, (existing?.updatedAt ?? -1) + 1)
		});
		const others = all.filter((a) => a !== existing);
		const row = await answerToRow(next, this.cipher);
		await this.db.transaction('rw', this.db.conversations, this.db.answers, async () => {
			if (!(await this.db.conversations.get(conversationId)))
				throw new MissingRecordError('conversation');
			// Another tab wrote this answer since it was read: merge again onto that one.
			const current = await this.db.answers.get([conversationId, participantId, elementId]);
			if (check && current?.updatedAt !== existing?.updatedAt) throw new StaleReadError();
			await this.db.answers.put(row);
			await this.db.conversations.update(conversationId, {
				updatedAt: next.updatedAt,
				progress: countDone(participants, [...others, next])
			});
		});
		return next;
	}

	/**
	 * What a journalled row still has to write, as a patch of only the fields its page changed
	 * (applied per field onto what is stored now, like any save); undefined when nothing: it
	 * does not open with this profile's key, its own page-leave write got there (same time), or
	 * (an entry naming no fields) a newer answer is stored.
	 */
	async pendingFromSealed(row: JournalRow): Promise<AnswerPatch | undefined> {
		let answer: Answer | undefined;
		try {
			answer = await answerFromRow(row, this.cipher);
		} catch {
			answer = undefined;
		}
		if (!answer) return undefined;
		const stored = await this.db.answers.get([
			row.conversationId,
			row.participantId,
			row.elementId
		]);
		if (stored?.updatedAt === row.updatedAt) return undefined;
		if (row.fields === undefined && stored && stored.updatedAt > row.updatedAt) return undefined;
		const patch = pick(answer, row.fields ?? fieldBits(PATCH_FIELDS));
		return Object.keys(patch).length > 0 ? patch : undefined;
	}

	/**
	 * Writes sealed answers kept elsewhere (the page-leave journal) through `pendingFromSealed`.
	 * `done`: rows that are stored now or have nothing to write (no key, obsolete, deleted
	 * conversation or participant); `failed`: rows whose write failed (device full, …), to keep.
	 */
	async restoreSealed(
		rows: readonly JournalRow[]
	): Promise<{ restored: number; done: JournalRow[]; failed: JournalRow[] }> {
		let restored = 0;
		const done: JournalRow[] = [];
		const failed: JournalRow[] = [];
		for (const row of rows) {
			try {
				const patch = await this.pendingFromSealed(row);
				if (patch) {
					// At the time it was typed (later than what it replaces, see `save`).
					await this.save(
						row.conversationId,
						row.participantId,
						row.elementId as ElementId,
						patch,
						row.updatedAt
					);
					restored += 1;
				}
				done.push(row);
			} catch (error) {
				// Deleted meanwhile, or not a valid answer: nothing to restore. Anything else
				// (storage full, database closed) keeps the row for the next try.
				if (error instanceof MissingRecordError || error instanceof ValidationError) done.push(row);
				else failed.push(row);
			}
		}
		return { restored, done, failed };
	}

	/**
	 * Seals what `writeUrgently` will need, while there is still time to await: the changed
	 * answers and the conversation with its new progress.
	 */
	async prepareUrgent(
		conversation: Conversation,
		changed: readonly Answer[],
		all: readonly Answer[],
		now = Date.now(),
		/** Per changed answer: the stored version it is based on and the fields changed. */
		meta: readonly { base: number | null; fields: number }[] = []
	): Promise<UrgentRows> {
		const answers = await Promise.all(
			changed.map(async (a, i): Promise<UrgentAnswer> => {
				const base = meta[i]?.base ?? null;
				const updatedAt = Math.max(now, (base ?? -1) + 1);
				const parsed = answerSchema.safeParse({ ...a, updatedAt });
				if (!parsed.success) throw ValidationError.from('answer', parsed.error);
				const row = await answerToRow(parsed.data, this.cipher);
				return { ...row, base, ...(meta[i] ? { fields: meta[i].fields } : {}) };
			})
		);
		const checked = conversationSchema.safeParse({ ...conversation, updatedAt: now });
		if (!checked.success) throw ValidationError.from('conversation', checked.error);
		const row = await conversationToRow(
			checked.data,
			countDone(checked.data.participants, all),
			this.cipher
		);
		return { answers, conversation: row, conversationBase: conversation.updatedAt };
	}

	/**
	 * For the moment the page goes away (tab closed, app hidden): one native transaction,
	 * started synchronously, with rows sealed beforehand by `prepareUrgent`. A row is written
	 * only if the stored one is still the version it was merged onto: if another tab saved
	 * this answer since, writing it would revert that tab's fields, so it is left to the
	 * journal, which is applied per field (`pendingFromSealed`). The same goes for the
	 * conversation row (its progress and time).
	 */
	writeUrgently(rows: UrgentRows): Promise<void> {
		const idb = this.db.backendDB();
		if (!idb) return Promise.reject(new Error('database not open'));
		const tx = idb.transaction(['answers', 'conversations'], 'readwrite');
		const answers = tx.objectStore('answers');
		for (const row of rows.answers) {
			const { base } = row;
			const stored: AnswerRow = {
				conversationId: row.conversationId,
				participantId: row.participantId,
				elementId: row.elementId,
				updatedAt: row.updatedAt,
				sealed: row.sealed
			};
			const get = answers.get([row.conversationId, row.participantId, row.elementId]);
			get.onsuccess = () => {
				const current = get.result as AnswerRow | undefined;
				if ((current?.updatedAt ?? null) === base) answers.put(stored);
			};
		}
		const conversations = tx.objectStore('conversations');
		const get = conversations.get(rows.conversation.id);
		get.onsuccess = () => {
			const current = get.result as ConversationRow | undefined;
			if (current?.updatedAt === rows.conversationBase) conversations.put(rows.conversation);
		};
		return new Promise((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onabort = tx.onerror = () => reject(tx.error);
		});
	}
}
