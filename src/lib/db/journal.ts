import { z } from 'zod';
import { answerPatchSchema, type AnswerPatch } from '$lib/domain/answer';
import { ELEMENT_IDS, type ElementId } from '$lib/domain/elements';
import type { Repos } from './index';

/**
 * A last-resort journal for the moment a page goes away. Chromium aborts IndexedDB
 * transactions of a page that navigates or closes, so unsaved changes are also written
 * synchronously to localStorage and replayed into IndexedDB on the next start.
 * It only ever holds what was typed in the last moments before leaving.
 */
export const JOURNAL_KEY = 'kansencirkel.unsaved';

const id = z.string().min(1).max(64);
const entrySchema = z.object({
	conversationId: id,
	participantId: id,
	elementId: z.enum(ELEMENT_IDS),
	patch: answerPatchSchema,
	at: z.number().int().nonnegative()
});
const journalSchema = z.array(entrySchema).max(1000);

export interface JournalEntry {
	conversationId: string;
	participantId: string;
	elementId: ElementId;
	patch: AnswerPatch;
	at: number;
}

export function writeJournal(storage: Storage, entries: JournalEntry[]): void {
	try {
		storage.setItem(JOURNAL_KEY, JSON.stringify(entries));
	} catch {
		// Storage full or blocked: the IndexedDB write is still on its way.
	}
}

export function clearJournal(storage: Storage): void {
	storage.removeItem(JOURNAL_KEY);
}

/**
 * Writes journalled changes that are newer than what is stored, then forgets the journal.
 * A broken or foreign journal is dropped without writing anything. Returns how many
 * answers were restored.
 */
export async function replayJournal(repos: Repos, storage: Storage): Promise<number> {
	const raw = storage.getItem(JOURNAL_KEY);
	if (raw === null) return 0;
	let parsed: z.ZodSafeParseResult<z.output<typeof journalSchema>>;
	try {
		parsed = journalSchema.safeParse(JSON.parse(raw));
	} catch {
		clearJournal(storage);
		return 0;
	}
	if (!parsed.success) {
		clearJournal(storage);
		return 0;
	}
	let restored = 0;
	for (const e of parsed.data) {
		const stored = await repos.db.answers.get([e.conversationId, e.participantId, e.elementId]);
		if (stored && stored.updatedAt >= e.at) continue;
		try {
			await repos.answers.save(e.conversationId, e.participantId, e.elementId, e.patch, e.at);
			restored += 1;
		} catch {
			// The conversation or participant was deleted meanwhile: nothing to restore.
		}
	}
	clearJournal(storage);
	return restored;
}
