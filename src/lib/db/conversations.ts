import {
	conversationSchema,
	newId,
	type Conversation,
	type ConversationInput,
	type ConversationSummary,
	type Mode
} from '$lib/domain/conversation';
import type { Participant } from '$lib/domain/participant';
import { countDone, revealedAfterModeChange } from '$lib/domain/progress';
import type { ElementId } from '$lib/domain/elements';
import type { KansDb } from './db';
import { conversationFromRow as fromRow, conversationToRow as toRow, type Cipher } from './mapping';
import { MissingRecordError, ValidationError } from './errors';
import { readAnswers } from './answers';

export type { ConversationSummary };

export function validateConversation(input: ConversationInput): Conversation {
	const parsed = conversationSchema.safeParse(input);
	if (!parsed.success) throw ValidationError.from('conversation', parsed.error);
	return parsed.data;
}

export class ConversationRepo {
	constructor(
		private readonly db: KansDb,
		private readonly cipher: Cipher
	) {}

	/**
	 * This profile's conversations, newest first. Rows that fail validation or do not open
	 * with this profile's key are left out rather than breaking the list.
	 */
	async list(): Promise<ConversationSummary[]> {
		const rows = await this.db.conversations
			.where('profileId')
			.equals(this.cipher.profileId)
			.toArray();
		rows.sort((a, b) => b.updatedAt - a.updatedAt);
		const out: ConversationSummary[] = [];
		for (const row of rows) {
			const c = await fromRow(row, this.cipher);
			if (!c) continue;
			out.push({
				id: c.id,
				kind: c.kind,
				title: c.title,
				participantCount: c.participants.length,
				progress: typeof row.progress === 'number' ? row.progress : 0,
				createdAt: c.createdAt,
				updatedAt: c.updatedAt
			});
		}
		return out;
	}

	async get(id: string): Promise<Conversation | undefined> {
		const row = await this.db.conversations.get(id);
		return row ? fromRow(row, this.cipher) : undefined;
	}

	async create(
		input: Omit<ConversationInput, 'id' | 'createdAt' | 'updatedAt'>,
		now = Date.now()
	): Promise<Conversation> {
		const c = validateConversation({ ...input, id: newId(), createdAt: now, updatedAt: now });
		await this.db.conversations.add(await toRow(c, 0, this.cipher));
		return c;
	}

	/** Changes title, mode or participants; participants who left take their answers along. */
	async update(
		id: string,
		change: { title?: string; mode?: Mode; participants?: Participant[]; revealed?: ElementId[] },
		now = Date.now()
	): Promise<Conversation> {
		// Decrypting and encrypting happen outside the transaction: IndexedDB commits a
		// transaction as soon as it waits on anything but its own requests.
		const current = await this.get(id);
		if (!current) throw new MissingRecordError('conversation');
		const answers = await readAnswers(this.db, this.cipher, id);
		const revealed =
			change.revealed ??
			(change.mode ? revealedAfterModeChange(current, change.mode, answers) : current.revealed);
		const next = validateConversation({ ...current, ...change, revealed, updatedAt: now });
		const keep = new Set(next.participants.map((p) => p.id));
		const gone = answers
			.filter((a) => !keep.has(a.participantId))
			.map((a) => [a.conversationId, a.participantId, a.elementId] as [string, string, string]);
		const remaining = answers.filter((a) => keep.has(a.participantId));
		const row = await toRow(next, countDone(next.participants, remaining), this.cipher);
		await this.db.transaction('rw', this.db.conversations, this.db.answers, async () => {
			if (!(await this.db.conversations.get(id))) throw new MissingRecordError('conversation');
			if (gone.length > 0) await this.db.answers.bulkDelete(gone);
			await this.db.conversations.put(row);
		});
		return next;
	}

	async reveal(id: string, elementId: ElementId): Promise<Conversation> {
		const current = await this.get(id);
		if (!current) throw new MissingRecordError('conversation');
		if (current.revealed.includes(elementId)) return current;
		return this.update(id, { revealed: [...current.revealed, elementId] });
	}

	/** Removes the conversation with its answers, plan and coach notes; only this profile's own. */
	async delete(id: string): Promise<void> {
		const row = await this.db.conversations.get(id);
		if (row && row.profileId !== this.cipher.profileId)
			throw new MissingRecordError('conversation');
		await this.db.transaction(
			'rw',
			[this.db.conversations, this.db.answers, this.db.plans, this.db.coachNotes],
			async () => {
				await this.db.answers.where('conversationId').equals(id).delete();
				await this.db.coachNotes.where('conversationId').equals(id).delete();
				await this.db.plans.delete(id);
				await this.db.conversations.delete(id);
			}
		);
	}
}
