import { AnswerRepo } from './answers';
import { BackupRepo } from './backup';
import { ChildVoiceRepo } from './child-voices';
import { ClassSessionRepo } from './class-sessions';
import { CoachNoteRepo } from './coach-notes';
import { ConversationRepo } from './conversations';
import { createDb, type KansDb } from './db';
import type { Cipher } from './mapping';
import { PlanRepo } from './plans';

/** The repositories of one unlocked profile: they read and write only that profile's rows. */
export interface Repos {
	readonly profileId: string;
	readonly conversations: ConversationRepo;
	readonly answers: AnswerRepo;
	readonly plans: PlanRepo;
	readonly backups: BackupRepo;
	/** Notes only the coach reads (never on a family screen or in an export). */
	readonly coachNotes: CoachNoteRepo;
	/** Class discussions (kinderkring): one sealed record per session. */
	readonly classSessions: ClassSessionRepo;
	/** The child's voice about the conversation: coach-only, like the coach notes. */
	readonly childVoices: ChildVoiceRepo;
}

export function reposFor(db: KansDb, cipher: Cipher): Repos {
	return {
		profileId: cipher.profileId,
		conversations: new ConversationRepo(db, cipher),
		answers: new AnswerRepo(db, cipher),
		plans: new PlanRepo(db, cipher),
		backups: new BackupRepo(db, cipher),
		coachNotes: new CoachNoteRepo(db, cipher),
		classSessions: new ClassSessionRepo(db, cipher),
		childVoices: new ChildVoiceRepo(db, cipher)
	};
}

/** Repositories with their Dexie handle, for specs in db/ that look at the stored rows. */
export type TestRepos = Repos & { db: KansDb };

/** Specs in db/: a fresh database (by name) opened for one profile's key. */
export function createRepos(name: string | undefined, cipher: Cipher): TestRepos {
	const db = createDb(name);
	return { ...reposFor(db, cipher), db };
}
