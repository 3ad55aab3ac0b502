import { afterEach, describe, expect, it } from 'vitest';
import { createRepos, type Repos } from './index';
import { JOURNAL_KEY, replayJournal, writeJournal } from './journal';

class MemoryStorage implements Storage {
	#map = new Map<string, string>();
	get length() {
		return this.#map.size;
	}
	clear() {
		this.#map.clear();
	}
	getItem(k: string) {
		return this.#map.get(k) ?? null;
	}
	key(i: number) {
		return [...this.#map.keys()][i] ?? null;
	}
	removeItem(k: string) {
		this.#map.delete(k);
	}
	setItem(k: string, v: string) {
		this.#map.set(k, v);
	}
}

let repos: Repos | undefined;
afterEach(async () => {
	await repos?.db.delete();
});

async function setup() {
	repos = createRepos(`journal-${Math.random()}`);
	const c = await repos.conversations.create({
		kind: 'self',
		title: 'Mijn cirkel',
		mode: 'open',
		revealed: [],
		participants: [{ id: 'me', name: 'Noor', role: 'child', ageGroup: '12-18' }]
	});
	return { repos, c, storage: new MemoryStorage() };
}

describe('unsaved-changes journal', () => {
	it('restores what was typed just before the page went away, then forgets it', async () => {
		const { repos, c, storage } = await setup();
		writeJournal(storage, [
			{
				conversationId: c.id,
				participantId: 'me',
				elementId: 'heard',
				patch: { strengths: 'Mijn mentor luistert', score: 7 },
				at: Date.now() + 10
			}
		]);
		expect(await replayJournal(repos, storage)).toBe(1);
		expect(await repos.answers.forConversation(c.id)).toMatchObject([
			{ elementId: 'heard', strengths: 'Mijn mentor luistert', score: 7 }
		]);
		expect(storage.getItem(JOURNAL_KEY)).toBeNull();
	});

	it('never overwrites a newer stored answer', async () => {
		const { repos, c, storage } = await setup();
		await repos.answers.save(c.id, 'me', 'heard', { strengths: 'nieuwer' }, 2000);
		writeJournal(storage, [
			{
				conversationId: c.id,
				participantId: 'me',
				elementId: 'heard',
				patch: { strengths: 'ouder' },
				at: 1000
			}
		]);
		expect(await replayJournal(repos, storage)).toBe(0);
		expect((await repos.answers.forConversation(c.id))[0]?.strengths).toBe('nieuwer');
	});

	it.each([
		['not JSON', '{oops'],
		['wrong shape', '{"a":1}'],
		[
			'score out of range',
			'[{"conversationId":"x","participantId":"me","elementId":"heard","patch":{"score":11},"at":1}]'
		],
		[
			'unknown element',
			'[{"conversationId":"x","participantId":"me","elementId":"luck","patch":{},"at":1}]'
		]
	])('drops a broken journal (%s) without writing anything', async (_name, raw) => {
		const { repos, storage } = await setup();
		storage.setItem(JOURNAL_KEY, raw);
		expect(await replayJournal(repos, storage)).toBe(0);
		expect(await repos.db.answers.count()).toBe(0);
		expect(storage.getItem(JOURNAL_KEY)).toBeNull();
	});

	it('skips entries of deleted conversations', async () => {
		const { repos, storage } = await setup();
		writeJournal(storage, [
			{
				conversationId: 'gone',
				participantId: 'me',
				elementId: 'safe',
				patch: { worries: 'x' },
				at: 5
			}
		]);
		expect(await replayJournal(repos, storage)).toBe(0);
		expect(await repos.db.answers.count()).toBe(0);
	});
});
