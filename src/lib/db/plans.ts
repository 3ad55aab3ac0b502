import { planSchema, type Plan } from '$lib/domain/plan';
import type { KansDb } from './db';
import { MissingRecordError, ValidationError } from './errors';
import { planFromRow, planToRow, type Cipher } from './mapping';

export class PlanRepo {
	constructor(
		private readonly db: KansDb,
		private readonly cipher: Cipher
	) {}

	async get(conversationId: string): Promise<Plan | undefined> {
		const row = await this.db.plans.get(conversationId);
		if (!row) return undefined;
		// A plan is only this profile's if its conversation is.
		const owner = await this.db.conversations.get(conversationId);
		if (owner?.profileId !== this.cipher.profileId) return undefined;
		return planFromRow(row, this.cipher);
	}

	/** Stores the whole plan after validating it; refuses a plan without its conversation. */
	async save(plan: Plan): Promise<Plan> {
		const parsed = planSchema.safeParse(plan);
		if (!parsed.success) throw ValidationError.from('plan', parsed.error);
		const row = await planToRow(parsed.data, this.cipher);
		return this.db.transaction('rw', this.db.conversations, this.db.plans, async () => {
			const owner = await this.db.conversations.get(parsed.data.conversationId);
			if (owner?.profileId !== this.cipher.profileId) throw new MissingRecordError('conversation');
			await this.db.plans.put(row);
			return parsed.data;
		});
	}
}
