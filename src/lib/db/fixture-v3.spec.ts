import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type KansDb } from './db';
import { ProfileRepo } from './profiles';
import { reposFor } from './repos';
import { MIGRATIONS } from './migrations';
import fixture from '../../../tests/fixtures/db/v3.json';

// A database exactly as version 3 wrote it (sealed rows, two profiles), opened by this code.
// The next migration starts from here: it must keep every record readable, unchanged in meaning.

/** Binary values were written to JSON as {"$bytes"} (Uint8Array) and {"$buffer"} (ArrayBuffer). */
function decode(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(decode);
	if (typeof value !== 'object' || value === null) return value;
	const v = value as Record<string, unknown>;
	if (typeof v.$bytes === 'string') return new Uint8Array(Buffer.from(v.$bytes, 'base64'));
	if (typeof v.$buffer === 'string') {
		const bytes = Buffer.from(v.$buffer, 'base64');
		return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
	}
	return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)]));
}

/** The stored rows as text, binary fields decoded as UTF-8, to search for plaintext. */
function rawText(db: KansDb): Promise<string> {
	const decoder = new TextDecoder();
	return Promise.all(db.tables.map((t) => t.toArray())).then((tables) =>
		JSON.stringify(tables, (_k, value: unknown) => {
			if (Object.prototype.toString.call(value) === '[object ArrayBuffer]')
				return decoder.decode(value as ArrayBuffer);
			if (ArrayBuffer.isView(value)) return decoder.decode(value);
			return value;
		})
	);
}

const opened: KansDb[] = [];
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

async function openFixture(): Promise<KansDb> {
	const name = `test-fixture-v3-${opened.length}-${Math.random()}`;
	const old = new Dexie(name);
	old.version(fixture.version).stores(fixture.stores);
	await old.open();
	for (const [table, rows] of Object.entries(fixture.tables)) {
		await old.table(table).bulkAdd(decode(rows) as object[]);
	}
	old.close();
	const db = createDb(name);
	opened.push(db);
	await db.open();
	return db;
}

type Label = keyof typeof fixture.secrets;

describe('frozen v3 database', () => {
	it('is what version 3 wrote: sealed rows, no personal text in the clear', async () => {
		expect(fixture.version).toBe(3);
		const db = await openFixture();
		expect(db.verno).toBe(MIGRATIONS.at(-1)!.version);
		const raw = await rawText(db);
		for (const marker of [
			'Gezin J.',
			'Juf Mira',
			'Gezin A. 🌱',
			'عمر',
			'Zwemmen met Zoë',
			'Vaker zelf kiezen'
		])
			expect(raw, marker).not.toContain(marker);
	});

	it.each(Object.keys(fixture.secrets) as Label[])(
		'opens for profile %s with its own secret: every conversation, answer and plan as written',
		async (label) => {
			const db = await openFixture();
			const profiles = new ProfileRepo(db);
			const profile = (await profiles.list()).find((p) => p.label === label);
			if (!profile) throw new Error(`no profile ${label}`);
			expect(await profiles.unlock(profile.id, 'niet het goede wachtwoord')).toMatchObject({
				ok: false
			});
			const unlocked = await profiles.unlock(profile.id, fixture.secrets[label]);
			if (!unlocked.ok) throw new Error(`profile ${label} did not unlock`);
			const repos = reposFor(db, unlocked.cipher);

			const expected = fixture.expected[label];
			expect(expected.length).toBeGreaterThan(0);
			const list = await repos.conversations.list();
			expect([...list].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
				expected.map((e) => e.summary).sort((a, b) => a.id.localeCompare(b.id))
			);
			for (const e of expected) {
				expect(await repos.conversations.get(e.summary.id)).toEqual(e.conversation);
				const answers = await repos.answers.forConversation(e.summary.id);
				expect(answers).toHaveLength(e.answers.length);
				for (const a of e.answers) expect(answers).toContainEqual(a);
				expect((await repos.plans.get(e.summary.id)) ?? null).toEqual(e.plan);
			}
		}
	);

	it('keeps the profiles apart: one profile sees none of the other’s conversations', async () => {
		const db = await openFixture();
		const profiles = new ProfileRepo(db);
		const youth = (await profiles.list()).find((p) => p.label === 'Jongere')!;
		const unlocked = await profiles.unlock(youth.id, fixture.secrets.Jongere);
		if (!unlocked.ok) throw new Error('did not unlock');
		const repos = reposFor(db, unlocked.cipher);
		for (const e of fixture.expected.Coach) {
			expect(await repos.conversations.get(e.summary.id)).toBeUndefined();
			expect(await repos.answers.forConversation(e.summary.id)).toEqual([]);
		}
	});
});
