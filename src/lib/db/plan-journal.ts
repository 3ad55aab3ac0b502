import { z } from 'zod';
import { fromBase64, toBase64 } from '$lib/platform/crypto';
import type { PlanRow } from './db';
import type { Repos } from './repos';

export type { PlanRow };

/**
 * The plan's last-resort journal for the moment a page goes away (see journal.ts for the
 * answers): the sealed plan row, written synchronously to localStorage and restored into
 * IndexedDB the next time the plan is opened. Nothing personal is in the clear.
 */
export const PLAN_JOURNAL_KEY = 'kansencirkel.unsavedPlan';

const id = z.string().min(1).max(64);
const entrySchema = z.object({
	profileId: id,
	conversationId: id,
	updatedAt: z.number().int().nonnegative(),
	iv: z.string().max(100_000),
	data: z.string().max(2_000_000)
});
const journalSchema = z.array(entrySchema).max(50);
type Entry = z.output<typeof entrySchema>;

function read(storage: Storage): Entry[] {
	try {
		const parsed = journalSchema.safeParse(JSON.parse(storage.getItem(PLAN_JOURNAL_KEY) ?? '[]'));
		return parsed.success ? parsed.data : [];
	} catch {
		return [];
	}
}

function write(storage: Storage, entries: Entry[]): void {
	try {
		if (entries.length === 0) storage.removeItem(PLAN_JOURNAL_KEY);
		else storage.setItem(PLAN_JOURNAL_KEY, JSON.stringify(entries));
	} catch {
		// Storage full or blocked: the IndexedDB write is still on its way.
	}
}

/** Keeps one sealed plan row (replacing an older one of the same conversation). */
export function journalPlan(storage: Storage, profileId: string, row: PlanRow): void {
	const kept = read(storage).filter(
		(e) => !(e.profileId === profileId && e.conversationId === row.conversationId)
	);
	write(storage, [
		...kept,
		{
			profileId,
			conversationId: row.conversationId,
			updatedAt: row.updatedAt,
			iv: toBase64(row.sealed.iv),
			data: toBase64(row.sealed.data)
		}
	]);
}

/** Forgets a conversation's journalled plan (it is stored, or the conversation is gone). */
export function forgetJournalledPlan(storage: Storage, conversationId: string): void {
	const all = read(storage);
	const kept = all.filter((e) => e.conversationId !== conversationId);
	if (kept.length !== all.length) write(storage, kept);
}

/** Forgets every journalled plan of a profile (the profile is deleted). */
export function clearPlanJournal(storage: Storage, profileId: string): void {
	const all = read(storage);
	const kept = all.filter((e) => e.profileId !== profileId);
	if (kept.length !== all.length) write(storage, kept);
}

/**
 * Writes this profile's journalled plan for a conversation when it is newer than the stored
 * one, then forgets it. An entry that does not open with this key is dropped unwritten.
 */
export async function replayPlanJournal(
	repos: Repos,
	storage: Storage,
	conversationId: string
): Promise<boolean> {
	const entry = read(storage).find(
		(e) => e.profileId === repos.profileId && e.conversationId === conversationId
	);
	if (!entry) return false;
	let sealed;
	try {
		sealed = { iv: fromBase64(entry.iv), data: fromBase64(entry.data).slice().buffer };
	} catch {
		// Broken: dropped, like an entry that does not open.
		forgetJournalledPlan(storage, conversationId);
		return false;
	}
	// A failing write (a full device) throws and keeps the entry for the next try: the
	// journal is only forgotten once what it protects is stored or known to be older.
	const restored = await repos.plans.restoreSealed({
		conversationId,
		updatedAt: entry.updatedAt,
		sealed
	});
	forgetJournalledPlan(storage, conversationId);
	return restored;
}
