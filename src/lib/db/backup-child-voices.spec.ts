import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup, type BackupFile } from './backup';
import type { KansDb } from './db';
import { createRepos, type TestRepos } from './repos';
import { testCipher as cipher } from '$test/test-key';

let n = 0;
const opened: KansDb[] = [];
function fresh(): TestRepos {
	const repos = createRepos(`test-backup-voice-${++n}`, cipher);
	opened.push(repos.db);
	return repos;
}
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

const family = {
	kind: 'family' as const,
	title: 'Gezin J.',
	mode: 'open' as const,
	participants: [
		{ id: 'kid', name: 'Noor', role: 'child' as const, ageGroup: '8-12' as const },
		{ id: 'mum', name: 'Sanne', role: 'parent' as const }
	]
};

/** A file with its child voices replaced by `voices`, as text. */
function withVoices(file: BackupFile, voices: unknown): string {
	return serializeBackup({
		...file,
		payload: { ...file.payload, data: { ...file.payload.data, childVoices: voices as never } }
	});
}

describe("the child's voice in the full backup", () => {
	it('is written, checked and restored (sealed again) with its conversation, kept copies too', async () => {
		const from = fresh();
		const c = await from.conversations.create(family);
		await from.childVoices.give(
			{ conversationId: c.id, childId: 'kid', answers: { heard: 2, overall: 5 } },
			5_000
		);
		const file = await from.backups.create({ appVersion: 'test' });
		expect(file.payload.data.childVoices).toEqual([
			{
				conversationId: c.id,
				childId: 'kid',
				answers: { heard: 2, important: null, overall: 5 },
				updatedAt: 5_000
			}
		]);
		// One conversation's backup carries it as well.
		const one = await from.backups.create({ appVersion: 'test', conversationId: c.id });
		expect(one.payload.data.childVoices).toHaveLength(1);

		const parsed = parseBackup(serializeBackup(file));
		if (!parsed.ok) throw new Error(parsed.error);
		const to = fresh();
		await to.backups.restore(parsed.backup, 'skip');
		// The file's person ids are not of the app's format, so the child has a fresh one here.
		const restored = await to.conversations.get(c.id);
		expect(await to.childVoices.forConversations([c.id])).toEqual([
			expect.objectContaining({
				childId: restored!.children[0],
				answers: { heard: 2, important: null, overall: 5 }
			})
		]);
		// Replacing keeps one; keeping both gives the copy its own.
		await to.backups.restore(parsed.backup, 'replace');
		expect(await to.db.childVoices.count()).toBe(1);
		await to.backups.restore(parsed.backup, 'keep-both');
		const ids = (await to.conversations.list()).map((s) => s.id);
		expect(ids).toHaveLength(2);
		const voices = await to.childVoices.forConversations(ids);
		expect(new Set(voices.map((v) => v.conversationId))).toEqual(new Set(ids));
	});

	it('leaves the list out when there is none, so such files look as they always did', async () => {
		const from = fresh();
		await from.conversations.create(family);
		const file = await from.backups.create({ appVersion: 'test' });
		expect('childVoices' in file.payload.data).toBe(false);
	});

	it('refuses hostile input: no list, faces out of range, an adult, a stranger, doubles', async () => {
		const from = fresh();
		const c = await from.conversations.create(family);
		const file = await from.backups.create({ appVersion: 'test' });
		const ok = { conversationId: c.id, childId: 'kid', answers: { heard: 3 }, updatedAt: 1 };
		const cases: [unknown, string][] = [
			['veel', 'invalidRecord'],
			[[{ ...ok, answers: { heard: 9 } }], 'invalidRecord'],
			[[{ ...ok, answers: { heard: '3' } }], 'invalidRecord'],
			[[{ ...ok, updatedAt: -5 }], 'invalidRecord'],
			[[{ ...ok, childId: 42 }], 'invalidId'],
			[[{ ...ok, childId: 'mum' }], 'brokenReference'],
			[[{ ...ok, childId: 'iemand' }], 'brokenReference'],
			[[{ ...ok, conversationId: 'ander-gesprek' }], 'brokenReference'],
			[[ok, ok], 'duplicate']
		];
		for (const [voices, error] of cases) {
			const result = parseBackup(withVoices(file, voices));
			expect(result, JSON.stringify(voices)).toMatchObject({ ok: false, error });
		}
		expect(parseBackup(withVoices(file, [ok]))).toMatchObject({ ok: true });
	});
});
