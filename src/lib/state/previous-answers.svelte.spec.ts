import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Database } from '$lib/db';
import type { Conversation } from '$lib/domain/conversation';
import { PreviousAnswers, previousShown } from './previous-answers.svelte';
import { useRepos } from './repos';
import { testCipher as cipher } from '$test/test-key';

let database: Database | undefined;
let stop: (() => void) | undefined;

afterEach(async () => {
	stop?.();
	stop = undefined;
	previousShown.on = true;
	useRepos(undefined);
	await database?.wipe();
	database = undefined;
});

const PEOPLE = [
	{ id: 'noor', name: 'Noor', role: 'child' as const, ageGroup: '8-12' as const },
	{ id: 'ans', name: 'Ans', role: 'parent' as const }
];

/** Last time ("om de beurt", only "Gehoord worden" revealed) and its follow-up. */
async function series(withLookBack = true) {
	database = openDatabase(`previous-${Date.now()}-${Math.random()}`);
	const repos = database.reposFor(cipher);
	useRepos(repos);
	const first = await repos.conversations.create({
		kind: 'family',
		title: 'Gezin P.',
		mode: 'turns',
		revealed: ['heard'],
		participants: PEOPLE
	});
	await repos.answers.save(first.id, 'noor', 'noor', 'heard', { score: 6 });
	await repos.answers.save(first.id, 'noor', 'noor', 'belonging', {
		score: 3,
		worries: 'GEHEIM'
	});
	await repos.answers.save(first.id, 'ans', 'noor', 'heard', { score: 7 });
	const follow = await repos.conversations.create({
		kind: 'family',
		title: 'Gezin P.',
		mode: 'turns',
		revealed: [],
		participants: PEOPLE,
		seriesId: first.id,
		sequence: 2,
		...(withLookBack && { lookBack: { previousId: first.id, actions: [], goals: [] } })
	});
	return { first, follow };
}

function adapter(conversation: Conversation): PreviousAnswers {
	let previous!: PreviousAnswers;
	stop = $effect.root(() => {
		previous = new PreviousAnswers(() => conversation);
	});
	return previous;
}

describe('PreviousAnswers', () => {
	it('loads the conversation the look-back names and gives each viewer only what they may see', async () => {
		const { follow } = await series();
		const previous = adapter(follow);
		await vi.waitFor(() => expect(previous.available).toBe(true));
		const group = { kind: 'group' } as const;
		expect(previous.for(group, 'noor', 'noor', 'heard')?.value).toEqual({
			kind: 'score',
			score: 6
		});
		expect(previous.for(group, 'ans', 'noor', 'heard')?.value).toEqual({
			kind: 'score',
			score: 7
		});
		// Never revealed last time: not for the group, only for Noor in her own turn.
		expect(previous.for(group, 'noor', 'noor', 'belonging')).toBeNull();
		expect(
			previous.for({ kind: 'turn', participantId: 'noor' }, 'noor', 'noor', 'belonging')?.notes
		).toEqual([{ field: 'worries', text: 'GEHEIM' }]);
		expect(
			previous.for({ kind: 'turn', participantId: 'ans' }, 'noor', 'noor', 'heard')
		).toBeNull();
		expect(previous.for({ kind: 'handOver' }, 'noor', 'noor', 'heard')).toBeNull();
	});

	it('gives nothing while the switch is off, and everything again once it is on', async () => {
		const { follow } = await series();
		const previous = adapter(follow);
		await vi.waitFor(() => expect(previous.available).toBe(true));
		previousShown.on = false;
		expect(previous.for({ kind: 'group' }, 'noor', 'noor', 'heard')).toBeNull();
		expect(
			previous.for({ kind: 'turn', participantId: 'noor' }, 'noor', 'noor', 'heard')
		).toBeNull();
		previousShown.on = true;
		expect(previous.for({ kind: 'group' }, 'noor', 'noor', 'heard')).not.toBeNull();
	});

	it('finds the previous conversation through the series when there is no look-back', async () => {
		const { follow } = await series(false);
		const previous = adapter(follow);
		await vi.waitFor(() => expect(previous.available).toBe(true));
		expect(previous.for({ kind: 'group' }, 'noor', 'noor', 'heard')).not.toBeNull();
	});

	it('has nothing for a first conversation', async () => {
		const { first } = await series();
		const previous = adapter(first);
		await new Promise((r) => setTimeout(r, 50));
		expect(previous.available).toBe(false);
		expect(previous.for({ kind: 'group' }, 'noor', 'noor', 'heard')).toBeNull();
	});
});
