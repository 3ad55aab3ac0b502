import {
	classRecordSchema,
	classSessionSchema,
	newClassRecord,
	seriesOf,
	type ClassRecord,
	type ClassRecordInput,
	type ClassSessionInput,
	type ClassSessionSummary
} from '$lib/domain/class-session';
import { orderSeries } from '$lib/domain/class-series';
import { newId } from '$lib/domain/conversation';
import type { KansDb } from './db';
import { DamagedRecordError, MissingRecordError, ValidationError } from './errors';
import { classSessionFromRow as fromRow, classSessionToRow as toRow, type Cipher } from './mapping';

/** A line of the home list: a readable session, or one that is stored but cannot be read. */
export type ClassSessionListEntry = ClassSessionSummary | { id: string; damaged: true };

export function validateClassRecord(input: ClassRecordInput): ClassRecord {
	const parsed = classRecordSchema.safeParse(input);
	if (!parsed.success) throw ValidationError.from('classSession', parsed.error);
	return parsed.data;
}

/**
 * One profile's class discussions. A session is one record (set-up, totals and notes per
 * element, agreements) written whole, as one sealed row: never a list of pupils or of votes.
 */
export class ClassSessionRepo {
	constructor(
		private readonly db: KansDb,
		private readonly cipher: Cipher
	) {}

	/**
	 * This profile's sessions, newest first, for the home list. A row that does not open with
	 * this profile's key or fails validation is listed as damaged, after the others.
	 */
	async entries(): Promise<ClassSessionListEntry[]> {
		const rows = await this.db.classSessions
			.where('profileId')
			.equals(this.cipher.profileId)
			.toArray();
		const time = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
		rows.sort((a, b) => time(b.updatedAt) - time(a.updatedAt));
		const out: { seriesId: string; summary: ClassSessionSummary }[] = [];
		const damaged: ClassSessionListEntry[] = [];
		/** The lowest sequence readable here per series, to tell whether a session has an earlier one. */
		const lowest = new Map<string, number>();
		for (const row of rows) {
			const r = await fromRow(row, this.cipher);
			if (!r) {
				if (typeof row.id === 'string') damaged.push({ id: row.id, damaged: true });
				continue;
			}
			const { seriesId, sequence } = seriesOf(r.session);
			lowest.set(seriesId, Math.min(lowest.get(seriesId) ?? sequence, sequence));
			out.push({
				seriesId,
				summary: {
					id: r.session.id,
					kind: 'klas',
					title: r.session.group,
					level: r.session.level,
					elementCount: r.session.elements.length,
					progress: typeof row.progress === 'number' ? row.progress : 0,
					sequence,
					// Set below, once every session of the series has been read.
					hasEarlier: false,
					createdAt: r.session.createdAt,
					updatedAt: r.session.updatedAt
				}
			});
		}
		const listed = out.map(({ seriesId, summary }) => ({
			...summary,
			hasEarlier: (lowest.get(seriesId) ?? summary.sequence) < summary.sequence
		}));
		return [...listed, ...damaged];
	}

	/**
	 * The readable sessions of this profile in the series of `id` (the session itself among
	 * them), in order; empty when `id` is not there. Series links live inside the sealed rows,
	 * so every row is opened: a profile has tens of class sessions, not thousands.
	 */
	async series(id: string): Promise<ClassRecord[]> {
		const focus = await this.get(id);
		if (!focus) return [];
		const rows = await this.db.classSessions
			.where('profileId')
			.equals(this.cipher.profileId)
			.toArray();
		const records = await Promise.all(rows.map((row) => fromRow(row, this.cipher)));
		return orderSeries(
			records.filter((r): r is ClassRecord => r !== undefined),
			seriesOf(focus.session).seriesId
		);
	}

	async get(id: string): Promise<ClassRecord | undefined> {
		const row = await this.db.classSessions.get(id);
		return row ? fromRow(row, this.cipher) : undefined;
	}

	/** A new session with nothing said yet; looking back is due in six weeks. */
	async create(
		input: Omit<ClassSessionInput, 'id' | 'createdAt' | 'updatedAt'>,
		now = Date.now()
	): Promise<ClassRecord> {
		const session = classSessionSchema.safeParse({
			...input,
			id: newId(),
			createdAt: now,
			updatedAt: now
		});
		if (!session.success) throw ValidationError.from('classSession', session.error);
		const record = validateClassRecord(newClassRecord(session.data, new Date(now)));
		await this.db.classSessions.add(await toRow(record, this.cipher));
		return record;
	}

	/**
	 * Writes the whole record (the last save wins), checked first: an invalid record throws a
	 * ValidationError and nothing is written. `updatedAt` becomes `now`; `createdAt` stays as
	 * stored. Only a session of this profile that is there can be saved; a stored one that
	 * cannot be read is never overwritten (DamagedRecordError).
	 */
	async save(input: ClassRecordInput, now = Date.now()): Promise<ClassRecord> {
		const checked = validateClassRecord(input);
		const id = checked.session.id;
		const row = await this.db.classSessions.get(id);
		if (!row || row.profileId !== this.cipher.profileId)
			throw new MissingRecordError('classSession');
		if (!(await fromRow(row, this.cipher))) throw new DamagedRecordError('classSession');
		const record = validateClassRecord({
			...checked,
			session: { ...checked.session, createdAt: row.createdAt, updatedAt: now }
		});
		// Sealing happens outside the transaction: it is no IndexedDB request.
		const next = await toRow(record, this.cipher);
		await this.db.transaction('rw', this.db.classSessions, async () => {
			const current = await this.db.classSessions.get(id);
			if (current?.profileId !== this.cipher.profileId)
				throw new MissingRecordError('classSession');
			await this.db.classSessions.put(next);
		});
		return record;
	}

	/** Removes a session; only this profile's own. */
	async delete(id: string): Promise<void> {
		await this.db.transaction('rw', this.db.classSessions, async () => {
			const row = await this.db.classSessions.get(id);
			if (!row) return;
			if (row.profileId !== this.cipher.profileId) throw new MissingRecordError('classSession');
			await this.db.classSessions.delete(id);
		});
	}

	/** The session's row exactly as stored (still sealed): what a damaged one can be saved as. */
	async rawRows(id: string): Promise<{ classSession: unknown }> {
		const row = await this.db.classSessions.get(id);
		if (!row || row.profileId !== this.cipher.profileId)
			throw new MissingRecordError('classSession');
		return { classSession: row };
	}
}
