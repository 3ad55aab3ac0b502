import { z } from 'zod';
import { fromBase64, toBase64 } from '$lib/platform/crypto';
import type { AnswerPatch, Answer } from '$lib/domain/answer';
import type { ElementId } from '$lib/domain/elements';
import type { JournalRow } from './answers';
import type { Repos } from './repos';
import { forgetJournalledPlan } from './plan-journal';

/**
 * A last-resort journal for the moment a page goes away. Chromium aborts IndexedDB
 * transactions of a page that navigates or closes, so unsaved answers are also written
 * synchronously to localStorage and replayed into IndexedDB after the next unlock. The
 * entries are the same sealed rows that go to IndexedDB: nothing personal is in the clear.
 * It only ever holds what was typed in the last moments before leaving, or what could not be
 * stored (device full): an entry is removed only once the write it stands for has succeeded.
 * `fields` (a number, one bit per field) says which fields the page changed: replaying writes
 * only those, merged per field onto what is stored then, so another tab's fields are kept.
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
	fields: z.number().int().min(1).max(31).optional(),
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

function toRow(e: Entry): JournalRow | undefined {
	try {
		return {
			conversationId: e.conversationId,
			participantId: e.participantId,
			childId: e.childId,
			elementId: e.elementId,
			updatedAt: e.updatedAt,
			...(e.fields === undefined ? {} : { fields: e.fields }),
			sealed: { iv: fromBase64(e.iv), data: fromBase64(e.data).slice().buffer }
		};
	} catch {
		// Broken base64: dropped, like an entry that does not open.
		return undefined;
	}
}

function save(storage: Storage, entries: Entry[]): void {
	try {
		if (entries.length === 0) storage.removeItem(JOURNAL_KEY);
		else storage.setItem(JOURNAL_KEY, JSON.stringify(entries));
	} catch {
		// Storage full or blocked: what is there stays.
	}
}

type EntryKey = Pick<JournalRow, 'conversationId' | 'participantId' | 'childId' | 'elementId'>;

/** One entry per answer: conversation, participant, child (as the entry names it) and element. */
const keyOf = (r: EntryKey) =>
	JSON.stringify([r.conversationId, r.participantId, r.childId, r.elementId]);

const same = (e: EntryKey, r: EntryKey) => keyOf(e) === keyOf(r);

/** Adds sealed rows for one profile; entries of other profiles stay until they unlock. */
export function writeJournal(storage: Storage, profileId: string, rows: JournalRow[]): void {
	const fresh = new Set(rows.map(keyOf));
	const kept = read(storage).filter((e) => e.profileId !== profileId || !fresh.has(keyOf(e)));
	const added = rows.map((r) => ({
		profileId,
		conversationId: r.conversationId,
		participantId: r.participantId,
		childId: r.childId,
		elementId: r.elementId,
		updatedAt: r.updatedAt,
		// No bits (nothing named): the whole answer, as entries of older versions.
		...(r.fields ? { fields: r.fields } : {}),
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

/** Forgets what the page-leave journals keep of a deleted conversation: answers and plan. */
export function forgetUnsaved(storage: Storage, conversationId: string): void {
	forgetInJournal(storage, conversationId);
	forgetJournalledPlan(storage, conversationId);
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
 * Forgets one entry once the write it stands for has succeeded: only if it is still the
 * entry of that time (a newer one, from another tab, stays).
 */
export function forgetEntry(
	storage: Storage,
	profileId: string,
	row: EntryKey & Pick<JournalRow, 'updatedAt'>
): void {
	const all = read(storage);
	const kept = all.filter(
		(e) => !(e.profileId === profileId && same(e, row) && e.updatedAt === row.updatedAt)
	);
	if (kept.length !== all.length) save(storage, kept);
}

/**
 * Writes this profile's journalled answers (only the fields each page changed, per field onto
 * what is stored now), then forgets the entries that are stored or have nothing to write.
 * Entries that do not open with this profile's key, or are broken, are dropped without
 * writing anything. An entry whose write fails (device full) stays, for the open conversation
 * to show and retry (`journalFor`). Returns how many answers were restored.
 */
export async function replayJournal(repos: Repos, storage: Storage): Promise<number> {
	if (storage.getItem(JOURNAL_KEY) === null) return 0;
	const mine = read(storage).filter((e) => e.profileId === repos.profileId);
	const rows = new Map<JournalRow, Entry>();
	const drop = new Set<Entry>();
	for (const e of mine) {
		const row = toRow(e);
		if (row) rows.set(row, e);
		else drop.add(e);
	}
	const { restored, done } = await repos.answers.restoreSealed([...rows.keys()]);
	for (const row of done) drop.add(rows.get(row)!);
	// Read again (another tab may have written meanwhile); forget only what is done.
	const gone = [...drop];
	save(
		storage,
		read(storage).filter(
			(e) =>
				!gone.some((d) => d.profileId === e.profileId && same(d, e) && d.updatedAt === e.updatedAt)
		)
	);
	return restored;
}

/** An unsaved change of the journal for one open conversation. */
export interface JournalPending {
	participantId: string;
	/** The child it is about (filled in for an entry from before answers were per child). */
	childId: string;
	elementId: ElementId;
	/** The child as the entry names it ('' from before answers were per child): for `forgetEntry`. */
	entryChildId: string;
	/** The entry's time: `forgetEntry` it once stored. */
	updatedAt: number;
	patch: AnswerPatch;
}

/**
 * This profile's journalled changes for one conversation that are not stored yet (another
 * tab's page-leave write, or a write that failed): the open conversation takes them into its
 * own queue, shows them and saves them.
 */
export async function journalFor(
	repos: Repos,
	storage: Storage,
	conversationId: string
): Promise<JournalPending[]> {
	const out: JournalPending[] = [];
	for (const e of read(storage)) {
		if (e.profileId !== repos.profileId || e.conversationId !== conversationId) continue;
		const row = toRow(e);
		const pending = row && (await repos.answers.pendingFromSealed(row).catch(() => undefined));
		if (!pending) continue;
		out.push({
			participantId: e.participantId,
			childId: pending.childId,
			elementId: e.elementId as Answer['elementId'],
			entryChildId: e.childId,
			updatedAt: e.updatedAt,
			patch: pending.patch
		});
	}
	return out;
}
