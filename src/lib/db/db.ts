import Dexie, { type Table } from 'dexie';
import { MIGRATIONS } from './migrations';
import { DB_NAME } from './name';

/**
 * Rows as stored since schema v3 (answers keyed per child since v4). Everything personal (titles, names, scores, notes, plans)
 * is inside `sealed`, encrypted with the owning profile's data key; see mapping.ts.
 */
export interface Sealed {
	iv: Uint8Array;
	data: ArrayBuffer;
}

export interface ConversationRow {
	id: string;
	profileId: string;
	createdAt: number;
	updatedAt: number;
	/** Number of elements every participant scored, kept up to date by the answer repo. */
	progress: number;
	sealed: Sealed;
}

export interface AnswerRow {
	conversationId: string;
	participantId: string;
	/** The child the answer is about; '' when not known yet (moved from schema 3, see v4.ts). */
	childId: string;
	elementId: string;
	updatedAt: number;
	sealed: Sealed;
}

export interface PlanRow {
	conversationId: string;
	updatedAt: number;
	sealed: Sealed;
	/** The look-back date alone, sealed apart for the home list (absent in older rows). */
	due?: Sealed;
}

/** A note only the coach reads (schema v5): who wrote it and the text are sealed. */
export interface CoachNoteRow {
	id: string;
	conversationId: string;
	createdAt: number;
	sealed: Sealed;
}

/**
 * The child's voice about the conversation (schema v7): one row per child per conversation;
 * the faces are sealed, clear are the conversation, the child's participant id and the time.
 */
export interface ChildVoiceRow {
	conversationId: string;
	childId: string;
	updatedAt: number;
	sealed: Sealed;
}

/**
 * A class discussion (schema v6): the whole class record is sealed; clear are only the id, the
 * owning profile, the times and how many of its elements were discussed (for the home list).
 */
export interface ClassSessionRow {
	id: string;
	profileId: string;
	createdAt: number;
	updatedAt: number;
	/** classProgress of the record, recomputed on every save. */
	progress: number;
	sealed: Sealed;
}

/**
 * The home list's summaries of one profile (schema v8), sealed as one record: a cache of what
 * the conversation and plan rows hold, each entry with the fingerprints of the rows it was read
 * from (db/summaries.ts). Clear is only the owning profile.
 */
export interface SummaryRow {
	profileId: string;
	sealed: Sealed;
}

/** A profile: its own key, its own conversations. Only what the lock screen needs is clear. */
export interface ProfileRow {
	id: string;
	/** Shown on the lock screen to pick a profile; the person chooses it (e.g. "Coach"). */
	label: string;
	secret: 'passphrase' | 'pin';
	/** The data key, wrapped by a key derived from the passphrase or PIN. */
	wrapped: unknown;
	lockMinutes: number;
	/** Wrong tries in a row and when the next try is allowed: survives a reload on purpose. */
	failures: number;
	retryAt: number;
	createdAt: number;
}

export type KansDb = Dexie & {
	conversations: Table<ConversationRow, string>;
	/** The `childAnswers` store (schema v4 on); see migrations/v4.ts. */
	answers: Table<AnswerRow, AnswerKey>;
	plans: Table<PlanRow, string>;
	profiles: Table<ProfileRow, string>;
	coachNotes: Table<CoachNoteRow, string>;
	classSessions: Table<ClassSessionRow, string>;
	/** The child's voice about the conversation: coach-only, like `coachNotes`. */
	childVoices: Table<ChildVoiceRow, [string, string]>;
	/** The home list's sealed summaries, one row per profile (a cache, see db/summaries.ts). */
	summaries: Table<SummaryRow, string>;
};

/** [conversationId, participantId, childId, elementId] */
export type AnswerKey = [string, string, string, string];

/** The IndexedDB store that holds the answers (for code that bypasses Dexie). */
export const ANSWER_STORE = 'childAnswers';

export const answerKey = (a: {
	conversationId: string;
	participantId: string;
	childId: string;
	elementId: string;
}): AnswerKey => [a.conversationId, a.participantId, a.childId, a.elementId];

export { DB_NAME };

/** A fresh Dexie instance; tests pass their own name to get an isolated database. */
export function createDb(name: string = DB_NAME): KansDb {
	const db = new Dexie(name) as KansDb;
	for (const m of MIGRATIONS) {
		const v = db.version(m.version).stores(m.stores);
		if (m.upgrade) v.upgrade(m.upgrade);
	}
	// The answers moved to another store in v4 (a store's key cannot change); `db.answers`
	// stays the name the code uses.
	Object.defineProperty(db, 'answers', {
		get: () => db.table(ANSWER_STORE),
		configurable: true
	});
	return db;
}
