import { planSchema, type Plan } from '$lib/domain/plan';
import type { KansDb } from './db';
import { MissingRecordError, ValidationError } from './errors';
import { planFromRow, planToRow } from './mapping';

export class PlanRepo {
	constructor(private readonly db: KansDb) {}

	async get(conversationId: string): Promise<Plan | undefined> {
		const row = await this.db.plans.get(conversationId);
		return row ? planFromRow(row) : undefined;
	}

	/** Stores the whole plan after validating it; refuses a plan without its conversation. */
	async save(plan: Plan): Promise<Plan> {
		const parsed = planSchema.safeParse(plan);
		if (!parsed.success) throw ValidationError.from('plan', parsed.error);
		return this.db.transaction('rw', this.db.conversations, this.db.plans, async () => {
			const exists = await this.db.conversations.get(parsed.data.conversationId);
			if (!exists) throw new MissingRecordError('conversation');
			await this.db.plans.put(planToRow(parsed.data));
			return parsed.data;
		});
	}
}
