import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '$test/memory-storage';
import { makeCipher } from '$test/test-key';
import { emptyAnswer, type Answer } from '$lib/domain/answer';
import type { Conversation } from '$lib/domain/conversation';
import type { ElementId } from '$lib/domain/elements';
import { fromBase64, toBase64 } from '$lib/platform/crypto';
import type { AnswerRow } from './db';
import { createDb, type KansDb } from './db';
import { reposFor, type Repos } from './repos';
import { fieldBits } from './answers';
import {
	clearJournal,
	forgetEntry,
	forgetInJournal,
	JOURNAL_KEY,
	journalFor,
	replayJournal,
	writeJournal
} from './journal';

// Two profiles on one device, keys made once (cheap PBKDF2).
const noor = await makeCipher('p-noor', 'noor-geheim');
const coach = await makeCipher('p-coach', 'coach-geheim');

let db: KansDb | undefined;
afterEach(async () => {
	await db?.delete();
	db = undefined;
});

async function setup() {
	db = createDb(`journal-${Math.random()}`);
	const repos = reposFor(db, noor);
	const c = await repos.conversations.create(
		{
			kind: 'self',
			title: 'Mijn cirkel',
			mode: 'open',
			revealed: [],
			participants: [{ id: 'me', name: 'Noor Bakker', role: 'child', ageGroup: '12-18' }]
		},
		100
	);
	return { repos, c, storage: new MemoryStorage() };
}

async function otherProfile(database: KansDb) {
	const repos = reposFor(database, coach);
	const c = await repos.conversations.create(
		{
			kind: 'family',
			title: 'Gezin Dekker',
			mode: 'open',
			revealed: [],
			participants: [{ id: 'kid', name: 'Daan Dekker', role: 'child', ageGroup: '8-12' }]
		},
		100
	);
	return { repos, c };
}

/** What the session seals as the page goes away: the unsaved answer, as a sealed row. */
async function sealed(
	repos: Repos,
	c: Conversation,
	participantId: string,
	elementId: ElementId,
	patch: Partial<Answer>,
	at: number
): Promise<AnswerRow[]> {
	const answer = { ...emptyAnswer(c.id, participantId, elementId, at), ...patch };
	return (await repos.answers.prepareUrgent(c, [answer], [answer], at)).answers;
}

function entries(storage: Storage): Record<string, unknown>[] {
	return JSON.parse(storage.getItem(JOURNAL_KEY) ?? '[]');
}

describe('unsaved-changes journal', () => {
	it('restores what was typed just before the page went away, then forgets it', async () => {
		const { repos, c, storage } = await setup();
		const rows = await sealed(
			repos,
			c,
			'me',
			'heard',
			{ strengths: 'Mijn mentor luistert', score: 7 },
			5000
		);
		writeJournal(storage, noor.profileId, rows);
		expect(entries(storage)).toHaveLength(1);
		expect(await db!.answers.count()).toBe(0);

		expect(await replayJournal(repos, storage)).toBe(1);
		expect(await repos.answers.forConversation(c.id)).toMatchObject([
			{ elementId: 'heard', strengths: 'Mijn mentor luistert', score: 7, updatedAt: 5000 }
		]);
		expect((await repos.conversations.list())[0]?.progress).toBe(1);
		expect(storage.getItem(JOURNAL_KEY)).toBeNull();
	});

	it('keeps no personal text in localStorage: only ids, times and ciphertext', async () => {
		const { repos, c, storage } = await setup();
		writeJournal(
			storage,
			noor.profileId,
			await sealed(
				repos,
				c,
				'me',
				'safe',
				{ worries: 'Ik word gepest in de bus', wishes: 'Fietsen met Femke', score: 3 },
				5000
			)
		);
		const text = storage.getItem(JOURNAL_KEY) ?? '';
		expect(text).toContain(c.id);
		expect(text).not.toMatch(/gepest|Femke|Noor|Bakker|Mijn cirkel|worries|score/);
		// Not even inside the base64: the payload is ciphertext.
		for (const e of entries(storage)) {
			expect(Object.keys(e).sort()).toEqual([
				'childId',
				'conversationId',
				'data',
				'elementId',
				'iv',
				'participantId',
				'profileId',
				'updatedAt'
			]);
			const bytes = new TextDecoder().decode(fromBase64(e.data as string));
			expect(bytes).not.toMatch(/gepest|Femke/);
		}
	});

	it('keeps only the newest entry per answer', async () => {
		const { repos, c, storage } = await setup();
		writeJournal(
			storage,
			noor.profileId,
			await sealed(repos, c, 'me', 'heard', { strengths: 'eerst' }, 5000)
		);
		writeJournal(
			storage,
			noor.profileId,
			await sealed(repos, c, 'me', 'heard', { strengths: 'daarna' }, 6000)
		);
		expect(entries(storage)).toHaveLength(1);
		expect(await replayJournal(repos, storage)).toBe(1);
		expect((await repos.answers.forConversation(c.id))[0]?.strengths).toBe('daarna');
	});

	it('never overwrites a newer stored answer', async () => {
		const { repos, c, storage } = await setup();
		await repos.answers.save(c.id, 'me', 'heard', { strengths: 'nieuwer' }, 2000);
		writeJournal(
			storage,
			noor.profileId,
			await sealed(repos, c, 'me', 'heard', { strengths: 'ouder' }, 1000)
		);
		expect(await replayJournal(repos, storage)).toBe(0);
		expect((await repos.answers.forConversation(c.id))[0]?.strengths).toBe('nieuwer');
		expect(storage.getItem(JOURNAL_KEY)).toBeNull();
	});

	it.each([
		['not JSON', '{oops'],
		['wrong shape', '{"a":1}'],
		[
			// What the previous, unencrypted version of the app left behind: plaintext notes.
			'a plaintext journal of the previous version',
			'[{"conversationId":"x","participantId":"me","elementId":"heard","patch":{"worries":"oud geheim"},"at":1}]'
		],
		[
			'entry without ciphertext',
			'[{"profileId":"p-noor","conversationId":"x","participantId":"me","elementId":"heard","updatedAt":1}]'
		],
		[
			'ciphertext that is not base64',
			'[{"profileId":"p-noor","conversationId":"x","participantId":"me","elementId":"heard","updatedAt":1,"iv":"!!","data":"??"}]'
		],
		[
			'ciphertext that is no sealed value',
			'[{"profileId":"p-noor","conversationId":"x","participantId":"me","elementId":"heard","updatedAt":1,"iv":"AAAA","data":"AAAA"}]'
		]
	])('drops a broken journal (%s) without writing anything', async (_name, raw) => {
		const { repos, storage } = await setup();
		storage.setItem(JOURNAL_KEY, raw);
		expect(await replayJournal(repos, storage)).toBe(0);
		expect(await db!.answers.count()).toBe(0);
		expect(storage.getItem(JOURNAL_KEY)).toBeNull();
	});

	it('drops an entry with one flipped byte without writing, and still replays the intact one', async () => {
		const { repos, c, storage } = await setup();
		writeJournal(storage, noor.profileId, [
			...(await sealed(repos, c, 'me', 'heard', { worries: 'beschadigd' }, 5000)),
			...(await sealed(repos, c, 'me', 'safe', { worries: 'heel' }, 5000))
		]);
		const [broken, intact] = entries(storage);
		const bytes = fromBase64(broken!.data as string);
		bytes[bytes.length - 1]! ^= 0x01;
		storage.setItem(JOURNAL_KEY, JSON.stringify([{ ...broken, data: toBase64(bytes) }, intact]));

		expect(await replayJournal(repos, storage)).toBe(1);
		expect(
			(await repos.answers.forConversation(c.id)).map((a) => [a.elementId, a.worries])
		).toEqual([['safe', 'heel']]);
		expect(await db!.answers.get([c.id, 'me', 'heard'])).toBeUndefined();
		expect(storage.getItem(JOURNAL_KEY)).toBeNull();
	});

	it('skips entries of deleted conversations', async () => {
		const { repos, c, storage } = await setup();
		const rows = await sealed(repos, c, 'me', 'safe', { worries: 'x' }, 5000);
		await repos.conversations.delete(c.id);
		writeJournal(storage, noor.profileId, rows);
		expect(await replayJournal(repos, storage)).toBe(0);
		expect(await db!.answers.count()).toBe(0);
		expect(await db!.conversations.count()).toBe(0);
	});
});

describe('journal while storage fails, and with two tabs', () => {
	it('keeps an entry whose write fails (device full) until a later write succeeds', async () => {
		const { repos, c, storage } = await setup();
		writeJournal(
			storage,
			noor.profileId,
			await sealed(repos, c, 'me', 'heard', { worries: 'Niet kwijtraken' }, 5000)
		);
		const save = vi
			.spyOn(repos.answers, 'save')
			.mockRejectedValue(new DOMException('Het apparaat is vol', 'QuotaExceededError'));
		expect(await replayJournal(repos, storage)).toBe(0);
		// Not stored, so not forgotten: the open conversation shows it and keeps trying.
		expect(entries(storage)).toHaveLength(1);
		expect(await journalFor(repos, storage, c.id)).toEqual([
			{
				participantId: 'me',
				// Sealed without a child (as before answers were per child): filled in, and the
				// entry still named as it is, to forget it once stored.
				childId: 'me',
				elementId: 'heard',
				entryChildId: '',
				updatedAt: 5000,
				patch: expect.objectContaining({ worries: 'Niet kwijtraken' })
			}
		]);
		save.mockRestore();
		expect(await replayJournal(repos, storage)).toBe(1);
		expect((await repos.answers.forConversation(c.id))[0]?.worries).toBe('Niet kwijtraken');
		expect(storage.getItem(JOURNAL_KEY)).toBeNull();
		expect(await journalFor(repos, storage, c.id)).toEqual([]);
	});

	it("writes only the fields the closing tab changed, keeping another tab's newer field", async () => {
		const { repos, c, storage } = await setup();
		// Tab A typed "zorgen" and closed; tab B had saved "wat gaat goed" just before.
		const [row] = await sealed(repos, c, 'me', 'heard', { worries: 'Van tab A' }, 5000);
		writeJournal(storage, noor.profileId, [{ ...row!, fields: fieldBits(['worries']) }]);
		await repos.answers.save(c.id, 'me', 'heard', { strengths: 'Van tab B' }, 5100);
		expect(await replayJournal(repos, storage)).toBe(1);
		expect((await repos.answers.forConversation(c.id))[0]).toMatchObject({
			strengths: 'Van tab B',
			worries: 'Van tab A'
		});
		expect(storage.getItem(JOURNAL_KEY)).toBeNull();
	});

	it('forgetEntry removes an entry once stored, but not a newer one for the same answer', async () => {
		const { repos, c, storage } = await setup();
		const [older] = await sealed(repos, c, 'me', 'heard', { worries: 'a' }, 5000);
		const [newer] = await sealed(repos, c, 'me', 'heard', { worries: 'ab' }, 6000);
		writeJournal(storage, noor.profileId, [newer!]);
		forgetEntry(storage, noor.profileId, older!);
		expect(entries(storage)).toHaveLength(1);
		forgetEntry(storage, noor.profileId, newer!);
		expect(storage.getItem(JOURNAL_KEY)).toBeNull();
	});
});

describe('journal with several profiles', () => {
	it("replays into the unlocked profile only and keeps another profile's entries for later", async () => {
		const { repos, c, storage } = await setup();
		const other = await otherProfile(db!);
		writeJournal(
			storage,
			noor.profileId,
			await sealed(repos, c, 'me', 'heard', { strengths: 'van Noor' }, 5000)
		);
		writeJournal(
			storage,
			coach.profileId,
			await sealed(other.repos, other.c, 'kid', 'home', { worries: 'van de coach' }, 5000)
		);
		const coachEntry = entries(storage).find((e) => e.profileId === coach.profileId);

		// Noor unlocks: her answer is restored; the coach's entry is neither written nor dropped.
		expect(await replayJournal(repos, storage)).toBe(1);
		expect((await repos.answers.forConversation(c.id))[0]?.strengths).toBe('van Noor');
		expect(await db!.answers.where('conversationId').equals(other.c.id).count()).toBe(0);
		expect(entries(storage)).toEqual([coachEntry]);

		// Later the coach unlocks on the same device.
		expect(await replayJournal(other.repos, storage)).toBe(1);
		expect((await other.repos.answers.forConversation(other.c.id))[0]?.worries).toBe(
			'van de coach'
		);
		expect(storage.getItem(JOURNAL_KEY)).toBeNull();
		// And neither sees the other's answer.
		expect(await repos.answers.forConversation(other.c.id)).toEqual([]);
		expect(await other.repos.answers.forConversation(c.id)).toEqual([]);
	});

	it("an entry relabelled as another profile's does not open and writes nothing", async () => {
		const { repos, c, storage } = await setup();
		const other = await otherProfile(db!);
		// The coach's sealed answer, moved under Noor's profile id (and even into her conversation).
		const [row] = await sealed(other.repos, other.c, 'kid', 'home', { worries: 'verhuisd' }, 5000);
		writeJournal(storage, noor.profileId, [{ ...row!, conversationId: c.id, participantId: 'me' }]);
		writeJournal(storage, noor.profileId, [row!]);
		expect(await replayJournal(repos, storage)).toBe(0);
		expect(await db!.answers.count()).toBe(0);
		expect(storage.getItem(JOURNAL_KEY)).toBeNull();
	});

	it("an entry sealed by this profile for another profile's conversation writes nothing there", async () => {
		const { repos, storage } = await setup();
		const other = await otherProfile(db!);
		// Sealed with Noor's key but aimed at the coach's conversation id.
		const [row] = await sealed(repos, other.c, 'kid', 'home', { worries: 'ingebroken' }, 5000);
		writeJournal(storage, noor.profileId, [row!]);
		expect(await replayJournal(repos, storage)).toBe(0);
		expect(await db!.answers.count()).toBe(0);
		expect(await other.repos.answers.forConversation(other.c.id)).toEqual([]);
	});

	it('clearJournal forgets one profile or all; forgetInJournal drops one conversation', async () => {
		const { repos, c, storage } = await setup();
		const other = await otherProfile(db!);
		const noorRows = [
			...(await sealed(repos, c, 'me', 'heard', { strengths: 'a' }, 5000)),
			...(await sealed(repos, c, 'me', 'safe', { strengths: 'b' }, 5000))
		];
		const coachRows = await sealed(other.repos, other.c, 'kid', 'home', { worries: 'c' }, 5000);
		writeJournal(storage, noor.profileId, noorRows);
		writeJournal(storage, coach.profileId, coachRows);
		expect(entries(storage)).toHaveLength(3);

		forgetInJournal(storage, c.id);
		expect(entries(storage).map((e) => e.conversationId)).toEqual([other.c.id]);
		forgetInJournal(storage, 'unknown');
		expect(entries(storage)).toHaveLength(1);

		writeJournal(storage, noor.profileId, noorRows);
		clearJournal(storage, coach.profileId);
		expect(entries(storage).map((e) => e.profileId)).toEqual([noor.profileId, noor.profileId]);
		clearJournal(storage, noor.profileId);
		expect(storage.getItem(JOURNAL_KEY)).toBeNull();

		writeJournal(storage, noor.profileId, noorRows);
		writeJournal(storage, coach.profileId, coachRows);
		clearJournal(storage);
		expect(storage.getItem(JOURNAL_KEY)).toBeNull();
	});
});
