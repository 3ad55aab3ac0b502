import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Database } from '$lib/db';
import { fieldBits } from '$lib/db/answers';
import { JOURNAL_KEY, writeJournal } from '$lib/db/journal';
import { emptyAnswer } from '$lib/domain/answer';
import { rawExport } from '$lib/db/raw-export';
import type { Conversation } from '$lib/domain/conversation';
import { emptyPlan } from '$lib/domain/plan';
import { ConversationSession, deleteConversation } from './conversation.svelte';
import { getRepos, useRepos } from './repos';
import { LockedError } from './vault.svelte';
import { testCipher as cipher } from '$test/test-key';

let database: Database | undefined;
let stop: (() => void) | undefined;

beforeEach(() => localStorage.removeItem(JOURNAL_KEY));
afterEach(async () => {
	stop?.();
	stop = undefined;
	useRepos(undefined);
	vi.restoreAllMocks();
	localStorage.removeItem(JOURNAL_KEY);
	await database?.wipe();
	database = undefined;
});

/** The stored rows, read with plain IndexedDB, as they are on disk. */
async function stored() {
	const { stores } = await rawExport(database!.name);
	const { childAnswers, ...rest } = stores as Record<string, Record<string, unknown>[]>;
	// Answers are in the store keyed per child since schema v4.
	return { ...rest, answers: childAnswers ?? [] } as Record<
		'conversations' | 'answers' | 'plans',
		Record<string, unknown>[]
	>;
}

/** Stored rows as text, binary decoded as UTF-8: plaintext anywhere would show. */
async function rawText(): Promise<string> {
	const decoder = new TextDecoder();
	const { conversations, answers, plans } = await stored();
	const rows = { conversations, answers, plans };
	return JSON.stringify(rows, (_key, value: unknown) =>
		Object.prototype.toString.call(value) === '[object ArrayBuffer]'
			? decoder.decode(value as ArrayBuffer)
			: ArrayBuffer.isView(value)
				? decoder.decode(value)
				: value
	);
}

async function open(title = 'Gezin Wouters') {
	database = openDatabase(`session-${Date.now()}-${Math.random()}`);
	const repos = database.reposFor(cipher);
	useRepos(repos);
	const c = await repos.conversations.create({
		kind: 'family',
		title,
		mode: 'open',
		revealed: [],
		participants: [
			{ id: 'kid', name: 'Jorien Wouters', role: 'child', ageGroup: '8-12' },
			{ id: 'mum', name: 'Marleen', role: 'parent' }
		]
	});
	let session!: ConversationSession;
	stop = $effect.root(() => {
		session = new ConversationSession(() => c.id);
	});
	await vi.waitFor(() => expect(session.conversation?.title).toBe(title));
	return { r: repos, c, session };
}

/** Waits until the session has sealed the latest edit for an urgent save. */
async function sealedFor(spy: { mock: { results: { value: unknown }[] } }) {
	await vi.waitFor(() => expect(spy.mock.results.length).toBeGreaterThan(0));
	await spy.mock.results.at(-1)!.value;
	await Promise.resolve();
}

describe('ConversationSession', () => {
	it('shows an edit at once and stores it sealed', async () => {
		const { r, c, session } = await open();
		session.edit('kid', 'heard', { score: 4, worries: 'Niemand op het plein' });
		expect(session.answerFor('kid', 'heard')).toMatchObject({
			score: 4,
			worries: 'Niemand op het plein'
		});
		await session.flush();
		expect((await r.answers.forConversation(c.id))[0]).toMatchObject({
			participantId: 'kid',
			elementId: 'heard',
			score: 4,
			worries: 'Niemand op het plein'
		});
		expect(await rawText()).not.toMatch(/Niemand op het plein|Gezin Wouters|Jorien|Marleen/);
	});

	it('when the page goes away: the sealed answer is journalled at once and written without waiting', async () => {
		const { r, c, session } = await open();
		// Spies call through to the real methods; they only let the test await them.
		const prepare = vi.spyOn(r.answers, 'prepareUrgent');
		const write = vi.spyOn(r.answers, 'writeUrgently');

		session.edit('kid', 'safe', { score: 2, worries: 'Bang voor de hond van de buren' });
		await sealedFor(prepare);
		session.flushUrgently();

		// Synchronously, before anything was awaited: the journal holds the answer, sealed.
		const journal = localStorage.getItem(JOURNAL_KEY) ?? '';
		const entries = JSON.parse(journal) as Record<string, unknown>[];
		expect(entries).toEqual([
			expect.objectContaining({
				profileId: 'p1',
				conversationId: c.id,
				participantId: 'kid',
				elementId: 'safe'
			})
		]);
		expect(journal).not.toMatch(/Bang voor de hond|Jorien|Gezin Wouters/);
		expect(write).toHaveBeenCalledTimes(1);

		await write.mock.results[0]?.value;
		expect((await r.answers.forConversation(c.id))[0]).toMatchObject({
			elementId: 'safe',
			score: 2,
			worries: 'Bang voor de hond van de buren'
		});
		// The page stayed after all: the normal save finished and the journal is not needed.
		await vi.waitFor(() => expect(localStorage.getItem(JOURNAL_KEY)).toBeNull());
		expect(await rawText()).not.toMatch(/Bang voor de hond/);
	});

	it('a burst of typing is sealed after it, not per key, and the page leaving keeps the last text', async () => {
		const { r, c, session } = await open();
		const prepare = vi.spyOn(r.answers, 'prepareUrgent');
		// The device is full: only the journal can keep what is typed.
		const save = vi
			.spyOn(r.answers, 'save')
			.mockRejectedValue(new DOMException('Het apparaat is vol', 'QuotaExceededError'));
		const text = 'Slaapt slecht sinds de verhuizing';
		for (let i = 1; i <= text.length; i++) {
			session.edit('kid', 'home', { worries: text.slice(0, i) });
		}
		// No key waited for a seal: sealing starts after the keys (here: after the burst).
		expect(prepare).not.toHaveBeenCalled();
		expect(session.answerFor('kid', 'home').worries).toBe(text);
		await sealedFor(prepare);
		// Sealed once for the whole burst, not once per key.
		expect(prepare).toHaveBeenCalledTimes(1);
		session.flushUrgently();
		const journal = localStorage.getItem(JOURNAL_KEY) ?? '[]';
		expect(JSON.parse(journal)).toHaveLength(1);
		expect(journal).not.toMatch(/Slaapt slecht/);

		// The page is gone; opened again (with room again), the journal brings back all of it.
		stop?.();
		save.mockRestore();
		let again!: ConversationSession;
		stop = $effect.root(() => {
			again = new ConversationSession(() => c.id);
		});
		await vi.waitFor(() => expect(again.answerFor('kid', 'home').worries).toBe(text));
		await again.flush();
		expect((await r.answers.forConversation(c.id))[0]?.worries).toBe(text);
	});

	it('a key typed while a slow seal runs is sealed at once, and the slow seal does not replace it', async () => {
		const { r, c, session } = await open();
		const real = r.answers.prepareUrgent.bind(r.answers);
		let release!: () => void;
		const slow = new Promise<void>((resolve) => (release = resolve));
		// The first seal takes its time (a slow tablet encrypting).
		const prepare = vi.spyOn(r.answers, 'prepareUrgent').mockImplementationOnce(async (...args) => {
			await slow;
			return real(...args);
		});
		vi.spyOn(r.answers, 'save').mockRejectedValue(new DOMException('Vol', 'QuotaExceededError'));
		session.edit('kid', 'safe', { worries: 'Ban' });
		await vi.waitFor(() => expect(prepare).toHaveBeenCalledTimes(1));
		// The next key comes while that seal runs: it gets its own, done first.
		session.edit('kid', 'safe', { worries: 'Bang' });
		await vi.waitFor(() => expect(prepare).toHaveBeenCalledTimes(2));
		await prepare.mock.results[1]!.value;
		release();
		await prepare.mock.results[0]!.value;
		await Promise.resolve();
		session.flushUrgently();

		stop?.();
		vi.restoreAllMocks();
		let again!: ConversationSession;
		stop = $effect.root(() => {
			again = new ConversationSession(() => c.id);
		});
		await vi.waitFor(() => expect(again.answerFor('kid', 'safe').worries).toBe('Bang'));
	});

	it('typing in a note leaves progress and scores as they are; a score changes them', async () => {
		const { r, c, session } = await open();
		let doneRuns = 0;
		let scoreRuns = 0;
		const stopWatching = $effect.root(() => {
			$effect(() => {
				void session.doneElements;
				doneRuns++;
			});
			$effect(() => {
				void session.scoreFor('kid', 'kid', 'heard');
				void session.hasScored('kid', 'heard');
				scoreRuns++;
			});
		});
		flushSync();
		const before = { doneRuns, scoreRuns };
		for (const worries of ['D', 'Do', 'Doe']) {
			session.edit('kid', 'heard', { worries });
			flushSync();
		}
		expect({ doneRuns, scoreRuns }).toEqual(before);
		expect(session.answerFor('kid', 'heard').worries).toBe('Doe');

		session.edit('kid', 'heard', { score: 7 });
		flushSync();
		expect(session.scoreFor('kid', 'kid', 'heard')).toBe(7);
		expect(session.hasScored('kid', 'heard')).toBe(true);
		expect(scoreRuns).toBe(before.scoreRuns + 1);
		// Done once everyone has scored it.
		session.edit('mum', 'heard', { score: 6 });
		flushSync();
		expect(session.doneElements).toEqual(['heard']);
		expect(doneRuns).toBeGreaterThan(before.doneRuns);
		stopWatching();
		await session.flush();
		expect((await r.answers.forConversation(c.id)).map((a) => a.score)).toEqual([7, 6]);
	});

	it('does nothing when the page goes away with nothing unsaved', async () => {
		const { r, session } = await open();
		const write = vi.spyOn(r.answers, 'writeUrgently');
		session.flushUrgently();
		expect(write).not.toHaveBeenCalled();
		expect(localStorage.getItem(JOURNAL_KEY)).toBeNull();
	});

	it("deleting the conversation removes its rows and journalled answers, not another's", async () => {
		const { r, c, session } = await open();
		await r.answers.save(c.id, 'kid', 'heard', { score: 5 });
		await r.plans.save({ ...emptyPlan(c.id, 1), planB: 'Opa bellen' });
		const other = await r.conversations.create({
			kind: 'self',
			title: 'Ander gesprek',
			mode: 'open',
			revealed: [],
			participants: [{ id: 'me', name: 'Ilse', role: 'child', ageGroup: '12-18' }]
		});
		const journalled = async (conversation: Conversation, participantId: string) => {
			const answer = {
				conversationId: conversation.id,
				participantId,
				childId: participantId,
				elementId: 'home' as const,
				score: 3,
				strengths: '',
				worries: 'x',
				wishes: '',
				wantsToTalk: false,
				updatedAt: 9
			};
			return (await r.answers.prepareUrgent(conversation, [answer], [answer], 9)).answers;
		};
		writeJournal(localStorage, 'p1', await journalled(c, 'kid'));
		writeJournal(localStorage, 'p1', await journalled(other, 'me'));

		await deleteConversation(session);

		const rows = await stored();
		expect(rows.conversations.filter((row) => row.id === c.id)).toEqual([]);
		expect(rows.answers.filter((row) => row.conversationId === c.id)).toEqual([]);
		expect(rows.plans.filter((row) => row.conversationId === c.id)).toEqual([]);
		await vi.waitFor(() => expect(session.notFound).toBe(true));
		const left = JSON.parse(localStorage.getItem(JOURNAL_KEY) ?? '[]') as {
			conversationId: string;
		}[];
		expect(left.map((e) => e.conversationId)).toEqual([other.id]);
		expect((await r.conversations.list()).map((s) => s.title)).toEqual(['Ander gesprek']);
	});
});

describe('ConversationSession: full device and two tabs', () => {
	it('shows journalled text a failed write left behind as not saved, and saves it when it can', async () => {
		database = openDatabase(`session-${Date.now()}-${Math.random()}`);
		const r = database.reposFor(cipher);
		useRepos(r);
		const c = await r.conversations.create({
			kind: 'self',
			title: 'Vol',
			mode: 'open',
			revealed: [],
			participants: [{ id: 'me', name: 'Ilse', role: 'child', ageGroup: '12-18' }]
		});
		// Before the reload: typed, the save failed, the journal holds it.
		const typed = { ...emptyAnswer(c.id, 'me', 'home', 5000), worries: 'Nog niet opgeslagen' };
		const [row] = (await r.answers.prepareUrgent(c, [typed], [typed], 5000)).answers;
		writeJournal(localStorage, 'p1', [{ ...row!, fields: fieldBits(['worries']) }]);
		const save = vi
			.spyOn(r.answers, 'save')
			.mockRejectedValue(new DOMException('Het apparaat is vol', 'QuotaExceededError'));

		let session!: ConversationSession;
		stop = $effect.root(() => {
			session = new ConversationSession(() => c.id);
		});
		await vi.waitFor(() => expect(session.conversation).toBeDefined());
		// Shown, and never called saved while it is not.
		expect(session.answerFor('me', 'home').worries).toBe('Nog niet opgeslagen');
		expect(['pending', 'saving', 'error']).toContain(session.saver.status);
		await vi.waitFor(() => expect(session.saver.status).toBe('error'));
		expect(session.failing).toBe(true);
		expect(localStorage.getItem(JOURNAL_KEY)).not.toBeNull();

		save.mockRestore();
		await session.flush();
		expect(session.saver.status).toBe('saved');
		expect((await r.answers.forConversation(c.id))[0]?.worries).toBe('Nog niet opgeslagen');
		expect(localStorage.getItem(JOURNAL_KEY)).toBeNull();
	});

	it('a tab whose saved field was overwritten shows what is stored now', async () => {
		const { r, c, session } = await open();
		session.edit('kid', 'heard', { strengths: 'Van deze tab' });
		await session.flush();
		// Another tab then stores both fields with its own value for "wat gaat goed", with a
		// clock that says earlier (as the old page-leave write did, with its last keystroke's time).
		const mine = session.answerFor('kid', 'heard').updatedAt;
		await r.answers.save(
			c.id,
			'kid',
			'heard',
			{ strengths: 'Van de andere tab', worries: 'Ook' },
			mine - 100
		);
		await vi.waitFor(() =>
			expect(session.answerFor('kid', 'heard')).toMatchObject({
				strengths: 'Van de andere tab',
				worries: 'Ook'
			})
		);
	});
});

describe('when the app is locked', () => {
	it('no repositories are handed out, and an open screen shows an error instead of data', async () => {
		useRepos(undefined);
		expect(() => getRepos()).toThrow(LockedError);
		let session!: ConversationSession;
		stop = $effect.root(() => {
			session = new ConversationSession(() => 'some-id');
		});
		await vi.waitFor(() => expect(session.error).toBeInstanceOf(LockedError));
		expect(session.conversation).toBeUndefined();
	});
});
