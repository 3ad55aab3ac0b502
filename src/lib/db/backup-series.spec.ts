import { afterEach, describe, expect, it } from 'vitest';
import { followUpLink } from '$lib/domain/series';
import { emptyPlan } from '$lib/domain/plan';
import { parseBackup, serializeBackup } from './backup';
import type { KansDb } from './db';
import { createRepos, type TestRepos } from './repos';
import { testCipher as cipher } from '$test/test-key';

// A follow-up conversation names the first conversation of its series (`seriesId`): in a
// backup that link must follow the conversation's id wherever the id changes.

let n = 0;
const opened: KansDb[] = [];
function fresh(): TestRepos {
	const repos = createRepos(`test-backup-series-${++n}`, cipher);
	opened.push(repos.db);
	return repos;
}
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

const self = {
	kind: 'self' as const,
	title: 'Mijn cirkel',
	participants: [{ id: 'me', name: 'Noor', role: 'child' as const, ageGroup: '12-18' as const }]
};

async function series(repos: TestRepos) {
	const first = await repos.conversations.create(self, 1_000);
	const second = await repos.conversations.create(
		{ ...self, title: 'Mijn cirkel, later', ...followUpLink(first) },
		2_000
	);
	return { first, second };
}

describe('a series of conversations in a backup', () => {
	it('keeps the follow-up with its first conversation when that id is of another format', async () => {
		const from = fresh();
		const { first } = await series(from);
		const file = await from.backups.create({ appVersion: 'test' });
		const word = 'Noor, eerste gesprek';
		for (const c of file.payload.data.conversations) {
			if (c.id === first.id) c.id = word;
			if (c.seriesId === first.id) c.seriesId = word;
		}
		const parsed = parseBackup(serializeBackup(file));
		if (!parsed.ok) throw new Error(parsed.error);
		const [head, follow] = parsed.backup.conversations;
		expect(head!.id).not.toBe(word);
		expect(follow!.seriesId).toBe(head!.id);
	});

	it('a kept copy of a series is a series of its own', async () => {
		const device = fresh();
		const { first, second } = await series(device);
		const parsed = parseBackup(serializeBackup(await device.backups.create({ appVersion: 't' })));
		if (!parsed.ok) throw new Error(parsed.error);
		await device.backups.restore(parsed.backup, 'keep-both', 5_000);
		const all = await Promise.all(
			(await device.conversations.list()).map((s) => device.conversations.get(s.id))
		);
		const copies = all.filter((c) => c && c.id !== first.id && c.id !== second.id);
		const headCopy = copies.find((c) => c!.seriesId === undefined)!;
		const followCopy = copies.find((c) => c!.seriesId !== undefined)!;
		expect(followCopy.seriesId).toBe(headCopy.id);
		expect((await device.conversations.get(second.id))?.seriesId).toBe(first.id);
	});
});

describe('a follow-up with its look-back', () => {
	const family = {
		kind: 'family' as const,
		title: 'Gezin Bakker',
		participants: [
			{ id: 'kid', name: 'Noor', role: 'child' as const, ageGroup: '8-12' as const },
			{ id: 'mum', name: 'Mama', role: 'parent' as const }
		]
	};

	async function withLookBack(repos: TestRepos) {
		const first = await repos.conversations.create(family, 1_000);
		const plan = {
			...emptyPlan(first.id, 1_000, new Date(2026, 0, 1)),
			focus: [
				{
					elementId: 'safe' as const,
					childId: null,
					goal: 'Rustig slapen',
					actions: [{ id: 'act', what: 'Voorlezen', who: 'mum', when: '', support: '' }]
				}
			]
		};
		await repos.plans.save(plan);
		const second = await repos.conversations.create(
			{ ...family, ...followUpLink(first), lookBack: { previousId: first.id } },
			2_000
		);
		await repos.conversations.update(second.id, {
			lookBack: {
				previousId: first.id,
				actions: [{ actionId: 'act', outcome: 'partly', note: 'Soms vergeten' }],
				goals: [{ elementId: 'safe', rating: 1 }]
			}
		});
		return { first, second };
	}

	it('home reads the look-back date from the plan, and the follow-up keeps its look-back', async () => {
		const repos = fresh();
		const { first, second } = await withLookBack(repos);
		const list = await repos.conversations.list();
		expect(list.find((c) => c.id === first.id)?.evaluationDate).toBe('2026-02-12');
		expect(list.find((c) => c.id === second.id)).toMatchObject({
			evaluationDate: null,
			seriesId: first.id,
			sequence: 2
		});
		const stored = await repos.conversations.get(second.id);
		expect(stored?.lookBack?.actions[0]).toEqual({
			actionId: 'act',
			outcome: 'partly',
			note: 'Soms vergeten'
		});
		// Sealed: the note is nowhere in the stored row.
		const row = await repos.db.conversations.get(second.id);
		expect(JSON.stringify(row)).not.toContain('Soms vergeten');
		expect(Object.keys(row!).sort()).toEqual([
			'createdAt',
			'id',
			'profileId',
			'progress',
			'sealed',
			'updatedAt'
		]);
	});

	it('an older plan row without its separate date still gives home the date', async () => {
		const repos = fresh();
		const { first } = await withLookBack(repos);
		const row = await repos.db.plans.get(first.id);
		delete row!.due;
		await repos.db.plans.put(row!);
		const list = await repos.conversations.list();
		expect(list.find((c) => c.id === first.id)?.evaluationDate).toBe('2026-02-12');
	});

	it('a backup carries the look-back, and a copy points at the copied first conversation', async () => {
		const device = fresh();
		const { first, second } = await withLookBack(device);
		const parsed = parseBackup(serializeBackup(await device.backups.create({ appVersion: 't' })));
		if (!parsed.ok) throw new Error(parsed.error);
		await device.backups.restore(parsed.backup, 'keep-both', 5_000);
		const all = await Promise.all(
			(await device.conversations.list()).map((s) => device.conversations.get(s.id))
		);
		const copies = all.filter((c) => c && c.id !== first.id && c.id !== second.id);
		const headCopy = copies.find((c) => c!.seriesId === undefined)!;
		const followCopy = copies.find((c) => c!.seriesId !== undefined)!;
		expect(followCopy.lookBack).toEqual({
			previousId: headCopy.id,
			actions: [{ actionId: 'act', outcome: 'partly', note: 'Soms vergeten' }],
			goals: [{ elementId: 'safe', rating: 1 }]
		});
		expect((await device.conversations.get(second.id))?.lookBack?.previousId).toBe(first.id);
	});
});
