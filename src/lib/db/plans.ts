import { planSchema, type Plan } from '$lib/domain/plan';
import type { KansDb, PlanRow } from './db';
import { DamagedRecordError, MissingRecordError, ValidationError } from './errors';
import { planFromRow, planToRow, type Cipher } from './mapping';

export class PlanRepo {
	constructor(
		private readonly db: KansDb,
		private readonly cipher: Cipher
	) {}

	async get(conversationId: string): Promise<Plan | undefined> {
		return (await this.read(conversationId)).plan;
	}

	/**
	 * The stored plan, or `damaged: true` when a plan row is there but does not open with this
	 * profile's key or fails validation: not the same as no plan, so nothing replaces it unasked.
	 */
	async read(conversationId: string): Promise<{ plan?: Plan; damaged: boolean }> {
		const row = await this.db.plans.get(conversationId);
		if (!row) return { damaged: false };
		// A plan is only this profile's if its conversation is.
		const owner = await this.db.conversations.get(conversationId);
		if (owner?.profileId !== this.cipher.profileId) return { damaged: false };
		const plan = await planFromRow(row, this.cipher);
		return plan ? { plan, damaged: false } : { damaged: true };
	}

	/**
	 * Stores the whole plan after validating it; refuses a plan without its conversation, and
	 * refuses to write over a damaged stored plan (DamagedRecordError) unless `replaceDamaged`
	 * says the person chose to start a new plan in its place.
	 */
	async save(plan: Plan, { replaceDamaged = false } = {}): Promise<Plan> {
		const parsed = planSchema.safeParse(plan);
		if (!parsed.success) throw ValidationError.from('plan', parsed.error);
		const id = parsed.data.conversationId;
		const row = await planToRow(parsed.data, this.cipher);
		// Opening the stored row needs WebCrypto, which cannot run inside the transaction: it
		// is checked just before. Rows are only ever written readable, so a row that turns up
		// in between (another tab) is not a damaged one.
		const [before, owner] = await Promise.all([
			this.db.plans.get(id),
			this.db.conversations.get(id)
		]);
		// Another profile's plan is not damaged, only not this profile's (checked again below).
		if (owner?.profileId !== this.cipher.profileId) throw new MissingRecordError('conversation');
		const damaged = before !== undefined && !(await planFromRow(before, this.cipher));
		if (damaged && !replaceDamaged) throw new DamagedRecordError('plan');
		return this.db.transaction('rw', this.db.conversations, this.db.plans, async () => {
			const owner = await this.db.conversations.get(id);
			if (owner?.profileId !== this.cipher.profileId) throw new MissingRecordError('conversation');
			await this.db.plans.put(row);
			return parsed.data;
		});
	}

	/** Seals a plan ahead of time, so it can be written when there is no time to await. */
	async prepareUrgent(plan: Plan): Promise<PlanRow> {
		const parsed = planSchema.safeParse(plan);
		if (!parsed.success) throw ValidationError.from('plan', parsed.error);
		return planToRow(parsed.data, this.cipher);
	}

	/**
	 * For the moment the page goes away: one native transaction issued synchronously (see
	 * AnswerRepo.writeUrgently). The row was sealed beforehand by `prepareUrgent`.
	 */
	writeUrgently(row: PlanRow): Promise<void> {
		const idb = this.db.backendDB();
		if (!idb) return Promise.reject(new Error('database not open'));
		const tx = idb.transaction(['plans'], 'readwrite');
		tx.objectStore('plans').put(row);
		tx.commit?.();
		return new Promise((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onabort = tx.onerror = () => reject(tx.error);
		});
	}

	/**
	 * Writes a sealed plan kept elsewhere (the page-leave journal) when it opens with this
	 * profile's key, belongs to one of its conversations and is newer than what is stored, and
	 * what is stored is not a damaged plan.
	 */
	async restoreSealed(row: PlanRow): Promise<boolean> {
		const plan = await planFromRow(row, this.cipher);
		if (!plan || plan.conversationId !== row.conversationId) return false;
		// Not over a damaged stored plan either: that only goes on the person's choice.
		const before = await this.db.plans.get(row.conversationId);
		if (before && !(await planFromRow(before, this.cipher))) return false;
		return this.db.transaction('rw', this.db.conversations, this.db.plans, async () => {
			const owner = await this.db.conversations.get(row.conversationId);
			if (owner?.profileId !== this.cipher.profileId) return false;
			const stored = await this.db.plans.get(row.conversationId);
			if (stored && stored.updatedAt >= row.updatedAt) return false;
			await this.db.plans.put(row);
			return true;
		});
	}
}
