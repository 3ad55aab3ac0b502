import type { ClassRecord } from '$lib/domain/class-session';
import type { RestoreChoice } from '$lib/domain/backup';
import { newId } from '$lib/domain/conversation';
import type { KansDb } from './db';
import { classSessionFromRow, type Cipher } from './mapping';

// Class discussions in the full backup: an optional `classSessions` list of whole class records
// in the payload's data, absent in older files (none) and in files without any. Kept in this
// small piece of its own beside backup.ts, like the coach notes.

export const MAX_CLASS_SESSIONS = 1_000;

/** This profile's readable sessions for the file, oldest change first; damaged rows are left out. */
export async function classSessionsForBackup(db: KansDb, cipher: Cipher): Promise<ClassRecord[]> {
	const rows = await db.classSessions.where('profileId').equals(cipher.profileId).toArray();
	const records = await Promise.all(rows.map((row) => classSessionFromRow(row, cipher)));
	return records
		.filter((r): r is ClassRecord => r !== undefined)
		.sort((a, b) => a.session.updatedAt - b.session.updatedAt);
}

/** Each session once: two records with one id are a crafted file. */
export function checkClassSessionIds(
	records: readonly ClassRecord[]
): { error: 'duplicate'; detail: string } | undefined {
	const ids = new Set<string>();
	for (const [i, r] of records.entries()) {
		if (ids.has(r.session.id)) return { error: 'duplicate', detail: `classSessions[${i}].id` };
		ids.add(r.session.id);
	}
	return undefined;
}

export interface ClassSessionRestore {
	/** The records to write, each with the id it gets here. */
	records: ClassRecord[];
	counts: { added: number; replaced: number; skipped: number };
}

/**
 * What restoring the file's sessions writes, decided as for conversations: a session not on
 * this device is added; one that is (same id) is skipped, replaced, or kept as a copy with a
 * new id (`updatedAt` then `now`, so it shows on top); one whose id is another profile's is
 * always a copy. A `seriesId` that names a session of the file follows that session to its new
 * id, so a copied series stays one series. `before`: the stored row of each file record's id.
 */
export function classSessionsForRestore(
	records: readonly ClassRecord[],
	before: readonly ({ profileId: string } | undefined)[],
	cipher: Cipher,
	choice: RestoreChoice,
	now: number
): ClassSessionRestore {
	const counts = { added: 0, replaced: 0, skipped: 0 };
	const kept: ClassRecord[] = [];
	const restoredIds = new Map<string, string>();
	for (const [i, file] of records.entries()) {
		const row = before[i];
		const exists = row !== undefined && row.profileId === cipher.profileId;
		if (exists && choice === 'skip') {
			counts.skipped++;
			continue;
		}
		const copy = (exists && choice === 'keep-both') || (row !== undefined && !exists);
		const session = copy
			? { ...file.session, id: newId(), updatedAt: Math.max(now, file.session.updatedAt) }
			: file.session;
		restoredIds.set(file.session.id, session.id);
		kept.push({ ...file, session });
		if (exists && choice === 'replace') counts.replaced++;
		else counts.added++;
	}
	const out = kept.map((r) => {
		const series = r.session.seriesId;
		const moved = series === undefined ? undefined : restoredIds.get(series);
		return moved === undefined || moved === series
			? r
			: { ...r, session: { ...r.session, seriesId: moved } };
	});
	return { records: out, counts };
}
