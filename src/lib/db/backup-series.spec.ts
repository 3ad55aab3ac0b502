import { afterEach, describe, expect, it } from 'vitest';
import { followUpLink } from '$lib/domain/series';
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
