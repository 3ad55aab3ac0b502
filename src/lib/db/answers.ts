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
	/** Where that row may still be stored if it is from schema 3 (no child yet, see v4.ts). */
	oldKey?: AnswerKey;
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

		for (let attempt = 1; ; attempt++) {
			try {
				// The last try writes anyway (a stored row that does not open never matches).
				const check = attempt < SAVE_TRIES;
				return await this.#saveOnce(
					conversationId,
					participantId,
					childArg,
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
		childArg: string | undefined,
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
			...patch,
			// Later than the version it replaces, so a newer write always has a newer time.
			updatedAt: Math.max(now, (existing?.updatedAt ?? -1) + 1)
		});
		const others = all.filter((a) => a !== existing);
		const row = await answerToRow(next, this.cipher);
		const rekey = await rekeyRows(
			stored.filter((s) => s.answer !== existing),
			this.cipher
		);
		const old = stored.find((s) => s.answer === existing)?.key;
		const target = answerKey(next);
		await this.db.transaction('rw', this.db.conversations, this.db.answers, async () => {
			if (!(await this.db.conversations.get(conversationId)))
				throw new MissingRecordError('conversation');
			// Another tab wrote this answer since it was read (under the key it was read from,
			// or already under its child's key): merge again onto that one.
			if (check) {
				const current = await this.db.answers.get(old ?? target);
				if (current?.updatedAt !== existing?.updatedAt) throw new StaleReadError();
				if (old && old[2] !== childId && (await this.db.answers.get(target)))
					throw new StaleReadError();
			}
			const gone = [...rekey.del, ...(old && old[2] !== childId ? [old] : [])];
			if (gone.length > 0) await this.db.answers.bulkDelete(gone);
			// A row another tab moved to its child meanwhile is newer there: left as it is.
			for (const moved of rekey.put) {
				if (!(await this.db.answers.get(answerKey(moved)))) await this.db.answers.put(moved);
			}
			await this.db.answers.put(row);
			await this.db.conversations.update(conversationId, {
				updatedAt: next.updatedAt,
				progress: countDone(conversation, [...others, next])
			});
		});
		return next;
	}

	/**
	 * What a journalled row still has to write, as a patch of only the fields its page changed
	 * (applied per field onto what is stored now, like any save), with the child it is about
	 * (a row journalled before answers were per child has none yet: filled in as on reading);
	 * undefined when nothing: it does not open with this profile's key, its conversation is
	 * gone, its own page-leave write got there (same time), or (an entry naming no fields) a
	 * newer answer is stored.
	 */
	async pendingFromSealed(
		row: JournalRow
	): Promise<{ childId: string; patch: AnswerPatch } | undefined> {
		let answer: Answer | undefined;
		try {
			answer = await answerFromRow(row, this.cipher);
		} catch {
			answer = undefined;
		}
		if (!answer) return undefined;
		const conversation = await conversationFromRow(
			await this.db.conversations.get(answer.conversationId),
			this.cipher
		);
		if (!conversation) return undefined;
		const [resolved] = resolveChildIds(conversation, [answer]);
		if (!resolved) return undefined;
		const stored = (
			await readAnswers(this.db, this.cipher, answer.conversationId, conversation)
		).find(
			(a) =>
				a.participantId === resolved.participantId &&
				a.childId === resolved.childId &&
				a.elementId === resolved.elementId
		);
		if (stored?.updatedAt === row.updatedAt) return undefined;
		if (row.fields === undefined && stored && stored.updatedAt > row.updatedAt) return undefined;
		const patch = pick(answer, row.fields ?? fieldBits(PATCH_FIELDS));
		return Object.keys(patch).length > 0 ? { childId: resolved.childId, patch } : undefined;
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
				const pending = await this.pendingFromSealed(row);
				if (pending) {
					// At the time it was typed (later than what it replaces, see `save`).
					await this.save(
						row.conversationId,
						row.participantId,
						pending.childId,
						row.elementId as ElementId,
						pending.patch,
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
				// A stored row from schema 3 reads as about this child: it may be the base.
				const unmoved =
					row.childId !== '' && row.childId === defaultChildFor(conversation, row.participantId);
				return {
					...row,
					base,
					...(meta[i] ? { fields: meta[i].fields } : {}),
					...(unmoved ? { oldKey: answerKey({ ...row, childId: '' }) } : {})
				};
			})
		);
		const checked = conversationSchema.safeParse({ ...conversation, updatedAt: now });
		if (!checked.success) throw ValidationError.from('conversation', checked.error);
		const row = await conversationToRow(checked.data, countDone(checked.data, all), this.cipher);
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
		const tx = idb.transaction([ANSWER_STORE, 'conversations'], 'readwrite');
		const answers = tx.objectStore(ANSWER_STORE);
		for (const row of rows.answers) {
			const { base, oldKey } = row;
			const stored: AnswerRow = {
				conversationId: row.conversationId,
				participantId: row.participantId,
				childId: row.childId,
				elementId: row.elementId,
				updatedAt: row.updatedAt,
				sealed: row.sealed
			};
			const get = answers.get(answerKey(row));
			get.onsuccess = () => {
				const current = get.result as AnswerRow | undefined;
				if (current || !oldKey) {
					if ((current?.updatedAt ?? null) === base) answers.put(stored);
					return;
				}
				// Nothing under its child's key: the version it is based on may still be a row
				// from schema 3 (no child yet), which this write then replaces.
				const getOld = answers.get(oldKey);
				getOld.onsuccess = () => {
					const old = getOld.result as AnswerRow | undefined;
					if ((old?.updatedAt ?? null) !== base) return;
					answers.put(stored);
					if (old) answers.delete(oldKey);
				};
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
