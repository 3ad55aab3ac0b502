// Test support (only tests import it): a database with many conversations for one profile, to
// test the home list beyond its first page.
import { openDatabase, type Repos } from '$lib/db';
import { createDb } from '$lib/db/db';
import { emptyPlan } from '$lib/domain/plan';
import { testCipher } from './test-key';

/** A family conversation's input (a child and a parent) without its title. */
export const family = {
	kind: 'family' as const,
	mode: 'open' as const,
	revealed: [],
	participants: [
		{ id: 'kid', name: 'Noor', role: 'child' as const, ageGroup: '8-12' as const },
		{ id: 'mum', name: 'Mama', role: 'parent' as const }
	],
	children: ['kid'],
	skipped: [],
	checkChildren: false
};

/**
 * `count` family conversations of the test profile, changed a day apart: the oldest is
 * "Familie Zwart" (with a plan looked back on in 2020, so overdue), then "Gezin 2" up to
 * "Gezin <count>", the newest. `wipe` removes the database.
 */
export async function manyConversations(count: number): Promise<{
	repos: Repos;
	name: string;
	zwart: string;
	wipe: () => Promise<void>;
}> {
	const name = `many-${Date.now()}-${Math.random()}`;
	const database = openDatabase(name);
	const repos = database.reposFor(testCipher);
	const day = (i: number) => Date.UTC(2026, 0, i);
	const zwart = await repos.conversations.create({ ...family, title: 'Familie Zwart' }, day(1));
	await repos.plans.save({ ...emptyPlan(zwart.id, day(1)), evaluationDate: '2020-01-15' });
	for (let i = 2; i <= count; i++)
		await repos.conversations.create({ ...family, title: `Gezin ${i}` }, day(i));
	return { repos, name, zwart: zwart.id, wipe: () => database.wipe() };
}

/**
 * Flips one bit of a conversation's stored ciphertext through a second connection (as another
 * tab could), keeping its IV: the row no longer opens.
 */
export async function damageConversation(name: string, id: string): Promise<void> {
	const db = createDb(name);
	try {
		const row = await db.conversations.get(id);
		if (!row) throw new Error(`no conversation ${id}`);
		const data = new Uint8Array(row.sealed.data.slice(0));
		data[0]! ^= 1;
		await db.conversations.update(id, { sealed: { iv: row.sealed.iv, data: data.buffer } });
	} finally {
		db.close();
	}
}

/** How many summaries rows the database holds (one per profile that listed its conversations). */
export async function summaryRows(name: string): Promise<number> {
	const db = createDb(name);
	try {
		return await db.summaries.count();
	} finally {
		db.close();
	}
}
