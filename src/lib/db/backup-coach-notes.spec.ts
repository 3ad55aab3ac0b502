import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from './backup';
import type { KansDb } from './db';
import { createRepos, type TestRepos } from './repos';
import { testCipher as cipher } from '$test/test-key';

let n = 0;
const opened: KansDb[] = [];
function fresh(): TestRepos {
	const repos = createRepos(`test-backup-coach-${++n}`, cipher);
	opened.push(repos.db);
	return repos;
}
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

const family = {
	kind: 'family' as const,
	title: 'Gezin J.',
	mode: 'turns' as const,
	participants: [
		{ id: 'kid', name: 'Noor', role: 'child' as const, ageGroup: '8-12' as const },
		{ id: 'mum', name: 'Sanne', role: 'parent' as const }
	]
};

describe('coach notes in the full backup', () => {
	it('keeps them: written, checked and restored (sealed again) with their conversation', async () => {
		const from = fresh();
		const c = await from.conversations.create(family);
		await from.coachNotes.add(
			{ conversationId: c.id, participantId: 'kid', elementId: 'safe', text: 'ALLEEN-COACH' },
			5_000
		);
		const file = await from.backups.create({ appVersion: 'test' });
		expect(file.payload.data.coachNotes).toEqual([
			expect.objectContaining({ participantId: 'kid', text: 'ALLEEN-COACH' })
		]);

		const parsed = parseBackup(serializeBackup(file));
		if (!parsed.ok) throw new Error(parsed.error);
		const to = fresh();
		await to.backups.restore(parsed.backup, 'skip');
		const notes = await to.coachNotes.forConversation(c.id);
		expect(notes).toEqual([
			expect.objectContaining({ elementId: 'safe', text: 'ALLEEN-COACH', createdAt: 5_000 })
		]);
		// Replacing the conversation replaces its notes rather than doubling them.
		await to.backups.restore(parsed.backup, 'replace');
		expect(await to.coachNotes.forConversation(c.id)).toHaveLength(1);
	});

	it('never overwrites or moves the notes of another conversation (a file reusing their ids)', async () => {
		const device = fresh();
		const mine = await device.conversations.create(family);
		await device.coachNotes.add(
			{ conversationId: mine.id, participantId: 'kid', elementId: 'safe', text: 'VAN-NOOR' },
			5_000
		);
		const file = await device.backups.create({ appVersion: 'test' });
		// A crafted file: the same note ids under a conversation new to this device.
		const other = '33333333-3333-4333-8333-333333333333';
		const data = file.payload.data as unknown as Record<
			string,
			{ conversationId?: string; id?: string; text?: string }[]
		>;
		for (const list of Object.values(data))
			for (const record of list) {
				if (record.conversationId === mine.id) record.conversationId = other;
				if (record.id === mine.id) record.id = other;
			}
		for (const note of data.coachNotes!) note.text = 'OVERGESCHREVEN';
		const parsed = parseBackup(serializeBackup(file));
		if (!parsed.ok) throw new Error(parsed.error);
		await device.backups.restore(parsed.backup, 'skip');

		expect(await device.coachNotes.forConversation(mine.id)).toEqual([
			expect.objectContaining({ text: 'VAN-NOOR' })
		]);
		expect(await device.coachNotes.forConversation(other)).toEqual([
			expect.objectContaining({ text: 'OVERGESCHREVEN' })
		]);
	});

	it('opens files without coach notes (older versions) and refuses a note by a stranger', async () => {
		const from = fresh();
		const c = await from.conversations.create(family);
		const file = await from.backups.create({ appVersion: 'test' });
		delete file.payload.data.coachNotes;
		const old = parseBackup(serializeBackup(file));
		expect(old.ok && (old.backup.coachNotes ?? [])).toEqual([]);

		file.payload.data.coachNotes = [
			{
				id: 'n1',
				conversationId: c.id,
				participantId: 'stranger',
				elementId: null,
				text: 'x',
				createdAt: 1
			}
		];
		expect(parseBackup(serializeBackup(file))).toMatchObject({
			ok: false,
			error: 'brokenReference'
		});
	});
});
