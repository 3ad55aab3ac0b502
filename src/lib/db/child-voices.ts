import {
	childVoiceSchema,
	hasVoice,
	type ChildVoice,
	type ChildVoiceInput
} from '$lib/domain/child-voice';
import type { KansDb } from './db';
import { MissingRecordError, ValidationError } from './errors';
import { childVoiceFromRow, childVoiceToRow, conversationFromRow, type Cipher } from './mapping';

/**
 * The child's voice about the conversation, kept apart from answers and plans for the same
 * reason as the notes only for the coach (coach-notes.ts): the overview, the plan and every
 * export never read this table. Written from the child's screen, which never reads it back;
 * read only by the coach screen (after the passphrase again) and by the full backup.
 */
export class ChildVoiceRepo {
	constructor(
		private readonly db: KansDb,
		private readonly cipher: Cipher
	) {}

	/**
	 * Stores one child's answers for a conversation of this profile, replacing earlier ones.
	 * Answers without any face store nothing (skipping leaves what was there).
	 */
	async give(input: ChildVoiceInput, now = Date.now()): Promise<ChildVoice | undefined> {
		const parsed = childVoiceSchema.safeParse({ ...input, updatedAt: now });
		if (!parsed.success) throw ValidationError.from('childVoice', parsed.error);
		const voice = parsed.data;
		if (!hasVoice(voice.answers)) return undefined;
		const owner = await conversationFromRow(
			await this.db.conversations.get(voice.conversationId),
			this.cipher
		);
		if (!owner) throw new MissingRecordError('conversation');
		if (!owner.children.includes(voice.childId)) throw new ValidationError('unknown child');
		const row = await childVoiceToRow(voice, this.cipher);
		await this.db.transaction('rw', this.db.conversations, this.db.childVoices, async () => {
			const current = await this.db.conversations.get(voice.conversationId);
			if (current?.profileId !== this.cipher.profileId)
				throw new MissingRecordError('conversation');
			await this.db.childVoices.put(row);
		});
		return voice;
	}

	/** The answers of the given conversations (only this profile's), in no particular order. */
	async forConversations(ids: readonly string[]): Promise<ChildVoice[]> {
		const owners = await this.db.conversations.bulkGet([...ids]);
		const own = ids.filter((_, i) => owners[i]?.profileId === this.cipher.profileId);
		if (own.length === 0) return [];
		const rows = await this.db.childVoices.where('conversationId').anyOf(own).toArray();
		const voices = await Promise.all(rows.map((row) => childVoiceFromRow(row, this.cipher)));
		return voices.filter((v): v is ChildVoice => v !== undefined);
	}
}
