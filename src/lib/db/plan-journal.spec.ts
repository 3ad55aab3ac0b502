import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyPlan, type Plan } from '$lib/domain/plan';
import { createDataKey, MIN_ITERATIONS } from '$lib/platform/crypto';
import { createDb, type KansDb } from './db';
import type { Cipher } from './mapping';
import { reposFor } from './repos';
import { journalPlan, PLAN_JOURNAL_KEY, replayPlanJournal } from './plan-journal';

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

const makeCipher = async (profileId: string, secret: string): Promise<Cipher> => ({
	profileId,
	key: (await createDataKey(secret, { iterations: MIN_ITERATIONS })).key
});
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
});
