import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepos, MissingRecordError, ValidationError, type Repos } from './index';
import type { AnswerPatch } from '$lib/domain/answer';
import type { ElementId } from '$lib/domain/elements';
import { emptyPlan } from '$lib/domain/plan';

let n = 0;
const opened: Repos[] = [];

function fresh(): Repos {
	const repos = createRepos(`test-repos-${++n}`);
	opened.push(repos);
	return repos;
}

afterEach(async () => {
	for (const r of opened.splice(0)) await r.db.delete();
});

const family = {
	kind: 'family' as const,
	title: '  Gezin J.  ',
	mode: 'open' as const,
	revealed: [],
	participants: [
		{ id: 'kid', name: 'Sam', role: 'child' as const, ageGroup: '8-12' as const },
		{ id: 'mum', name: 'Ans', role: 'parent' as const },
		{ id: 'coach', name: 'Eva', role: 'coach' as const }
	]
};

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

	it('stores exactly the fields of the domain: no extra personal data sneaks in', async () => {
		const { conversations, db } = fresh();
		const c = await conversations.create({
			...family,
			participants: [
				{ ...family.participants[0]!, surname: 'Jansen', birthDate: '2015-03-01' } as never
			]
		});
		const raw = await db.conversations.get(c.id);
		expect(JSON.stringify(raw)).not.toMatch(/Jansen|2015-03-01/);
		expect(raw?.title).toBe('Gezin J.');
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
	});

	it('marks already answered elements as revealed when switching to "om de beurt"', async () => {
		const { conversations, answers } = fresh();
		const c = await conversations.create(family);
		await answers.save(c.id, 'kid', 'active', { worries: 'moe' });
		const next = await conversations.update(c.id, { mode: 'turns' });
		expect(next.revealed).toEqual(['active']);
		expect((await conversations.reveal(c.id, 'safe')).revealed).toEqual(['active', 'safe']);
	});

	it('deleting a conversation deletes its answers', async () => {
		const { conversations, answers, db } = fresh();
		const c = await conversations.create(family);
		await answers.save(c.id, 'kid', 'heard', { score: 4 });
		await conversations.delete(c.id);
		expect(await db.conversations.count()).toBe(0);
		expect(await db.answers.count()).toBe(0);
		expect(await conversations.get(c.id)).toBeUndefined();
	});
});

describe('AnswerRepo', () => {
	it('merges changes into one answer per participant and element', async () => {
		const { conversations, answers, db } = fresh();
		const c = await conversations.create(family);
		await answers.save(c.id, 'kid', 'heard', { score: 3 }, 10);
		await answers.save(c.id, 'kid', 'heard', { worries: 'Niemand vraagt het' }, 20);
		const rows = await db.answers.toArray();
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			conversationId: c.id,
			participantId: 'kid',
			elementId: 'heard',
			score: 3,
			worries: 'Niemand vraagt het',
			strengths: '',
			wantsToTalk: false,
			updatedAt: 20
		});
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

describe('PlanRepo', () => {
	it('stores a valid plan and refuses an invalid one or one without conversation', async () => {
		const { conversations, plans, db } = fresh();
		const c = await conversations.create(family);
		const plan = { ...emptyPlan(c.id, 1), planB: 'Dan bellen we opa' };
		await plans.save(plan);
		expect(await plans.get(c.id)).toEqual(plan);
		await expect(
			plans.save({ ...plan, evaluationDate: '31-12-2026' } as never)
		).rejects.toBeInstanceOf(ValidationError);
		await expect(plans.save(emptyPlan('nope', 1))).rejects.toBeInstanceOf(MissingRecordError);
		expect((await db.plans.get(c.id))?.planB).toBe('Dan bellen we opa');
		expect(await db.plans.count()).toBe(1);
	});

	it('is deleted with its conversation', async () => {
		const { conversations, plans, db } = fresh();
		const c = await conversations.create(family);
		await plans.save(emptyPlan(c.id, 1));
		await conversations.delete(c.id);
		expect(await db.plans.count()).toBe(0);
	});
});

describe('schema fixtures', () => {
	it.each(['v1', 'v2'])(
		'opens the frozen %s database with the current code, nothing lost',
		async (version) => {
			const fixture = (await import(`../../../tests/fixtures/db/${version}.json`)).default;
			const name = `test-fixture-${version}-${++n}`;
			// Write the fixture exactly as that version stored it, with its own schema.
			const old = new Dexie(name);
			old.version(fixture.version).stores(fixture.stores);
			await old.open();
			for (const [table, rows] of Object.entries(fixture.tables)) {
				await old.table(table).bulkAdd(rows as object[]);
			}
			old.close();

			const repos = createRepos(name);
			opened.push(repos);
			const list = await repos.conversations.list();
			expect(list.map((c) => c.id).sort()).toEqual(
				fixture.tables.conversations.map((c: { id: string }) => c.id).sort()
			);
			for (const stored of fixture.tables.conversations) {
				const c = await repos.conversations.get(stored.id);
				expect(c).toMatchObject({
					id: stored.id,
					kind: stored.kind,
					title: stored.title,
					mode: stored.mode,
					revealed: stored.revealed
				});
				expect(c?.participants.map((p) => [p.id, p.name, p.role, p.ageGroup, p.relation])).toEqual(
					stored.participants.map((p: Record<string, string | undefined>) => [
						p.id,
						p.name,
						p.role,
						p.ageGroup,
						p.relation
					])
				);
				const answers = await repos.answers.forConversation(stored.id);
				const expected = fixture.tables.answers.filter(
					(a: { conversationId: string }) => a.conversationId === stored.id
				);
				expect(answers).toHaveLength(expected.length);
				for (const a of expected) expect(answers).toContainEqual(a);
			}
			for (const plan of fixture.tables.plans ?? []) {
				expect(await repos.plans.get(plan.conversationId)).toEqual(plan);
			}
		}
	);
});
