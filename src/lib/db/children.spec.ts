import { afterEach, describe, expect, it } from 'vitest';
import { createRepos, type TestRepos } from './repos';
import { testCipher } from '$test/test-key';
import { MissingRecordError } from './errors';

// Answers per child: each adult answers once about each child the conversation is about.

const opened: TestRepos[] = [];
afterEach(async () => {
	for (const r of opened.splice(0)) await r.db.delete();
});

async function fresh(): Promise<TestRepos> {
	const r = createRepos(`test-children-${Math.random()}`, testCipher);
	opened.push(r);
	return r;
}

const siblings = {
	kind: 'family' as const,
	title: 'Gezin B.',
	mode: 'open' as const,
	revealed: [],
	participants: [
		{ id: 'noor', name: 'Noor', role: 'child' as const, ageGroup: '8-12' as const },
		{ id: 'daan', name: 'Daan', role: 'child' as const, ageGroup: '12-18' as const },
		{ id: 'sanne', name: 'Sanne', role: 'parent' as const },
		{ id: 'opa', name: 'Opa Wim', role: 'network' as const, relation: 'opa' }
	]
};

describe('answers per child', () => {
	it('keeps an adult’s answer about each child apart, and counts progress per child', async () => {
		const { conversations, answers } = await fresh();
		const c = await conversations.create(siblings);
		expect(c.children).toEqual(['noor', 'daan']);
		expect(c.checkChildren).toBe(false);
		await answers.save(c.id, 'sanne', 'noor', 'heard', { score: 4, worries: 'Stil' });
		await answers.save(c.id, 'sanne', 'daan', 'heard', { score: 8 });
		const stored = await answers.forConversation(c.id);
		expect(stored.map((a) => [a.participantId, a.childId, a.score]).sort()).toEqual([
			['sanne', 'daan', 8],
			['sanne', 'noor', 4]
		]);
		for (const [p, child] of [
			['noor', 'noor'],
			['daan', 'daan'],
			['opa', 'noor'],
			['opa', 'daan']
		] as const)
			await answers.save(c.id, p, child, 'heard', { score: 6 });
		expect((await conversations.list())[0]?.progress).toBe(1);
	});

	it('refuses an answer about someone who is not a child of the conversation, or a child about a sibling', async () => {
		const { conversations, answers } = await fresh();
		const c = await conversations.create(siblings);
		await expect(answers.save(c.id, 'sanne', 'opa', 'heard', { score: 4 })).rejects.toThrow(
			MissingRecordError
		);
		await expect(answers.save(c.id, 'noor', 'daan', 'heard', { score: 4 })).rejects.toThrow(
			MissingRecordError
		);
	});

	it('a skipped child is not waited for; removing a child takes the adults’ answers about them', async () => {
		const { conversations, answers } = await fresh();
		const c = await conversations.create(siblings);
		for (const [p, child] of [
			['noor', 'noor'],
			['daan', 'daan'],
			['sanne', 'noor'],
			['sanne', 'daan'],
			['opa', 'noor']
		] as const)
			await answers.save(c.id, p, child, 'safe', { score: 7 });
		expect((await conversations.list())[0]?.progress).toBe(0);
		await conversations.update(c.id, { skipped: [{ participantId: 'opa', childId: 'daan' }] });
		expect((await conversations.list())[0]?.progress).toBe(1);

		await conversations.update(c.id, {
			participants: siblings.participants.filter((p) => p.id !== 'daan')
		});
		const after = await conversations.get(c.id);
		expect(after?.children).toEqual(['noor']);
		expect(after?.skipped).toEqual([]);
		expect((await answers.forConversation(c.id)).map((a) => a.childId).sort()).toEqual([
			'noor',
			'noor',
			'noor'
		]);
	});
});
