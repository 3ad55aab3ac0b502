import { childVoiceSchema, type ChildVoice } from '$lib/domain/child-voice';
import type { Conversation } from '$lib/domain/conversation';
import { isIdIssue } from './backup-ids';
import type { ChildVoiceRow, KansDb } from './db';
import { childVoiceFromRow, childVoiceToRow, type Cipher } from './mapping';

// The child's voice about the conversation in the full backup: like the notes only for the
// coach it is the coach's record, so the backup keeps it (encrypted like the rest of the file).
// An optional `childVoices` list in the payload's data, absent when there is none.

export const MAX_CHILD_VOICES = 10_000;

const childrenBy = (conversations: readonly Conversation[]) =>
	new Map(conversations.map((c) => [c.id, new Set(c.children)]));

/** This profile's answers for the given conversations, each by a child still in it. */
export async function childVoicesForBackup(
	db: KansDb,
	cipher: Cipher,
	conversations: readonly Conversation[]
): Promise<ChildVoice[]> {
	const children = childrenBy(conversations);
	const rows = await db.childVoices
		.where('conversationId')
		.anyOf([...children.keys()])
		.toArray();
	const voices = await Promise.all(rows.map((row) => childVoiceFromRow(row, cipher)));
	return voices
		.filter(
			(v): v is ChildVoice =>
				v !== undefined && children.get(v.conversationId)?.has(v.childId) === true
		)
		.sort((a, b) => a.updatedAt - b.updatedAt);
}

/** The file's answers checked: valid, one per child per conversation, each by a child in it. */
export function parseChildVoices(
	raw: unknown,
	conversations: readonly Conversation[]
):
	| { ok: true; voices: ChildVoice[] }
	| {
			ok: false;
			error: 'tooMany' | 'invalidRecord' | 'invalidId' | 'duplicate' | 'brokenReference';
			detail: string;
	  } {
	if (raw === undefined) return { ok: true, voices: [] };
	if (!Array.isArray(raw)) return { ok: false, error: 'invalidRecord', detail: 'childVoices' };
	if (raw.length > MAX_CHILD_VOICES) return { ok: false, error: 'tooMany', detail: 'childVoices' };
	const children = childrenBy(conversations);
	const keys = new Set<string>();
	const voices: ChildVoice[] = [];
	for (const [i, item] of raw.entries()) {
		const parsed = childVoiceSchema.safeParse(item);
		if (!parsed.success) {
			const error = isIdIssue('childVoices', parsed.error.issues[0])
				? 'invalidId'
				: 'invalidRecord';
			return { ok: false, error, detail: `childVoices[${i}]` };
		}
		const voice = parsed.data;
		if (!children.get(voice.conversationId)?.has(voice.childId)) {
			return { ok: false, error: 'brokenReference', detail: `childVoices[${i}]` };
		}
		const key = JSON.stringify([voice.conversationId, voice.childId]);
		if (keys.has(key)) return { ok: false, error: 'duplicate', detail: `childVoices[${i}]` };
		keys.add(key);
		voices.push(voice);
	}
	return { ok: true, voices };
}

/**
 * Sealed rows for the restored conversations (a kept copy gets its own). A replaced
 * conversation's answers are deleted before these are written.
 */
export async function childVoiceRowsForRestore(
	voices: readonly ChildVoice[],
	restoredIds: ReadonlyMap<string, string>,
	cipher: Cipher
): Promise<ChildVoiceRow[]> {
	const rows: ChildVoiceRow[] = [];
	for (const voice of voices) {
		const id = restoredIds.get(voice.conversationId);
		if (id === undefined) continue;
		rows.push(await childVoiceToRow({ ...voice, conversationId: id }, cipher));
	}
	return rows;
}
