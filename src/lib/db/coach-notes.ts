import { coachNoteSchema, type CoachNote, type CoachNoteInput } from '$lib/domain/coach-note';
import { newId } from '$lib/domain/conversation';
import type { KansDb } from './db';
import { MissingRecordError, ValidationError } from './errors';
import { coachNoteFromRow, coachNoteToRow, conversationFromRow, type Cipher } from './mapping';

/**
 * Notes only the coach reads. Kept apart from answers on purpose: the overview, the plan and
 * every export read answers and plans, never this table. Written once; read only by the coach
 * screen (after the passphrase again) and by the full backup.
 */
export class CoachNoteRepo {
	constructor(
		private readonly db: KansDb,
		private readonly cipher: Cipher
	) {}

	/** Adds a note by a participant of one of this profile's conversations. */
	async add(input: CoachNoteInput, now = Date.now()): Promise<CoachNote> {
		const parsed = coachNoteSchema.safeParse({ ...input, id: newId(), createdAt: now });
		if (!parsed.success) throw ValidationError.from('coachNote', parsed.error);
		const note = parsed.data;
		const owner = await conversationFromRow(
			await this.db.conversations.get(note.conversationId),
			this.cipher
		);
		if (!owner) throw new MissingRecordError('conversation');
		if (!owner.participants.some((p) => p.id === note.participantId))
			throw new ValidationError('unknown participant');
		const row = await coachNoteToRow(note, this.cipher);
		await this.db.transaction('rw', this.db.conversations, this.db.coachNotes, async () => {
			const current = await this.db.conversations.get(note.conversationId);
			if (current?.profileId !== this.cipher.profileId)
				throw new MissingRecordError('conversation');
			await this.db.coachNotes.add(row);
		});
		return note;
	}

	/** A conversation's notes, oldest first; only when the conversation is this profile's. */
	async forConversation(conversationId: string): Promise<CoachNote[]> {
		const owner = await this.db.conversations.get(conversationId);
		if (owner?.profileId !== this.cipher.profileId) return [];
		const rows = await this.db.coachNotes.where('conversationId').equals(conversationId).toArray();
		const notes = await Promise.all(rows.map((row) => coachNoteFromRow(row, this.cipher)));
		return notes
			.filter((n): n is CoachNote => n !== undefined)
			.sort((a, b) => a.createdAt - b.createdAt);
	}
}
