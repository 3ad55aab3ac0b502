import { afterEach, describe, expect, it } from 'vitest';
import type { KansDb } from './db';
import { MissingRecordError, ValidationError } from './index';
import { createRepos, type TestRepos } from './repos';
import { createDataKey, MIN_ITERATIONS } from '$lib/platform/crypto';
import { testCipher as cipher } from '$test/test-key';

let n = 0;
const opened: KansDb[] = [];

function fresh(name = `test-child-voices-${++n}`, c = cipher): TestRepos {
	const repos = createRepos(name, c);
	opened.push(repos.db);
	return repos;
}

afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

const family = {
	kind: 'family' as const,
	title: 'Gezin J.',
	mode: 'open' as const,
	participants: [
		{ id: 'kid', name: 'Noor', role: 'child' as const, ageGroup: '8-12' as const },
		{ id: 'mum', name: 'Sanne', role: 'parent' as const }
	]
};

/** Every stored byte of the table as text, blobs decoded: plaintext anywhere would show here. */
async function rawText(db: KansDb): Promise<string> {
	const decoder = new TextDecoder();
	return JSON.stringify(await db.childVoices.toArray(), (_k, v: unknown) =>
		ArrayBuffer.isView(v)
			? decoder.decode(v)
			: Object.prototype.toString.call(v) === '[object ArrayBuffer]'
				? decoder.decode(v as ArrayBuffer)
				: v
	);
}

describe("the child's voice in storage", () => {
	it('is stored sealed, one row per child, and read back whole', async () => {
		const repos = fresh();
		const c = await repos.conversations.create(family);
		await repos.childVoices.give(
			{ conversationId: c.id, childId: 'kid', answers: { heard: 2, important: 4, overall: 5 } },
			1_000
		);
		expect(await repos.childVoices.forConversations([c.id])).toEqual([
			{
				conversationId: c.id,
				childId: 'kid',
				answers: { heard: 2, important: 4, overall: 5 },
				updatedAt: 1_000
			}
		]);
		const rows = await repos.db.childVoices.toArray();
		expect(rows).toHaveLength(1);
		expect(Object.keys(rows[0]!).sort()).toEqual([
			'childId',
			'conversationId',
			'sealed',
			'updatedAt'
		]);
		const raw = await rawText(repos.db);
		expect(raw).not.toMatch(/heard|important|overall|answers/);
		// Nothing a family screen reads holds it.
		expect(await repos.answers.forConversation(c.id)).toEqual([]);
		expect(await repos.plans.get(c.id)).toBeUndefined();
	});

	it('replaces earlier answers when the child answers again; no face at all stores nothing', async () => {
		const repos = fresh();
		const c = await repos.conversations.create(family);
		const base = { conversationId: c.id, childId: 'kid' };
		await repos.childVoices.give({ ...base, answers: { heard: 1 } }, 1_000);
		await repos.childVoices.give({ ...base, answers: { heard: 5, overall: 3 } }, 2_000);
		expect(await repos.childVoices.give({ ...base, answers: {} }, 3_000)).toBeUndefined();
		const [voice] = await repos.childVoices.forConversations([c.id]);
		expect(voice).toMatchObject({
			answers: { heard: 5, important: null, overall: 3 },
			updatedAt: 2_000
		});
		expect(await repos.db.childVoices.count()).toBe(1);
	});

	it('refuses an adult, an unknown child, a face out of range and another profile’s conversation', async () => {
		const name = `test-child-voices-${++n}`;
		const repos = fresh(name);
		const c = await repos.conversations.create(family);
		const base = { conversationId: c.id, answers: { heard: 3 } };
		await expect(repos.childVoices.give({ ...base, childId: 'mum' })).rejects.toThrow(
			ValidationError
		);
		await expect(repos.childVoices.give({ ...base, childId: 'stranger' })).rejects.toThrow(
			ValidationError
		);
		await expect(
			repos.childVoices.give({ ...base, childId: 'kid', answers: { heard: 6 } })
		).rejects.toThrow(ValidationError);
		await expect(
			repos.childVoices.give({ ...base, conversationId: 'nope', childId: 'kid' })
		).rejects.toThrow(MissingRecordError);

		const other = {
			profileId: 'p2',
			key: (await createDataKey('other', { iterations: MIN_ITERATIONS })).key
		};
		const theirs = fresh(name, other);
		await repos.childVoices.give({ ...base, childId: 'kid' });
		expect(await theirs.childVoices.forConversations([c.id])).toEqual([]);
		await expect(theirs.childVoices.give({ ...base, childId: 'kid' })).rejects.toThrow(
			MissingRecordError
		);
	});

	it('goes with its conversation when that is deleted', async () => {
		const repos = fresh();
		const c = await repos.conversations.create(family);
		await repos.childVoices.give({ conversationId: c.id, childId: 'kid', answers: { overall: 4 } });
		await repos.conversations.delete(c.id);
		expect(await repos.db.childVoices.count()).toBe(0);
	});
});
