import { AnswerRepo } from './answers';
import { ConversationRepo } from './conversations';
import { createDb, type KansDb } from './db';
import type { Cipher } from './mapping';
import { PlanRepo } from './plans';

/** The repositories of one unlocked profile: they read and write only that profile's rows. */
export interface Repos {
	db: KansDb;
	cipher: Cipher;
	conversations: ConversationRepo;
	answers: AnswerRepo;
	plans: PlanRepo;
}

export function reposFor(db: KansDb, cipher: Cipher): Repos {
	return {
		db,
		cipher,
		conversations: new ConversationRepo(db, cipher),
		answers: new AnswerRepo(db, cipher),
		plans: new PlanRepo(db, cipher)
	};
}

/** Tests: a fresh database (by name) opened for one profile's key. */
export function createRepos(name: string | undefined, cipher: Cipher): Repos {
	return reposFor(createDb(name), cipher);
}

export { createDb, DB_NAME, type KansDb } from './db';
export { ValidationError, MissingRecordError } from './errors';
export type { ConversationSummary } from './conversations';
export type { Cipher } from './mapping';
export { ProfileRepo, type Profile, type SecretKind, type LockMinutes } from './profiles';
