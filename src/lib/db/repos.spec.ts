import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type KansDb } from './db';
import { MIGRATIONS } from './migrations';
import { DamagedRecordError, MissingRecordError, ProfileRepo, ValidationError } from './index';
import { createRepos, reposFor, type Repos, type TestRepos } from './repos';
import { emptyAnswer, type Answer, type AnswerPatch } from '$lib/domain/answer';
import type { ElementId } from '$lib/domain/elements';
import { emptyPlan } from '$lib/domain/plan';
import { countDone } from '$lib/domain/progress';
import { createDataKey, MIN_ITERATIONS, seal } from '$lib/platform/crypto';
import { testCipher as cipher } from '$test/test-key';

let n = 0;
const opened: KansDb[] = [];

function fresh(): TestRepos {
	const repos = createRepos(`test-repos-${++n}`, cipher);
	opened.push(repos.db);
	return repos;
}

afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

/**
 * Stored rows as text, with every binary field decoded as UTF-8: plaintext anywhere in a row,
 * clear or inside a blob that was not really encrypted, shows up here.
 */
function rawText(rows: unknown): string {
	const decoder = new TextDecoder();
	return JSON.stringify(rows, (_key, value: unknown) => {
		if (Object.prototype.toString.call(value) === '[object ArrayBuffer]') {
			return decoder.decode(value as ArrayBuffer);
		}
		if (ArrayBuffer.isView(value)) return decoder.decode(value);
		return value;
	});
}

async function dump(db: KansDb): Promise<string> {
	return rawText({
		conversations: await db.conversations.toArray(),
		answers: await db.answers.toArray(),
		plans: await db.plans.toArray()
	});
}

const family = {
	kind: 'family' as const,
	title: '  Gezin J.  ',
	mode: 'open' as const,
	revealed: [],
	participants: [
		{ id: 'kid', name: 'Sam', role: 'child' as const, ageGroup: '8-12' as const },
		{ id: 'mum', name: 'Ans', role: 'parent' as const },
		{ id: 'coach', name: 'Eva', role: 'coach' as const }
	],
	children: ['kid'],
	skipped: [],
	checkChildren: false
};

describe('rawText (the check used below)', () => {
	it('would see plaintext in a clear field and inside a binary field', () => {
		const bytes = new TextEncoder().encode('{"title":"Gezin J."}');
		expect(rawText([{ title: 'Gezin J.' }])).toContain('Gezin J.');
		expect(rawText([{ sealed: { data: bytes.slice().buffer } }])).toContain('Gezin J.');
		expect(rawText([{ sealed: { iv: bytes } }])).toContain('Gezin J.');
	});
});

describe('ConversationRepo', () => {
	it('stores a validated conversation and lists it newest first', async () => {
		const { conversations } = fresh();
		const older = await conversations.create(family, 1000);
		const newer = await conversations.create({ ...family, title: 'Gezin B.' }, 2000);
		const list = await conversations.list();
		expect(list.map((c) => c.id)).toEqual([newer.id, older.id]);
		expect(list[1]).toMatchObject({
			title: 'Gezin J.',
			kind: 'family',
			participantCount: 3,
			progress: 0
		});
	});

	it('writes nothing for an invalid conversation', async () => {
		const { conversations, db } = fresh();
		await expect(conversations.create({ ...family, title: '' })).rejects.toBeInstanceOf(
			ValidationError
		);
		await expect(
			conversations.create({
				...family,
				participants: [{ id: 'x', name: 'y'.repeat(41), role: 'parent' }]
			})
		).rejects.toBeInstanceOf(ValidationError);
		expect(await db.conversations.count()).toBe(0);
	});

	it('stores only ids, owner, times and progress in the clear; title and names are sealed', async () => {
		const { conversations, db } = fresh();
		const c = await conversations.create(
			{
				...family,
				title: 'Gezin Jansen-Verhoef',
				participants: [
					{
						...family.participants[0]!,
						name: 'Samuel Verstappen',
						surname: 'Jansen',
						birthDate: '2015-03-01'
					} as never
				]
			},
			1234
		);
		const raw = await db.conversations.get(c.id);
		expect(Object.keys(raw ?? {}).sort()).toEqual([
			'createdAt',
			'id',
			'profileId',
			'progress',
			'sealed',
			'updatedAt'
		]);
		expect(raw).toMatchObject({ id: c.id, profileId: 'p1', createdAt: 1234, updatedAt: 1234 });
		expect(rawText(raw)).not.toMatch(/Jansen|Verhoef|Samuel|Verstappen|2015-03-01|8-12|family/);
		// Read through the repository, it is all there, and still nothing beyond the domain.
		expect(await conversations.get(c.id)).toEqual({
			...family,
			id: c.id,
			title: 'Gezin Jansen-Verhoef',
			participants: [{ id: 'kid', name: 'Samuel Verstappen', role: 'child', ageGroup: '8-12' }],
			createdAt: 1234,
			updatedAt: 1234
		});
	});

	it('leaves a damaged row or a blob copied from another row out of the list', async () => {
		const { conversations, db } = fresh();
		const a = await conversations.create({ ...family, title: 'Gezin A.' }, 1000);
		const b = await conversations.create({ ...family, title: 'Gezin B.' }, 2000);
		const c = await conversations.create({ ...family, title: 'Gezin C.' }, 3000);
		// B's row gets A's sealed blob: it must not open as "Gezin A." under B's id.
		const rowA = (await db.conversations.get(a.id))!;
		await db.conversations.update(b.id, { sealed: rowA.sealed });
		// One flipped bit in C's ciphertext.
		const rowC = (await db.conversations.get(c.id))!;
		const data = new Uint8Array(rowC.sealed.data.slice(0));
		data[0]! ^= 1;
		await db.conversations.update(c.id, { sealed: { iv: rowC.sealed.iv, data: data.buffer } });

		expect((await conversations.list()).map((s) => s.title)).toEqual(['Gezin A.']);
		expect(await conversations.get(b.id)).toBeUndefined();
		expect(await conversations.get(c.id)).toBeUndefined();
	});

	it('removing a participant removes their answers and updates progress', async () => {
		const { conversations, answers, db } = fresh();
		const c = await conversations.create(family);
		await answers.save(c.id, 'kid', 'heard', { score: 4 });
		await answers.save(c.id, 'mum', 'heard', { score: 8 });
		expect((await conversations.list())[0]?.progress).toBe(0);
		await conversations.update(c.id, { participants: family.participants.slice(0, 2) });
		expect((await conversations.list())[0]?.progress).toBe(1);
		await conversations.update(c.id, { participants: [family.participants[0]!] });
		const raw = await db.answers.where('conversationId').equals(c.id).toArray();
		expect(raw.map((a) => a.participantId)).toEqual(['kid']);
		expect((await answers.forConversation(c.id)).map((a) => a.score)).toEqual([4]);
	});

	it('a conversation with one damaged answer row still opens with the other answers', async () => {
		const { conversations, answers, db } = fresh();
		const c = await conversations.create(family);
		await answers.save(c.id, 'kid', 'heard', { score: 4 });
		await answers.save(c.id, 'mum', 'heard', { score: 8 });
		const row = (await db.answers.where('conversationId').equals(c.id).toArray()).find(
			(a) => a.participantId === 'mum'
		)!;
		await db.answers.put({ ...row, updatedAt: Number.MAX_SAFE_INTEGER });
		expect(await conversations.get(c.id)).toBeDefined();
		expect((await answers.forConversation(c.id)).map((a) => a.score)).toEqual([4]);
	});

	it('changes the title and keeps it sealed', async () => {
		const { conversations, db } = fresh();
		const c = await conversations.create(family);
		await conversations.update(c.id, { title: 'Familie Boomsma' }, 5000);
		expect(await conversations.get(c.id)).toMatchObject({
			title: 'Familie Boomsma',
			updatedAt: 5000
		});
		expect(await dump(db)).not.toMatch(/Boomsma|Gezin J\./);
		await expect(conversations.update('nope', { title: 'x' })).rejects.toBeInstanceOf(
			MissingRecordError
		);
	});

	it('switching to "om de beurt" keeps open only the elements everyone has scored', async () => {
		const { conversations, answers } = fresh();
		const c = await conversations.create(family);
		for (const p of ['kid', 'mum', 'coach']) await answers.save(c.id, p, 'active', { score: 6 });
		await answers.save(c.id, 'kid', 'safe', { score: 3, worries: 'moe' });
		const next = await conversations.update(c.id, { mode: 'turns' });
		// Veilig zijn: Ans and Eva still answer, in private now.
		expect(next.revealed).toEqual(['active']);
		expect((await conversations.reveal(c.id, 'safe')).revealed).toEqual(['active', 'safe']);
	});

	it('deleting a conversation leaves no row with its id in any table, and keeps the others', async () => {
		const { conversations, answers, plans, db } = fresh();
		const c = await conversations.create(family);
		const other = await conversations.create({ ...family, title: 'Gezin K.' });
		for (const id of [c.id, other.id]) {
			await answers.save(id, 'kid', 'heard', { score: 4, worries: 'Pesten op school' });
			await answers.save(id, 'mum', 'safe', { score: 6 });
			await plans.save({ ...emptyPlan(id, 1), planB: 'Oma bellen' });
		}
		await conversations.delete(c.id);

		expect(await db.conversations.get(c.id)).toBeUndefined();
		expect(await db.answers.where('conversationId').equals(c.id).count()).toBe(0);
		expect(await db.plans.get(c.id)).toBeUndefined();
		expect(await conversations.get(c.id)).toBeUndefined();
		expect((await conversations.list()).map((s) => s.id)).toEqual([other.id]);

		// The other conversation is whole.
		expect(await db.answers.where('conversationId').equals(other.id).count()).toBe(2);
		expect((await answers.forConversation(other.id)).map((a) => a.worries)).toContain(
			'Pesten op school'
		);
		expect((await plans.get(other.id))?.planB).toBe('Oma bellen');
	});
});

describe('AnswerRepo', () => {
	it('merges changes into one answer per participant and element, sealed', async () => {
		const { conversations, answers, db } = fresh();
		const c = await conversations.create(family);
		await answers.save(c.id, 'kid', 'heard', { score: 3 }, 10);
		await answers.save(c.id, 'kid', 'heard', { worries: 'Niemand vraagt het' }, 20);
		const rows = await db.answers.toArray();
		expect(rows).toHaveLength(1);
		expect(Object.keys(rows[0] ?? {}).sort()).toEqual([
			'childId',
			'conversationId',
			'elementId',
			'participantId',
			'sealed',
			'updatedAt'
		]);
		expect(rows[0]).toMatchObject({
			conversationId: c.id,
			participantId: 'kid',
			elementId: 'heard',
			updatedAt: 20
		});
		expect(rawText(rows)).not.toMatch(/Niemand vraagt het|wantsToTalk|score/);
		expect(await answers.forConversation(c.id)).toEqual([
			{
				conversationId: c.id,
				participantId: 'kid',
				childId: 'kid',
				elementId: 'heard',
				score: 3,
				worries: 'Niemand vraagt het',
				strengths: '',
				wishes: '',
				wantsToTalk: false,
				updatedAt: 20
			}
		]);
		expect((await db.conversations.get(c.id))?.updatedAt).toBe(20);
	});

	it('keeps progress: an element counts when all three gave a score', async () => {
		const { conversations, answers } = fresh();
		const c = await conversations.create(family);
		for (const p of ['kid', 'mum', 'coach']) await answers.save(c.id, p, 'safe', { score: 7 });
		await answers.save(c.id, 'kid', 'home', { score: 7 });
		expect((await conversations.list())[0]?.progress).toBe(1);
		await answers.save(c.id, 'kid', 'safe', { score: null });
		expect((await conversations.list())[0]?.progress).toBe(0);
	});

	it.each([
		[{ score: 0 }],
		[{ score: 11 }],
		[{ score: -1 }],
		[{ score: 5.5 }],
		[{ score: '7' }],
		[{ score: Number.NaN }],
		[{ worries: 'x'.repeat(2001) }],
		[{ wantsToTalk: 'ja' }],
		[{ secret: 'x' }]
	])('refuses %j at the boundary and writes nothing', async (patch) => {
		const { conversations, answers, db } = fresh();
		const c = await conversations.create(family);
		await expect(answers.save(c.id, 'kid', 'heard', patch as AnswerPatch)).rejects.toBeInstanceOf(
			ValidationError
		);
		expect(await db.answers.count()).toBe(0);
	});

	it('refuses a note on an unknown element, participant or conversation', async () => {
		const { conversations, answers, db } = fresh();
		const c = await conversations.create(family);
		await expect(
			answers.save(c.id, 'kid', 'happiness' as ElementId, { worries: 'x' })
		).rejects.toBeInstanceOf(ValidationError);
		await expect(answers.save(c.id, 'stranger', 'heard', { score: 5 })).rejects.toBeInstanceOf(
			MissingRecordError
		);
		await expect(answers.save('nope', 'kid', 'heard', { score: 5 })).rejects.toBeInstanceOf(
			MissingRecordError
		);
		expect(await db.answers.count()).toBe(0);
	});
});

describe('AnswerRepo: saving when the page goes away', () => {
	const scored = (id: string, participantId: string, patch: Partial<Answer>): Answer => ({
		...emptyAnswer(id, participantId, 'safe', 0, 'kid'),
		...patch
	});

	it('seals first without writing, then writes the answers and progress in one go', async () => {
		const { conversations, answers, db } = fresh();
		const c = await conversations.create(family, 100);
		const all = [
			scored(c.id, 'kid', { score: 7, worries: 'Bang in het donker' }),
			scored(c.id, 'mum', { score: 6 }),
			scored(c.id, 'coach', { score: 8 })
		];
		const rows = await answers.prepareUrgent(c, all, all, 500);
		// Preparing writes nothing: the normal autosave may still get there first.
		expect(await db.answers.count()).toBe(0);
		expect(rawText(rows)).not.toMatch(/Bang in het donker|Gezin J\./);

		await answers.writeUrgently(rows);
		const stored = await answers.forConversation(c.id);
		expect(stored).toHaveLength(3);
		expect(stored.find((a) => a.participantId === 'kid')).toMatchObject({
			score: 7,
			worries: 'Bang in het donker',
			updatedAt: 500
		});
		expect(await conversations.get(c.id)).toEqual({ ...c, updatedAt: 500 });
		expect((await conversations.list())[0]).toMatchObject({ title: 'Gezin J.', progress: 1 });
		expect(await dump(db)).not.toMatch(/Bang in het donker|Gezin J\./);
	});

	it("does not revert what another tab saved after the page's last keystroke", async () => {
		const { conversations, answers } = fresh();
		const c = await conversations.create(family, 100);
		// This page knew no answer yet and typed "zorgen"; another tab then saved "wat gaat goed".
		const mine = [scored(c.id, 'kid', { worries: 'Van deze tab' })];
		const rows = await answers.prepareUrgent(c, mine, mine, 500, [{ base: null, fields: 4 }]);
		await answers.save(c.id, 'kid', 'safe', { strengths: 'Van de andere tab' }, 600);
		await answers.writeUrgently(rows);
		expect((await answers.forConversation(c.id))[0]).toMatchObject({
			strengths: 'Van de andere tab',
			worries: ''
		});
		// Written only where the stored row is the one it was based on.
		const again = await answers.prepareUrgent(c, mine, mine, 700, [{ base: 600, fields: 4 }]);
		await answers.writeUrgently(again);
		expect((await answers.forConversation(c.id))[0]?.worries).toBe('Van deze tab');
	});

	it('two saves of different fields at the same moment (two tabs) both keep their field', async () => {
		const { conversations, answers } = fresh();
		const c = await conversations.create(family, 100);
		// Both read the answer before either writes: the second must merge onto the first.
		await Promise.all([
			answers.save(c.id, 'kid', 'safe', { strengths: 'Tab een' }, 500),
			answers.save(c.id, 'kid', 'safe', { worries: 'Tab twee' }, 500)
		]);
		expect((await answers.forConversation(c.id))[0]).toMatchObject({
			strengths: 'Tab een',
			worries: 'Tab twee'
		});
	});

	it('gives every write a later time than the version it replaces, whatever the clock', async () => {
		const { conversations, answers } = fresh();
		const c = await conversations.create(family, 100);
		await answers.save(c.id, 'kid', 'safe', { score: 4 }, 900);
		const next = await answers.save(c.id, 'kid', 'safe', { score: 5 }, 800);
		expect(next.updatedAt).toBe(901);
	});

	it('refuses an answer that is out of range before anything is written', async () => {
		const { conversations, answers, db } = fresh();
		const c = await conversations.create(family);
		const bad = [scored(c.id, 'kid', { score: 11 })];
		await expect(answers.prepareUrgent(c, bad, bad, 500)).rejects.toBeInstanceOf(ValidationError);
		expect(await db.answers.count()).toBe(0);
	});

	it('reports a closed database as a rejected promise, never a throw while the page unloads', async () => {
		const { conversations, answers, db } = fresh();
		const c = await conversations.create(family);
		const one = [scored(c.id, 'kid', { score: 5 })];
		const rows = await answers.prepareUrgent(c, one, one, 500);
		db.close();
		let result: Promise<void> | undefined;
		expect(() => (result = answers.writeUrgently(rows))).not.toThrow();
		await expect(result).rejects.toThrow();
		await db.open();
		expect(await db.answers.count()).toBe(0);
	});
});

describe('PlanRepo', () => {
	it('stores a valid plan sealed and refuses an invalid one or one without conversation', async () => {
		const { conversations, plans, db } = fresh();
		const c = await conversations.create(family);
		const plan = { ...emptyPlan(c.id, 1), planB: 'Dan bellen we opa' };
		await plans.save(plan);
		expect(await plans.get(c.id)).toEqual(plan);
		await expect(
			plans.save({ ...plan, evaluationDate: '31-12-2026' } as never)
		).rejects.toBeInstanceOf(ValidationError);
		await expect(plans.save(emptyPlan('nope', 1))).rejects.toBeInstanceOf(MissingRecordError);
		expect(await db.plans.count()).toBe(1);
		const raw = await db.plans.get(c.id);
		expect(Object.keys(raw ?? {}).sort()).toEqual(['conversationId', 'due', 'sealed', 'updatedAt']);
		expect(rawText(raw)).not.toMatch(/Dan bellen we opa|planB|evaluationDate|\d{4}-\d{2}-\d{2}/);
		expect((await plans.get(c.id))?.planB).toBe('Dan bellen we opa');
	});

	it('reports a plan row that does not open as damaged, and keeps it until replaced on purpose', async () => {
		const { conversations, plans, db } = fresh();
		const c = await conversations.create(family);
		await plans.save({ ...emptyPlan(c.id, 1), planB: 'Dan bellen we opa' });
		const row = (await db.plans.get(c.id))!;
		// Other bytes in the sealed data: the row is there but no longer opens.
		const bytes = new Uint8Array(row.sealed.data.byteLength).fill(7);
		await db.plans.put({ ...row, sealed: { iv: row.sealed.iv, data: bytes.buffer } });
		const damaged = await db.plans.get(c.id);
		expect(await plans.read(c.id)).toEqual({ damaged: true });
		expect(await plans.read('nope')).toEqual({ damaged: false });
		await expect(plans.save(emptyPlan(c.id, 2))).rejects.toBeInstanceOf(DamagedRecordError);
		// Nor does a newer plan from the page-leave journal go over it.
		const journalled = await plans.prepareUrgent(emptyPlan(c.id, 9));
		expect(await plans.restoreSealed(journalled)).toBe(false);
		expect(await db.plans.get(c.id)).toEqual(damaged);
		await plans.save(emptyPlan(c.id, 3), { replaceDamaged: true });
		expect(await plans.read(c.id)).toEqual({ plan: emptyPlan(c.id, 3), damaged: false });
	});

	it('a plan row that opens under another id only, or fails validation, is damaged too', async () => {
		const { conversations, plans, db } = fresh();
		const c = await conversations.create(family);
		await plans.save(emptyPlan(c.id, 1));
		const other = await conversations.create(family);
		// A row sealed for another conversation does not open under this one's id.
		await plans.save(emptyPlan(other.id, 1));
		const moved = (await db.plans.get(other.id))!;
		await db.plans.put({ ...moved, conversationId: c.id });
		expect((await plans.read(c.id)).damaged).toBe(true);
		expect((await plans.read(other.id)).damaged).toBe(false);
		// Opens, but what it holds is not a plan.
		const sealed = await seal(cipher.key, { planB: 42 }, `plan:${c.id}`);
		await db.plans.put({ conversationId: c.id, updatedAt: 1, sealed });
		expect(await plans.read(c.id)).toEqual({ damaged: true });
		await expect(plans.save(emptyPlan(c.id, 2))).rejects.toBeInstanceOf(DamagedRecordError);
	});

	it('is deleted with its conversation', async () => {
		const { conversations, plans, db } = fresh();
		const c = await conversations.create(family);
		await plans.save(emptyPlan(c.id, 1));
		await conversations.delete(c.id);
		expect(await db.plans.get(c.id)).toBeUndefined();
		expect(await db.plans.count()).toBe(0);
	});
});

describe('encryption at rest', () => {
	it('nothing a person typed is readable in any table, yet everything reads back', async () => {
		const { conversations, answers, plans, db } = fresh();
		const c = await conversations.create({
			...family,
			title: 'Gezin Vermeulen',
			participants: [
				{ id: 'kid', name: 'Kobus Vermeulen', role: 'child', ageGroup: '8-12' },
				{ id: 'opa', name: 'Opa Hendrik', role: 'network', relation: 'grootvader' }
			]
		});
		await answers.save(c.id, 'kid', 'heard', {
			score: 3,
			strengths: 'Voetbaltrainer luistert',
			worries: 'Slaapt slecht sinds de verhuizing',
			wishes: 'Vaker naar oma',
			wantsToTalk: true
		});
		await plans.save({
			...emptyPlan(c.id, 1),
			planB: 'Buurvrouw Wilhelmina bellen',
			supporters: [{ id: 's1', name: 'Meester Theodoor', relation: 'leerkracht' }]
		});

		expect(await dump(db)).not.toMatch(
			/Vermeulen|Kobus|Hendrik|grootvader|Voetbaltrainer|verhuizing|Vaker naar oma|Wilhelmina|Theodoor|leerkracht/
		);
		expect((await conversations.get(c.id))?.participants.map((p) => p.name)).toEqual([
			'Kobus Vermeulen',
			'Opa Hendrik'
		]);
		expect((await answers.forConversation(c.id))[0]?.worries).toBe(
			'Slaapt slecht sinds de verhuizing'
		);
		expect((await plans.get(c.id))?.supporters[0]?.name).toBe('Meester Theodoor');
	});

	it('another key (another profile, same id) opens none of it', async () => {
		const repos = fresh();
		const c = await repos.conversations.create(family);
		await repos.answers.save(c.id, 'kid', 'heard', { score: 4 });
		await repos.plans.save(emptyPlan(c.id, 1));
		const { key } = await createDataKey('andere-sleutel', { iterations: MIN_ITERATIONS });
		// Even claiming to be the owner does not help without the owner's key.
		const thief = reposFor(repos.db, { profileId: 'p1', key });
		expect(await thief.conversations.list()).toEqual([]);
		expect(await thief.conversations.get(c.id)).toBeUndefined();
		expect(await thief.answers.forConversation(c.id)).toEqual([]);
		expect(await thief.plans.get(c.id)).toBeUndefined();
	});
});

// -------------------------------------------------------------------------------------------
// Databases written by released versions, opened by this one.

const PERSONAL = new Set([
	'title',
	'name',
	'relation',
	'strengths',
	'worries',
	'wishes',
	'text',
	'goal',
	'what',
	'when',
	'planB',
	'safety'
]);

/** Every personal text in a fixture (long enough that random ciphertext cannot contain it). */
function personalStrings(value: unknown, key = ''): string[] {
	if (typeof value === 'string') return PERSONAL.has(key) && value.length >= 5 ? [value] : [];
	if (Array.isArray(value)) return value.flatMap((v) => personalStrings(v, key));
	if (typeof value === 'object' && value !== null) {
		return Object.entries(value).flatMap(([k, v]) => personalStrings(v, k));
	}
	return [];
}

interface Fixture {
	version: number;
	stores: Record<string, string>;
	tables: {
		conversations: (Record<string, unknown> & { id: string })[];
		answers: (Answer & Record<string, unknown>)[];
		plans?: (Record<string, unknown> & { conversationId: string })[];
	};
}

describe('schema fixtures', () => {
	it.each(['v1', 'v2'])(
		'opens the frozen %s database, the first profile adopts and seals it, nothing lost',
		async (version) => {
			const fixture = (await import(`../../../tests/fixtures/db/${version}.json`))
				.default as Fixture;
			const name = `test-fixture-${version}-${++n}`;
			// Write the fixture exactly as that version stored it, with its own schema.
			const old = new Dexie(name);
			old.version(fixture.version).stores(fixture.stores);
			await old.open();
			for (const [table, rows] of Object.entries(fixture.tables)) {
				await old.table(table).bulkAdd(rows as object[]);
			}
			old.close();

			const markers = personalStrings(fixture.tables);
			expect(markers).toContain('Gezin J.');
			expect(markers.length).toBeGreaterThan(5);

			// The current code upgrades the schema; without a key the rows are still as they were.
			const db = createDb(name);
			opened.push(db);
			await db.open();
			expect(db.verno).toBe(MIGRATIONS.at(-1)!.version);
			const before = await dump(db);
			for (const m of markers) expect(before).toContain(m);

			const profiles = new ProfileRepo(db, MIN_ITERATIONS);
			const first = await profiles.create({
				label: 'Coach',
				secret: 'passphrase',
				value: 'eerste wachtwoord'
			});
			expect(first.adopted).toBe(fixture.tables.conversations.length);

			// Sealed now: no personal text left anywhere in the three tables.
			const after = await dump(db);
			for (const m of markers) expect(after, m).not.toContain(m);
			for (const row of await db.conversations.toArray()) {
				expect(row.profileId).toBe(first.profile.id);
				expect(Object.keys(row).sort()).toEqual([
					'createdAt',
					'id',
					'profileId',
					'progress',
					'sealed',
					'updatedAt'
				]);
			}
			for (const row of [...(await db.answers.toArray()), ...(await db.plans.toArray())]) {
				expect(row).toHaveProperty('sealed');
				expect(rawText(row)).not.toMatch(/"score"|"wantsToTalk"|"planB"/);
			}
			expect(await db.answers.count()).toBe(fixture.tables.answers.length);
			expect(await db.plans.count()).toBe(fixture.tables.plans?.length ?? 0);

			// Unlocked again later (a new session), everything means what it meant.
			const unlocked = await profiles.unlock(first.profile.id, 'eerste wachtwoord');
			if (!unlocked.ok) throw new Error('expected the first profile to unlock');
			await expectFixture(reposFor(db, unlocked.cipher), fixture);

			// A second profile on the same device sees none of it.
			const second = await profiles.create({ label: 'Jongere', secret: 'pin', value: '246810' });
			expect(second.adopted).toBe(0);
			const other = reposFor(db, second.cipher);
			expect(await other.conversations.list()).toEqual([]);
			for (const stored of fixture.tables.conversations) {
				expect(await other.conversations.get(stored.id)).toBeUndefined();
				expect(await other.answers.forConversation(stored.id)).toEqual([]);
				expect(await other.plans.get(stored.id)).toBeUndefined();
				await expect(other.conversations.delete(stored.id)).rejects.toBeInstanceOf(
					MissingRecordError
				);
			}
			// ...and creating it took nothing away from the first.
			await expectFixture(reposFor(db, first.cipher), fixture);
		}
	);
});

async function expectFixture(repos: Repos, fixture: Fixture) {
	const list = await repos.conversations.list();
	expect(list.map((c) => c.id).sort()).toEqual(
		fixture.tables.conversations.map((c) => c.id).sort()
	);
	for (const stored of fixture.tables.conversations) {
		const c = await repos.conversations.get(stored.id);
		expect(c).toMatchObject({
			id: stored.id,
			kind: stored.kind,
			title: stored.title,
			mode: stored.mode,
			revealed: stored.revealed,
			createdAt: stored.createdAt,
			updatedAt: stored.updatedAt
		});
		const participants = stored.participants as Record<string, string | undefined>[];
		expect(c?.participants.map((p) => [p.id, p.name, p.role, p.ageGroup, p.relation])).toEqual(
			participants.map((p) => [p.id, p.name, p.role, p.ageGroup, p.relation])
		);
		const answers = await repos.answers.forConversation(stored.id);
		// Each of these conversations has one child: every answer is about that child now.
		const child = String(
			c!.kind === 'self' ? participants[0]!.id : participants.find((p) => p.role === 'child')!.id
		);
		expect(c?.children).toEqual([child]);
		const expected = fixture.tables.answers
			.filter((a) => a.conversationId === stored.id)
			.map((a) => ({ ...a, childId: child }));
		expect(answers).toHaveLength(expected.length);
		for (const a of expected) expect(answers).toContainEqual(a);
		// Progress is recomputed from the answers when the rows are sealed (the v1/v2 value of the
		// self-reflection was stale: Noor had scored one element, it said 0).
		expect(list.find((s) => s.id === stored.id)?.progress).toBe(countDone(c!, expected));
	}
	for (const plan of fixture.tables.plans ?? []) {
		// A focus element made before there was a choice is for the whole family.
		expect(await repos.plans.get(plan.conversationId)).toEqual({
			...plan,
			focus: (plan.focus as object[]).map((f) => ({ ...f, childId: null }))
		});
	}
}
