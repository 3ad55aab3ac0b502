import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type KansDb } from './db';
import { ProfileRepo } from './profiles';
import { reposFor } from './repos';
import { MIGRATIONS } from './migrations';
import fixture from '../../../tests/fixtures/db/v3.json';
import siblings from '../../../tests/fixtures/db/v3-siblings.json';

// A database exactly as version 3 wrote it (sealed rows, two profiles), opened by this code.
// Version 4 moved the answers to a store keyed per child (migrations/v4.ts): every record must
// stay readable, unchanged in meaning, every answer about the right child. v3-siblings.json,
// written by the version 3 code too, adds a family with two children and two parents.

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

type Fixture = {
	version: number;
	stores: Record<string, string>;
	tables: Record<string, unknown[]>;
};

async function openFixture(file: Fixture = fixture): Promise<KansDb> {
	const name = `test-fixture-v3-${opened.length}-${Math.random()}`;
	const old = new Dexie(name);
	old.version(file.version).stores(file.stores);
	await old.open();
	for (const [table, rows] of Object.entries(file.tables)) {
		await old.table(table).bulkAdd(decode(rows) as object[]);
	}
	old.close();
	const db = createDb(name);
	opened.push(db);
	await db.open();
	return db;
}

type Label = keyof typeof fixture.secrets;

type Expected = (typeof fixture.expected.Coach)[number];
type Participant = { id: string; role: string };

/**
 * What version 3's records mean now: each conversation is about its children (the youth alone
 * in a self-reflection), each answer about one child: a child's own about themself, an adult's
 * about the first child. Only a family with several children asks the coach to check.
 */
function meaningNow(e: Expected) {
	const people = e.conversation.participants as Participant[];
	const children =
		e.conversation.kind === 'self'
			? [people[0]!.id]
			: people.filter((p) => p.role === 'child').map((p) => p.id);
	const childOf = (participantId: string) =>
		children.includes(participantId) ? participantId : children[0]!;
	return {
		conversation: {
			...e.conversation,
			children,
			skipped: [],
			checkChildren: e.conversation.kind === 'family' && children.length > 1
		},
		answers: e.answers.map((a) => ({ ...a, childId: childOf(a.participantId) })),
		plan:
			e.plan === null
				? null
				: {
						...(e.plan as Record<string, unknown>),
						focus: ((e.plan as { focus: object[] }).focus ?? []).map((f) => ({
							...f,
							childId: null
						}))
					}
	};
}

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
				// Rows of v3 have no separate look-back date: home opens their plan for it.
				expected
					.map((e) => ({
						...e.summary,
						evaluationDate: (e.plan as { evaluationDate?: string } | null)?.evaluationDate ?? null
					}))
					.sort((a, b) => a.id.localeCompare(b.id))
			);
			for (const e of expected) {
				const now = meaningNow(e);
				expect(await repos.conversations.get(e.summary.id)).toEqual(now.conversation);
				const answers = await repos.answers.forConversation(e.summary.id);
				expect(answers).toHaveLength(e.answers.length);
				for (const a of now.answers) expect(answers).toContainEqual(a);
				expect((await repos.plans.get(e.summary.id)) ?? null).toEqual(now.plan);
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

describe('frozen v3 database with two children at one table', () => {
	async function unlocked() {
		const db = await openFixture(siblings as unknown as Fixture);
		const profiles = new ProfileRepo(db);
		const coach = (await profiles.list()).find((p) => p.label === 'Coach')!;
		const result = await profiles.unlock(coach.id, siblings.secrets.Coach);
		if (!result.ok) throw new Error('did not unlock');
		return { db, repos: reposFor(db, result.cipher) };
	}
	const byTitle = (title: string) =>
		siblings.expected.Coach.find((e) => e.summary.title === title)!;
	const family = byTitle('Gezin B.');

	it('is what version 3 wrote: one answer store keyed without a child, sealed rows', () => {
		expect(siblings.version).toBe(3);
		expect(siblings.stores.answers).toBe(
			'[conversationId+participantId+elementId], conversationId'
		);
		expect(siblings.tables.answers).toHaveLength(12);
		expect(siblings.expected.Coach.map((e) => e.summary.title).sort()).toEqual([
			'Gezin B.',
			'Gezin C.',
			'Mijn cirkel'
		]);
	});

	it('moves every row to the store keyed per child: zero rows lost', async () => {
		const { db } = await unlocked();
		expect(db.verno).toBe(MIGRATIONS.at(-1)!.version);
		expect(db.tables.map((t) => t.name)).not.toContain('answers');
		const rows = await db.answers.toArray();
		expect(rows).toHaveLength(siblings.tables.answers.length);
		const key = (r: { conversationId: string; participantId: string; elementId: string }) =>
			`${r.conversationId}|${r.participantId}|${r.elementId}`;
		expect(rows.map(key).sort()).toEqual(
			(
				siblings.tables.answers as {
					conversationId: string;
					participantId: string;
					elementId: string;
				}[]
			)
				.map(key)
				.sort()
		);
	});

	it('reads every answer about the right child: the children about themselves, the adults about Noor', async () => {
		const { repos } = await unlocked();
		const answers = await repos.answers.forConversation(family.summary.id);
		expect(answers).toHaveLength(family.answers.length);
		const childOf = Object.fromEntries(
			answers.map((a) => [`${a.participantId}/${a.elementId}`, a.childId])
		);
		expect(childOf).toEqual({
			'p-noor/heard': 'p-noor',
			'p-daan/heard': 'p-daan',
			'p-daan/active': 'p-daan',
			'p-sanne/heard': 'p-noor',
			'p-sanne/active': 'p-noor',
			'p-karim/heard': 'p-noor',
			'p-coach/heard': 'p-noor'
		});
		for (const a of family.answers)
			expect(answers).toContainEqual({
				...a,
				childId: childOf[`${a.participantId}/${a.elementId}`]
			});
	});

	it('says once that the coach should check: only the family with two children, until dismissed', async () => {
		const { repos } = await unlocked();
		const c = await repos.conversations.get(family.summary.id);
		expect(c?.children).toEqual(['p-noor', 'p-daan']);
		expect(c?.checkChildren).toBe(true);
		expect((await repos.conversations.get(byTitle('Gezin C.').summary.id))?.checkChildren).toBe(
			false
		);
		expect((await repos.conversations.get(byTitle('Mijn cirkel').summary.id))?.children).toEqual([
			'p-jesse'
		]);
		await repos.conversations.update(family.summary.id, { checkChildren: false });
		expect((await repos.conversations.get(family.summary.id))?.checkChildren).toBe(false);
	});

	it('the first write keys the moved rows for good: nothing lost, children can change after', async () => {
		const { db, repos } = await unlocked();
		const before = await repos.answers.forConversation(family.summary.id);
		await repos.answers.save(family.summary.id, 'p-karim', 'p-daan', 'heard', { score: 3 });
		const rows = await db.answers.where('conversationId').equals(family.summary.id).toArray();
		expect(rows.map((r) => r.childId)).not.toContain('');
		expect(rows).toHaveLength(before.length + 1);
		const after = await repos.answers.forConversation(family.summary.id);
		for (const a of before) expect(after).toContainEqual(a);
		expect(after).toContainEqual(
			expect.objectContaining({ participantId: 'p-karim', childId: 'p-daan', score: 3 })
		);
		// Karim's earlier answer about Noor stays about Noor.
		expect(after).toContainEqual(
			expect.objectContaining({ participantId: 'p-karim', childId: 'p-noor', score: 8 })
		);
	});

	it('keeps the plan, each focus element now for the whole family', async () => {
		const { repos } = await unlocked();
		const plan = await repos.plans.get(family.summary.id);
		expect(plan?.focus.map((f) => [f.elementId, f.childId, f.actions.length])).toEqual([
			['heard', null, 1]
		]);
		expect(plan?.dismissed).toEqual(['worries:p-sanne:heard']);
	});
});
