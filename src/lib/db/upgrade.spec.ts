import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { MIGRATIONS } from './migrations';
import { rawExport } from './raw-export';
import { ANSWER_STORE, type KansDb } from './db';
import { ProfileRepo } from './profiles';
import { createRepos, reposFor } from './repos';
import { emptyPlan } from '$lib/domain/plan';
import { MIN_ITERATIONS } from '$lib/platform/crypto';
import { selfReflection as family } from '$test/conversations';
import { testCipher as cipher } from '$test/test-key';

const CURRENT = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** This app's schema as a newer app would open it, plus one more version of its own. */
function nextVersion(name: string, extra: (v: Dexie['version']) => void): Dexie {
	const db = new Dexie(name);
	for (const m of MIGRATIONS) db.version(m.version).stores(m.stores);
	extra((n: number) => db.version(n));
	return db;
}

describe('a failed upgrade never locks anyone out', () => {
	it('keeps the old data as a raw export when an upgrade throws, still sealed', async () => {
		const name = `failed-upgrade-${Math.random()}`;
		const old = createRepos(name, cipher);
		const c = await old.conversations.create(family);
		old.db.close();

		const broken = nextVersion(name, (version) =>
			version(CURRENT + 1)
				.stores({ extra: 'id' })
				.upgrade(() => {
					throw new Error('upgrade kapot');
				})
		);
		await expect(broken.open()).rejects.toThrow();

		const raw = await rawExport(name);
		expect(raw.version).toBe(CURRENT * 10);
		expect(raw.stores.conversations).toHaveLength(1);
		expect(raw.stores.conversations?.[0]).toMatchObject({ id: c.id, profileId: 'p1' });
		// The raw copy is as stored: the title and names are not readable in it, not even in the
		// binary fields decoded as text.
		const decoder = new TextDecoder();
		const text = JSON.stringify(raw, (_key, value: unknown) =>
			Object.prototype.toString.call(value) === '[object ArrayBuffer]'
				? decoder.decode(value as ArrayBuffer)
				: ArrayBuffer.isView(value)
					? decoder.decode(value)
					: value
		);
		expect(text).toContain(c.id);
		expect(text).not.toMatch(/Mijn cirkel|Noor|Hendriks/);
		// And the current app still opens it, with the profile's key.
		const again = createRepos(name, cipher);
		expect((await again.conversations.list()).map((s) => s.title)).toEqual(['Mijn cirkel']);
		await again.db.delete();
	});
});

describe('schema 6 (class sessions) on a database of schema 5', () => {
	it('keeps every row of every table as it was, and adds the class sessions table', async () => {
		const name = `upgrade-v6-${Math.random()}`;
		// The app as version 5 had it: the same migrations, without 6.
		const v5 = new Dexie(name) as KansDb;
		for (const m of MIGRATIONS.filter((m) => m.version <= 5)) {
			const v = v5.version(m.version).stores(m.stores);
			if (m.upgrade) v.upgrade(m.upgrade);
		}
		Object.defineProperty(v5, 'answers', { get: () => v5.table(ANSWER_STORE) });
		const old = reposFor(v5, cipher);
		await new ProfileRepo(v5, MIN_ITERATIONS).create({
			label: 'Coach',
			secret: 'passphrase',
			value: 'een lang geheim'
		});
		const c = await old.conversations.create(family, 1_000);
		await old.answers.save(c.id, 'me', 'safe', { score: 7, strengths: 'Mijn kamer' }, 2_000);
		await old.plans.save(emptyPlan(c.id, 3_000));
		await old.coachNotes.add(
			{ conversationId: c.id, participantId: 'me', elementId: null, text: 'voor later' },
			4_000
		);
		const tables = ['profiles', 'conversations', ANSWER_STORE, 'plans', 'coachNotes'];
		const before = Object.fromEntries(
			await Promise.all(tables.map(async (t) => [t, await v5.table(t).toArray()] as const))
		);
		const conversation = await old.conversations.get(c.id);
		expect(v5.verno).toBe(5);
		v5.close();

		const now = createRepos(name, cipher);
		await now.db.open();
		expect(now.db.verno).toBe(CURRENT);
		for (const t of tables) expect(await now.db.table(t).toArray()).toEqual(before[t]);
		expect(await now.conversations.get(c.id)).toEqual(conversation);
		expect(await now.answers.forConversation(c.id)).toEqual([
			expect.objectContaining({ score: 7, strengths: 'Mijn kamer' })
		]);
		expect(await now.coachNotes.forConversation(c.id)).toHaveLength(1);
		expect(await now.classSessions.entries()).toEqual([]);
		const session = await now.classSessions.create(
			{ group: 'Groep 3', level: 'po-onder', elements: ['heard'] },
			5_000
		);
		expect(await now.classSessions.get(session.session.id)).toEqual(session);
		await now.db.delete();
	});
});

describe("schema 7 (the child's voice) on a database of schema 6", () => {
	it('keeps every row of every table as it was, and adds the child voices table', async () => {
		const name = `upgrade-v7-${Math.random()}`;
		// The app as version 6 had it: the same migrations, without 7.
		const v6 = new Dexie(name) as KansDb;
		for (const m of MIGRATIONS.filter((m) => m.version <= 6)) {
			const v = v6.version(m.version).stores(m.stores);
			if (m.upgrade) v.upgrade(m.upgrade);
		}
		Object.defineProperty(v6, 'answers', { get: () => v6.table(ANSWER_STORE) });
		const old = reposFor(v6, cipher);
		const c = await old.conversations.create(family, 1_000);
		await old.answers.save(c.id, 'me', 'heard', { score: 6 }, 2_000);
		await old.plans.save(emptyPlan(c.id, 3_000));
		await old.coachNotes.add(
			{ conversationId: c.id, participantId: 'me', elementId: null, text: 'voor later' },
			4_000
		);
		await old.classSessions.create({ group: 'Groep 5', level: 'po-boven', elements: ['safe'] });
		const tables = ['conversations', ANSWER_STORE, 'plans', 'coachNotes', 'classSessions'];
		const before = Object.fromEntries(
			await Promise.all(tables.map(async (t) => [t, await v6.table(t).toArray()] as const))
		);
		expect(v6.verno).toBe(6);
		v6.close();

		const now = createRepos(name, cipher);
		await now.db.open();
		expect(now.db.verno).toBe(CURRENT);
		for (const t of tables) expect(await now.db.table(t).toArray()).toEqual(before[t]);
		expect(await now.childVoices.forConversations([c.id])).toEqual([]);
		// The one taking part in a self-reflection is its child: their voice can be stored now.
		await now.childVoices.give({ conversationId: c.id, childId: 'me', answers: { heard: 4 } });
		expect(await now.childVoices.forConversations([c.id])).toHaveLength(1);
		await now.db.delete();
	});
});

describe("schema 8 (the home list's summaries) on a database of schema 7", () => {
	it('keeps every row of every table as it was; the summaries are made on the first list', async () => {
		const name = `upgrade-v8-${Math.random()}`;
		const v7 = new Dexie(name) as KansDb;
		for (const m of MIGRATIONS.filter((m) => m.version <= 7)) {
			const v = v7.version(m.version).stores(m.stores);
			if (m.upgrade) v.upgrade(m.upgrade);
		}
		Object.defineProperty(v7, 'answers', { get: () => v7.table(ANSWER_STORE) });
		const old = reposFor(v7, cipher);
		const c = await old.conversations.create(family, 1_000);
		await old.answers.save(c.id, 'me', 'me', 'heard', { score: 6 }, 2_000);
		await old.plans.save({ ...emptyPlan(c.id, 3_000), evaluationDate: '2027-01-15' });
		await old.childVoices.give({ conversationId: c.id, childId: 'me', answers: { heard: 4 } });
		const tables = ['conversations', ANSWER_STORE, 'plans', 'childVoices'];
		const before = Object.fromEntries(
			await Promise.all(tables.map(async (t) => [t, await v7.table(t).toArray()] as const))
		);
		expect(v7.verno).toBe(7);
		v7.close();

		const now = createRepos(name, cipher);
		await now.db.open();
		expect(now.db.verno).toBe(CURRENT);
		for (const t of tables) expect(await now.db.table(t).toArray()).toEqual(before[t]);
		expect(await now.db.summaries.count()).toBe(0);
		const listed = await now.conversations.list();
		expect(listed).toEqual([
			expect.objectContaining({ id: c.id, title: 'Mijn cirkel', evaluationDate: '2027-01-15' })
		]);
		await vi.waitFor(async () => expect(await now.db.summaries.count()).toBe(1));
		expect(await now.conversations.list()).toEqual(listed);
		await now.db.delete();
	});
});
