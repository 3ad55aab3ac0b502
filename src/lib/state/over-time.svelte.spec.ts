import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Database } from '$lib/db';
import { emptyPlan } from '$lib/domain/plan';
import { followUpLink } from '$lib/domain/series';
import { EarlierInSeries, OverTime } from './over-time.svelte';
import { useRepos } from './repos';
import { testCipher as cipher } from '$test/test-key';

let database: Database | undefined;
let stop: (() => void) | undefined;

afterEach(async () => {
	stop?.();
	stop = undefined;
	useRepos(undefined);
	await database?.wipe();
	database = undefined;
});

const family = {
	kind: 'family' as const,
	title: 'Gezin Bakker',
	mode: 'open' as const,
	revealed: [],
	participants: [
		{ id: 'kid', name: 'Noor', role: 'child' as const, ageGroup: '8-12' as const },
		{ id: 'mum', name: 'Mama', role: 'parent' as const }
	]
};

async function series() {
	database = openDatabase(`over-time-${Date.now()}-${Math.random()}`);
	const repos = database.reposFor(cipher);
	useRepos(repos);
	const first = await repos.conversations.create(family, 1_000);
	await repos.answers.save(first.id, 'kid', 'kid', 'safe', { score: 4 });
	await repos.answers.save(first.id, 'mum', 'kid', 'safe', { score: 5 });
	await repos.plans.save({
		...emptyPlan(first.id, 1_500),
		focus: [
			{
				elementId: 'safe',
				childId: 'kid',
				goal: 'Veilig naar school',
				actions: [{ id: 'a1', what: 'Samen fietsen', who: 'mum', when: '', support: '' }]
			}
		]
	});
	const second = await repos.conversations.create(
		{
			...family,
			...followUpLink(first),
			lookBack: {
				previousId: first.id,
				actions: [{ actionId: 'a1', outcome: 'done', note: '' }],
				goals: []
			}
		},
		2_000
	);
	await repos.answers.save(second.id, 'kid', 'kid', 'safe', { score: 7 });
	// Another conversation, not of this series.
	await repos.conversations.create({ ...family, title: 'Gezin Anders' }, 3_000);
	return { repos, first, second };
}

describe('OverTime', () => {
	it('loads every conversation of the series with its answers and plan, oldest first', async () => {
		const { first, second } = await series();
		let session!: OverTime;
		stop = $effect.root(() => {
			session = new OverTime(() => second.id);
		});
		await vi.waitFor(() => expect(session.members).toHaveLength(2));
		expect(session.members.map((m) => m.conversation.id)).toEqual([first.id, second.id]);
		const view = session.view('kid')!;
		expect(view.values.kid!.safe).toEqual([4, 7]);
		// Mama gave no score the second time: a gap, never a zero.
		expect(view.values.mum!.safe).toEqual([5, null]);
		const [at] = session.actions('kid');
		expect(at?.moment).toBe(1);
		expect(at?.reviews.map((r) => [r.action.what, r.outcome])).toEqual([['Samen fietsen', 'done']]);
		expect(session.planPeople(first.id).find((p) => p.id === 'mum')?.name).toBe('Mama');
	});

	it('says whether an earlier conversation of the series is on the device', async () => {
		const { first, second } = await series();
		let earlierOfSecond!: EarlierInSeries;
		let earlierOfFirst!: EarlierInSeries;
		stop = $effect.root(() => {
			earlierOfSecond = new EarlierInSeries(() => second.id);
			earlierOfFirst = new EarlierInSeries(() => first.id);
		});
		await vi.waitFor(() => expect(earlierOfSecond.current).toBe(true));
		expect(earlierOfFirst.current).toBe(false);
	});
});
