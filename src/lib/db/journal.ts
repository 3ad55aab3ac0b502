import { z } from 'zod';
import { fromBase64, toBase64 } from '$lib/platform/crypto';
import type { AnswerRow } from './db';
import type { Repos } from './repos';

/**
 * A last-resort journal for the moment a page goes away. Chromium aborts IndexedDB
 * transactions of a page that navigates or closes, so unsaved answers are also written
 * synchronously to localStorage and replayed into IndexedDB after the next unlock. The
 * entries are the same sealed rows that go to IndexedDB: nothing personal is in the clear.
 * It only ever holds what was typed in the last moments before leaving.
 */
export const JOURNAL_KEY = 'kansencirkel.unsaved';

const id = z.string().min(1).max(64);
const b64 = z.string().max(100_000);
const entrySchema = z.object({
	profileId: id,
	conversationId: id,
	participantId: id,
	/** Absent in entries written before answers were per child (schema 3): not known yet. */
	childId: z.string().max(64).default(''),
	elementId: z.string().max(32),
	updatedAt: z.number().int().nonnegative(),
	iv: b64,
	data: b64
});
const journalSchema = z.array(entrySchema).max(1000);
type Entry = z.output<typeof entrySchema>;

function read(storage: Storage): Entry[] {
	try {
		const parsed = journalSchema.safeParse(JSON.parse(storage.getItem(JOURNAL_KEY) ?? '[]'));
		return parsed.success ? parsed.data : [];
	} catch {
		return [];
	}
}

/** Adds sealed rows for one profile; entries of other profiles stay until they unlock. */
export function writeJournal(storage: Storage, profileId: string, rows: AnswerRow[]): void {
	const keyOf = (r: {
		conversationId: string;
		participantId: string;
		childId: string;
		elementId: string;
	}) => JSON.stringify([r.conversationId, r.participantId, r.childId, r.elementId]);
	const fresh = new Set(rows.map(keyOf));
	const kept = read(storage).filter((e) => e.profileId !== profileId || !fresh.has(keyOf(e)));
	const added = rows.map((r) => ({
		profileId,
		conversationId: r.conversationId,
		participantId: r.participantId,
		childId: r.childId,
		elementId: r.elementId,
		updatedAt: r.updatedAt,
		iv: toBase64(r.sealed.iv),
		data: toBase64(r.sealed.data)
	}));
	try {
		storage.setItem(JOURNAL_KEY, JSON.stringify([...kept, ...added]));
	} catch {
		// Storage full or blocked: the IndexedDB write is still on its way.
	}
}

/** Forgets one profile's entries (they are stored), or all of them. */
export function clearJournal(storage: Storage, profileId?: string): void {
	const kept =
		profileId === undefined ? [] : read(storage).filter((e) => e.profileId !== profileId);
	if (kept.length === 0) storage.removeItem(JOURNAL_KEY);
	else storage.setItem(JOURNAL_KEY, JSON.stringify(kept));
}

/** Drops every entry of a deleted conversation. */
export function forgetInJournal(storage: Storage, conversationId: string): void {
	const all = read(storage);
	const kept = all.filter((e) => e.conversationId !== conversationId);
	if (kept.length === all.length) return;
	if (kept.length === 0) storage.removeItem(JOURNAL_KEY);
	else storage.setItem(JOURNAL_KEY, JSON.stringify(kept));
}

/**
 * Writes this profile's journalled answers that are newer than what is stored, then forgets
 * them. Entries that do not open with this profile's key, or are broken, are dropped without
 * writing anything. Returns how many answers were restored.
 */
export async function replayJournal(repos: Repos, storage: Storage): Promise<number> {
	if (storage.getItem(JOURNAL_KEY) === null) return 0;
	const rows: AnswerRow[] = [];
	for (const e of read(storage)) {
		if (e.profileId !== repos.profileId) continue;
		try {
			rows.push({
				conversationId: e.conversationId,
				participantId: e.participantId,
				childId: e.childId,
				elementId: e.elementId,
				updatedAt: e.updatedAt,
				sealed: { iv: fromBase64(e.iv), data: fromBase64(e.data).slice().buffer }
			});
		} catch {
			// Broken base64: dropped, like an entry that does not open.
		}
	}
	const restored = await repos.answers.restoreSealed(rows);
	clearJournal(storage, repos.profileId);
	return restored;
}
