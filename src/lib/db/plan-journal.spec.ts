import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '$test/memory-storage';
import { makeCipher } from '$test/test-key';
import { emptyAnswer } from '$lib/domain/answer';
import { emptyPlan, type Plan } from '$lib/domain/plan';
import { createDb, type KansDb } from './db';
import { reposFor } from './repos';
import { forgetUnsaved, JOURNAL_KEY, writeJournal } from './journal';
import { clearPlanJournal, journalPlan, PLAN_JOURNAL_KEY, replayPlanJournal } from './plan-journal';

const coach = await makeCipher('p-coach', 'coach-geheim');
const other = await makeCipher('p-other', 'ander-geheim');

let db: KansDb | undefined;
afterEach(async () => {
	await db?.delete();
	db = undefined;
});

async function setup() {
	db = createDb(`plan-journal-${Math.random()}`);
	const repos = reposFor(db, coach);
	const c = await repos.conversations.create(
		{
			kind: 'family',
			title: 'Gezin J.',
			mode: 'open',
			revealed: [],
			participants: [{ id: 'sam', name: 'Sam', role: 'child', ageGroup: '8-12' }]
		},
		100
	);
	const stored = await repos.plans.save({ ...emptyPlan(c.id, 200), planB: 'Oud' });
	return { repos, id: c.id, stored };
}

const withDraft = (plan: Plan, what: string, now: number): Plan => ({
	...plan,
	focus: [
		{
			elementId: 'heard',
			childId: 'sam',
			goal: 'Sam wordt gehoord',
			actions: [],
			draft: { what, who: 'sam', when: '', support: '' }
		}
	],
	updatedAt: now
});

describe('the plan journal (page leave)', () => {
	it('restores a plan sealed just before the page went away, draft action included', async () => {
		const { repos, id, stored } = await setup();
		const storage = new MemoryStorage();
		const row = await repos.plans.prepareUrgent(withDraft(stored, 'Samen lezen', 300));
		journalPlan(storage, coach.profileId, row);
		// Nothing personal in the clear.
		expect(storage.getItem(PLAN_JOURNAL_KEY)).not.toContain('Samen lezen');
		expect(await replayPlanJournal(repos, storage, id)).toBe(true);
		expect((await repos.plans.get(id))?.focus[0]?.draft?.what).toBe('Samen lezen');
		expect(storage.getItem(PLAN_JOURNAL_KEY)).toBeNull();
	});

	it('never overwrites a newer stored plan, and drops what another profile cannot open', async () => {
		const { repos, id, stored } = await setup();
		const storage = new MemoryStorage();
		const old = await repos.plans.prepareUrgent(withDraft(stored, 'Te oud', 150));
		journalPlan(storage, coach.profileId, old);
		expect(await replayPlanJournal(repos, storage, id)).toBe(false);
		expect((await repos.plans.get(id))?.planB).toBe('Oud');

		// A row sealed with another key, filed under this profile: not written, forgotten.
		const foreign = await reposFor(db!, other).plans.prepareUrgent(
			withDraft(stored, 'Vreemd', 900)
		);
		journalPlan(storage, coach.profileId, foreign);
		expect(await replayPlanJournal(repos, storage, id)).toBe(false);
		expect((await repos.plans.get(id))?.focus).toEqual([]);
		expect(storage.getItem(PLAN_JOURNAL_KEY)).toBeNull();
	});

	it('keeps the journalled plan while the write fails (a full device), writes it on a later try', async () => {
		const { repos, id, stored } = await setup();
		const storage = new MemoryStorage();
		const row = await repos.plans.prepareUrgent(withDraft(stored, 'Niet kwijt', 300));
		journalPlan(storage, coach.profileId, row);
		const full = vi
			.spyOn(db!.plans, 'put')
			.mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
		await expect(replayPlanJournal(repos, storage, id)).rejects.toThrow();
		expect(storage.getItem(PLAN_JOURNAL_KEY)).not.toBeNull();
		full.mockRestore();
		expect(await replayPlanJournal(repos, storage, id)).toBe(true);
		expect((await repos.plans.get(id))?.focus[0]?.draft?.what).toBe('Niet kwijt');
		expect(storage.getItem(PLAN_JOURNAL_KEY)).toBeNull();
	});

	it('writes a prepared row in one synchronous transaction', async () => {
		const { repos, id, stored } = await setup();
		const row = await repos.plans.prepareUrgent(withDraft(stored, 'Direct', 400));
		await repos.plans.writeUrgently(row);
		expect((await repos.plans.get(id))?.focus[0]?.draft?.what).toBe('Direct');
	});

	it('forgets a deleted conversation in both journals, and all of a deleted profile', async () => {
		const { repos, id, stored } = await setup();
		const storage = new MemoryStorage();
		const row = await repos.plans.prepareUrgent(withDraft(stored, 'x', 300));
		journalPlan(storage, coach.profileId, row);
		journalPlan(storage, coach.profileId, { ...row, conversationId: 'c-later' });
		journalPlan(storage, other.profileId, { ...row, conversationId: 'c-other' });
		const conversation = (await repos.conversations.get(id))!;
		const answer = { ...emptyAnswer(id, 'sam', 'heard', 300), strengths: 'y' };
		const sealed = await repos.answers.prepareUrgent(conversation, [answer], [answer], 300);
		writeJournal(storage, coach.profileId, sealed.answers);
		const plans = () =>
			(JSON.parse(storage.getItem(PLAN_JOURNAL_KEY) ?? '[]') as { conversationId: string }[]).map(
				(e) => e.conversationId
			);

		forgetUnsaved(storage, id);
		expect(storage.getItem(JOURNAL_KEY)).toBeNull();
		expect(plans()).toEqual(['c-later', 'c-other']);
		clearPlanJournal(storage, coach.profileId);
		expect(plans()).toEqual(['c-other']);
		clearPlanJournal(storage, other.profileId);
		expect(storage.getItem(PLAN_JOURNAL_KEY)).toBeNull();
	});
});
