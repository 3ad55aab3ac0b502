import { coachNoteSchema, type CoachNote } from '$lib/domain/coach-note';
import { newId, type Conversation } from '$lib/domain/conversation';
import { isIdIssue } from './backup-ids';
import type { CoachNoteRow, KansDb } from './db';
import { coachNoteFromRow, coachNoteToRow, type Cipher } from './mapping';

// Notes only for the coach in the full backup: they are the coach's record, so the backup
// keeps them (encrypted like the rest of the file). Kept in this small piece of its own beside
// backup.ts: an optional `coachNotes` list in the payload's data, absent in older files.

export const MAX_COACH_NOTES = 10_000;

/** This profile's notes of the given conversations, for the file (by people still in it). */
export async function coachNotesForBackup(
	db: KansDb,
	cipher: Cipher,
	conversations: readonly Conversation[]
): Promise<CoachNote[]> {
	const people = new Map(
		conversations.map((c) => [c.id, new Set(c.participants.map((p) => p.id))])
	);
	const rows = await db.coachNotes
		.where('conversationId')
		.anyOf([...people.keys()])
		.toArray();
	const notes = await Promise.all(rows.map((row) => coachNoteFromRow(row, cipher)));
	return notes
		.filter(
			(n): n is CoachNote =>
				n !== undefined && people.get(n.conversationId)?.has(n.participantId) === true
		)
		.sort((a, b) => a.createdAt - b.createdAt);
}

/** The file's notes checked: valid, unique ids, each by a participant of a conversation in it. */
export function parseCoachNotes(
	raw: unknown,
	conversations: readonly Conversation[]
):
	| { ok: true; notes: CoachNote[] }
	| {
			ok: false;
			error: 'tooMany' | 'invalidRecord' | 'invalidId' | 'duplicate' | 'brokenReference';
			detail: string;
	  } {
	if (raw === undefined) return { ok: true, notes: [] };
	if (!Array.isArray(raw)) return { ok: false, error: 'invalidRecord', detail: 'coachNotes' };
	if (raw.length > MAX_COACH_NOTES) return { ok: false, error: 'tooMany', detail: 'coachNotes' };
	const people = new Map(
		conversations.map((c) => [c.id, new Set(c.participants.map((p) => p.id))])
	);
	const ids = new Set<string>();
	const notes: CoachNote[] = [];
	for (const [i, item] of raw.entries()) {
		const parsed = coachNoteSchema.safeParse(item);
		if (!parsed.success) {
			const error = isIdIssue('coachNotes', parsed.error.issues[0]) ? 'invalidId' : 'invalidRecord';
			return { ok: false, error, detail: `coachNotes[${i}]` };
		}
		const note = parsed.data;
		if (ids.has(note.id)) return { ok: false, error: 'duplicate', detail: `coachNotes[${i}].id` };
		ids.add(note.id);
		if (!people.get(note.conversationId)?.has(note.participantId)) {
			return { ok: false, error: 'brokenReference', detail: `coachNotes[${i}]` };
		}
		notes.push(note);
	}
	return { ok: true, notes };
}

/** Sealed rows for the restored conversations, each note with a new id of its own. */
export async function coachNoteRowsForRestore(
	notes: readonly CoachNote[],
	restoredIds: ReadonlyMap<string, string>,
	cipher: Cipher
): Promise<CoachNoteRow[]> {
	const rows: CoachNoteRow[] = [];
	for (const note of notes) {
		const id = restoredIds.get(note.conversationId);
		if (id === undefined) continue;
		// Always a fresh id: a file's note id may be one of another conversation's notes on
		// this device, which a put would overwrite and move. A replaced conversation's own
		// notes are deleted before these are written, so nothing doubles.
		rows.push(await coachNoteToRow({ ...note, id: newId(), conversationId: id }, cipher));
	}
	return rows;
}
