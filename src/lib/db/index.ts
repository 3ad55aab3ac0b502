import { AnswerRepo } from './answers';
import { ConversationRepo } from './conversations';
import { createDb, type KansDb } from './db';
import { PlanRepo } from './plans';

export interface Repos {
	db: KansDb;
	conversations: ConversationRepo;
	answers: AnswerRepo;
	plans: PlanRepo;
}

export function createRepos(name?: string): Repos {
	const db = createDb(name);
	return {
		db,
		conversations: new ConversationRepo(db),
		answers: new AnswerRepo(db),
		plans: new PlanRepo(db)
	};
}

export { createDb, DB_NAME, type KansDb } from './db';
export { ValidationError, MissingRecordError } from './errors';
export type { ConversationSummary } from './conversations';
