import Dexie, { type Table } from 'dexie';
import { MIGRATIONS } from './migrations';

/** A conversation as stored: the domain record plus counts the home list needs. */
export interface ConversationRow {
	id: string;
	kind: string;
	title: string;
	mode: string;
	participants: unknown[];
	revealed: string[];
	createdAt: number;
	updatedAt: number;
	/** Number of elements every participant scored, kept up to date by the answer repo. */
	progress: number;
}

export interface AnswerRow {
	conversationId: string;
	participantId: string;
	elementId: string;
	score: number | null;
	strengths: string;
	worries: string;
	wishes: string;
	wantsToTalk: boolean;
	updatedAt: number;
}

/** A plan as stored: the domain record (see domain/plan.ts), keyed by its conversation. */
export interface PlanRow {
	conversationId: string;
	[field: string]: unknown;
}

export type KansDb = Dexie & {
	conversations: Table<ConversationRow, string>;
	answers: Table<AnswerRow, [string, string, string]>;
	plans: Table<PlanRow, string>;
};

export const DB_NAME = 'kansencirkel';

/** A fresh Dexie instance; tests pass their own name to get an isolated database. */
export function createDb(name: string = DB_NAME): KansDb {
	const db = new Dexie(name) as KansDb;
	for (const m of MIGRATIONS) {
		const v = db.version(m.version).stores(m.stores);
		if (m.upgrade) v.upgrade(m.upgrade);
	}
	return db;
}
