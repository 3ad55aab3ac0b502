import { afterEach, describe, expect, it } from 'vitest';
import type { KansDb } from './db';
import { MissingRecordError, ValidationError } from './index';
import { createRepos, type TestRepos } from './repos';
import { createDataKey, MIN_ITERATIONS } from '$lib/platform/crypto';
import { testCipher as cipher } from '$test/test-key';

let n = 0;
const opened: KansDb[] = [];

function fresh(name = `test-coach-notes-${++n}`, c = cipher): TestRepos {
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
	mode: 'turns' as const,
	participants: [
		{ id: 'kid', name: 'Noor', role: 'child' as const, ageGroup: '8-12' as const },
		{ id: 'mum', name: 'Sanne', role: 'parent' as const }
	]
};

/** Every stored byte as text, blobs decoded: plaintext anywhere would show here. */
async function rawText(db: KansDb): Promise<string> {
	const decoder = new TextDecoder();
	return JSON.stringify(await db.coachNotes.toArray(), (_k, v: unknown) =>
		ArrayBuffer.isView(v)
			? decoder.decode(v)
			: Object.prototype.toString.call(v) === '[object ArrayBuffer]'
				? decoder.decode(v as ArrayBuffer)
				: v
	);
}

describe('coach notes', () => {
	it('stores a note sealed and reads it back with who wrote it, where and when', async () => {
		const repos = fresh();
		const c = await repos.conversations.create(family);
		await repos.coachNotes.add(
			{ conversationId: c.id, participantId: 'kid', elementId: 'safe', text: 'GEHEIM-COACH' },
			1_000
		);
		const notes = await repos.coachNotes.forConversation(c.id);
		expect(notes).toEqual([
			expect.objectContaining({
				participantId: 'kid',
				elementId: 'safe',
				text: 'GEHEIM-COACH',
				createdAt: 1_000
			})
		]);
		const raw = await rawText(repos.db);
		expect(raw).not.toContain('GEHEIM-COACH');
		expect(raw).not.toContain('kid');
		// Answers, the place every family screen reads, hold nothing of it.
		expect(await repos.answers.forConversation(c.id)).toEqual([]);
	});

	it('refuses an empty note, an unknown participant and another profile’s conversation', async () => {
		const repos = fresh();
		const c = await repos.conversations.create(family);
		const base = { conversationId: c.id, participantId: 'kid', elementId: null };
		await expect(repos.coachNotes.add({ ...base, text: '   ' })).rejects.toThrow(ValidationError);
		await expect(
			repos.coachNotes.add({ ...base, participantId: 'stranger', text: 'x' })
		).rejects.toThrow(ValidationError);
		await expect(
			repos.coachNotes.add({ ...base, conversationId: 'nope', text: 'x' })
		).rejects.toThrow(MissingRecordError);

		const other = {
			profileId: 'p2',
			key: (await createDataKey('other', { iterations: MIN_ITERATIONS })).key
		};
		const name = `test-coach-notes-${++n}`;
		const mine = fresh(name);
		const theirs = fresh(name, other);
		const conv = await mine.conversations.create(family);
		await mine.coachNotes.add({ ...base, conversationId: conv.id, text: 'voor de coach' });
		expect(await theirs.coachNotes.forConversation(conv.id)).toEqual([]);
		await expect(
			theirs.coachNotes.add({ ...base, conversationId: conv.id, text: 'x' })
		).rejects.toThrow(MissingRecordError);
	});

	it('goes with its conversation when that is deleted', async () => {
		const repos = fresh();
		const c = await repos.conversations.create(family);
		await repos.coachNotes.add({
			conversationId: c.id,
			participantId: 'kid',
			elementId: null,
			text: 'weg'
		});
		await repos.conversations.delete(c.id);
		expect(await repos.db.coachNotes.count()).toBe(0);
	});
});
