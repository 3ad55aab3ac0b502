import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { nextInSeries, withResult, type ClassRecord } from '$lib/domain/class-session';
import {
	decryptBackup,
	encryptBackup,
	MAX_CLASS_SESSIONS,
	parseBackup,
	serializeBackup,
	type BackupFile,
	type ParsedBackup
} from './backup';
import type { KansDb } from './db';
import { createRepos, type TestRepos } from './repos';
import { MIN_ITERATIONS } from '$lib/platform/crypto';
import { makeCipher, testCipher as cipher } from '$test/test-key';

let n = 0;
const opened: KansDb[] = [];
function fresh(name = `test-backup-class-${++n}`, c = cipher): TestRepos {
	const repos = createRepos(name, c);
	opened.push(repos.db);
	return repos;
}
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

const NOW = Date.UTC(2026, 11, 2, 10);
const PASS = 'back-up van de klas';

const fixtureText = (name: string) =>
	readFileSync(new URL(`../../../tests/fixtures/backup/${name}.json`, import.meta.url), 'utf8');

/**
 * Two sessions of one series with groep 7 (the second with counts, notes and an agreement) and
 * one with klas 2B, stored through the repository.
 */
async function seed(repos: TestRepos) {
	const first = await repos.classSessions.create(
		{ group: 'Groep 7', level: 'po-boven', present: 24, elements: ['safe', 'heard'] },
		1_000
	);
	const next = nextInSeries(first.session, 'placeholder', 2_000);
	const second = await repos.classSessions.create(
		{
			group: next.group,
			level: next.level,
			elements: next.elements,
			seriesId: next.seriesId,
			sequence: next.sequence
		},
		2_000
	);
	const talked: ClassRecord = {
		...withResult(second, {
			elementId: 'safe',
			counts: { 1: 1, 2: 2, 3: 4, 4: 9, 5: 7 },
			notes: 'Het schoolplein voelt veiliger sinds de nieuwe afspraken'
		}),
		agreements: {
			agreements: [
				{ id: 'a1', what: 'Iedereen mag meedoen', who: 'klas', when: 'in de pauze' },
				{ id: 'a2', what: 'Elke week terugkijken', who: { role: 'klassenraad' }, when: '' }
			],
			lookBackDate: '2027-01-13'
		}
	};
	const saved = await repos.classSessions.save(talked, 3_000);
	const other = await repos.classSessions.create(
		{ group: 'Klas 2B', level: 'vo', elements: ['home'] },
		4_000
	);
	return { first, second: saved, other };
}

/** Every class record of the profile, read back through the repository, by group and number. */
async function records(repos: TestRepos): Promise<ClassRecord[]> {
	const ids = (await repos.classSessions.entries()).map((e) => e.id);
	const all = await Promise.all(ids.map((id) => repos.classSessions.get(id)));
	return all
		.filter((r): r is ClassRecord => r !== undefined)
		.sort(
			(a, b) =>
				a.session.group.localeCompare(b.session.group) || a.session.sequence - b.session.sequence
		);
}

/** A record without its id and times, for comparing copies. */
function content(r: ClassRecord) {
	const session: Partial<ClassRecord['session']> = { ...r.session };
	for (const key of ['id', 'createdAt', 'updatedAt', 'seriesId'] as const) delete session[key];
	return { ...r, session };
}

function parsed(file: BackupFile): ParsedBackup {
	const result = parseBackup(serializeBackup(file));
	if (!result.ok) throw new Error(`${result.error} ${result.detail ?? ''}`);
	return result.backup;
}

describe('class sessions in the full backup', () => {
	it('writes them, encrypted, and restores the same records on another device', async () => {
		const from = fresh();
		await seed(from);
		const file = await from.backups.create({ appVersion: 'test', now: NOW });
		expect(file.payload.data.classSessions).toHaveLength(3);

		const encrypted = serializeBackup(
			await encryptBackup(file, PASS, { iterations: MIN_ITERATIONS })
		);
		expect(encrypted).not.toContain('Groep 7');
		expect(encrypted).not.toContain('schoolplein');
		const read = await decryptBackup(encrypted, PASS);
		if (!read.ok) throw new Error(read.error);

		const to = fresh();
		expect(await to.backups.preview(read.backup)).toMatchObject({
			classSessions: { total: 3, existing: 0 }
		});
		const result = await to.backups.restore(read.backup, 'skip', NOW);
		expect(result.classSessions).toEqual({ added: 3, replaced: 0, skipped: 0 });
		expect(await records(to)).toEqual(await records(from));
		// The list shows what the home screen needs, progress recomputed.
		expect((await to.classSessions.entries()).map((e) => 'progress' in e && e.progress)).toEqual([
			0, 1, 0
		]);
	});

	it('with the sessions already here: skip keeps them, replace writes the file’s, keep-both adds copies in their own series', async () => {
		const device = fresh();
		const { first, second } = await seed(device);
		const backup = parsed(await device.backups.create({ appVersion: 'test', now: NOW }));
		// Changed on the device after the backup.
		await device.classSessions.save(
			{ ...second, agreements: { agreements: [], lookBackDate: null } },
			5_000
		);
		const changed = await records(device);

		expect(await device.backups.preview(backup)).toMatchObject({
			classSessions: { total: 3, existing: 3 }
		});
		const skipped = await device.backups.restore(backup, 'skip', NOW);
		expect(skipped.classSessions).toEqual({ added: 0, replaced: 0, skipped: 3 });
		expect(await records(device)).toEqual(changed);

		const replaced = await device.backups.restore(backup, 'replace', NOW);
		expect(replaced.classSessions).toEqual({ added: 0, replaced: 3, skipped: 0 });
		expect(await records(device)).toEqual([...backup.classSessions].sort(byGroup));

		const both = await device.backups.restore(backup, 'keep-both', NOW);
		expect(both.classSessions).toEqual({ added: 3, replaced: 0, skipped: 0 });
		const all = await records(device);
		expect(all).toHaveLength(6);
		const copies = all.filter((r) => ![first.session.id, second.session.id].includes(r.session.id));
		const firstCopy = copies.find(
			(r) => r.session.group === 'Groep 7' && r.session.sequence === 1
		)!;
		const secondCopy = copies.find((r) => r.session.sequence === 2)!;
		expect(content(secondCopy)).toEqual(content(backup.classSessions[1]!));
		expect(firstCopy.session.updatedAt).toBe(NOW);
		// The copy of the follow-up belongs to the copy of the first session, not the original.
		expect(secondCopy.session.seriesId).toBe(firstCopy.session.id);
		expect((await device.classSessions.get(second.session.id))?.session.seriesId).toBe(
			first.session.id
		);
	});

	it('copies a session whose id is another profile’s and leaves theirs alone', async () => {
		const name = `test-backup-class-${++n}`;
		const theirs = fresh(name, await makeCipher('p2', 'ander geheim'));
		const { first } = await seed(theirs);
		const before = await theirs.db.classSessions.get(first.session.id);
		const backup = parsed(await theirs.backups.create({ appVersion: 'test', now: NOW }));

		const mine = fresh(name);
		const result = await mine.backups.restore(backup, 'replace', NOW);
		expect(result.classSessions).toEqual({ added: 3, replaced: 0, skipped: 0 });
		expect(await theirs.db.classSessions.get(first.session.id)).toEqual(before);
		const restored = await records(mine);
		expect(restored.map(content)).toEqual((await records(theirs)).map(content));
		expect(restored.every((r) => r.session.id !== first.session.id)).toBe(true);
		expect(restored[1]!.session.seriesId).toBe(restored[0]!.session.id);
	});

	it('replaces ids of another format, the series link with them', async () => {
		const from = fresh();
		await seed(from);
		const file = await from.backups.create({ appVersion: 'test', now: NOW });
		const sessions = file.payload.data.classSessions!;
		sessions[0]!.session.id = 'groep 7: eerste kring, najaar 2026 met een heel lange naam erbij';
		sessions[1]!.session.seriesId = sessions[0]!.session.id;
		const backup = parsed(file);
		const [head, follow] = backup.classSessions;
		expect(head!.session.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
		expect(follow!.session.seriesId).toBe(head!.session.id);
	});

	it('opens an older backup without class sessions, and a file without any stays as before', async () => {
		const old = parseBackup(fixtureText('v1-all'));
		if (!old.ok) throw new Error(old.error);
		expect(old.backup.classSessions).toEqual([]);
		const to = fresh();
		const result = await to.backups.restore(old.backup, 'skip', NOW);
		expect(result.added).toBeGreaterThan(0);
		expect(result.classSessions).toBeUndefined();
		expect(await to.classSessions.entries()).toEqual([]);
		expect(await to.conversations.list()).toHaveLength(result.added);

		const none = await fresh().backups.create({ appVersion: 'test', now: NOW });
		expect(Object.keys(none.payload.data).sort()).toEqual(['answers', 'conversations', 'plans']);
	});

	it('leaves them out of a one-conversation backup, and refuses one that holds any', async () => {
		const from = fresh();
		await seed(from);
		const c = await from.conversations.create({
			kind: 'self',
			title: 'Mijn cirkel',
			participants: [{ id: 'me', name: 'Noor', role: 'child', ageGroup: '12-18' }]
		});
		const one = await from.backups.create({ appVersion: 'test', conversationId: c.id, now: NOW });
		expect(one.payload.data.classSessions).toBeUndefined();
		const all = await from.backups.create({ appVersion: 'test', now: NOW });
		one.payload.data.classSessions = all.payload.data.classSessions;
		expect(parseBackup(serializeBackup(one))).toMatchObject({
			ok: false,
			error: 'scopeMismatch'
		});
	});
});

const byGroup = (a: ClassRecord, b: ClassRecord) =>
	a.session.group.localeCompare(b.session.group) || a.session.sequence - b.session.sequence;

describe('a hostile classSessions part', () => {
	type Json = Record<string, unknown>;
	type Change = (sessions: Json[], data: Json) => void;

	async function validFile(): Promise<string> {
		const from = fresh();
		await seed(from);
		return serializeBackup(await from.backups.create({ appVersion: 'test', now: NOW }));
	}

	function changed(text: string, change: Change): string {
		const file = JSON.parse(text) as { payload: { data: Json } };
		const data = file.payload.data;
		change(data.classSessions as Json[], data);
		return JSON.stringify(file);
	}

	const session = (s: Json) => s.session as Json;
	const cases: [string, string, Change][] = [
		['not a list', 'invalidEnvelope', (_s, d) => void (d.classSessions = { 0: {} })],
		['a record that is no object', 'invalidRecord', (s) => void ((s as unknown[])[0] = 'groep 7')],
		['a group that is a number', 'invalidRecord', (s) => void (session(s[0]!).group = 7)],
		['an unknown level', 'invalidRecord', (s) => void (session(s[0]!).level = 'mbo')],
		['an id that is a number', 'invalidId', (s) => void (session(s[0]!).id = 12)],
		['no session at all', 'invalidRecord', (s) => void delete s[0]!.session],
		[
			'a count that is text',
			'invalidRecord',
			(s) => void ((s[1]!.results as Json[])[0]!.counts = { 1: '9', 2: 0, 3: 0, 4: 0, 5: 0 })
		],
		[
			'a count far above a class',
			'invalidRecord',
			(s) => void (((s[1]!.results as Json[])[0]!.counts as Json)[5] = 1e9)
		],
		[
			'a result for an element not in the session',
			'invalidRecord',
			(s) => void ((s[1]!.results as Json[])[0]!.elementId = 'home')
		],
		[
			'two results for one element',
			'invalidRecord',
			(s) => void (s[1]!.results as Json[]).push({ elementId: 'safe' })
		],
		[
			'two agreements with one id',
			'invalidRecord',
			(s) => void (((s[1]!.agreements as Json).agreements as Json[])[1]!.id = 'a1')
		],
		['two sessions with one id', 'duplicate', (s) => void (s[2] = s[0]!)],
		[
			'more than the limit',
			'tooMany',
			(s) => void s.push(...Array.from({ length: MAX_CLASS_SESSIONS }, () => s[0]!))
		]
	];

	it.each(cases)('refuses %s (%s) and nothing can be written', async (_name, error, change) => {
		const text = changed(await validFile(), change);
		expect(parseBackup(text)).toMatchObject({ ok: false, error });
	});

	it('refuses a __proto__ key inside a class record, plain or encrypted', async () => {
		const valid = await validFile();
		const text = valid.replace('"group":', '"__proto__": { "polluted": true }, "group":');
		expect(text).not.toBe(valid);
		expect(parseBackup(text)).toMatchObject({ ok: false, error: 'forbiddenKey' });
		expect(({} as Json).polluted).toBeUndefined();
	});

	it('writes nothing when one part of the file is refused', async () => {
		const text = changed(
			await validFile(),
			(s) => void ((s[2]!.results as Json[])[0] = { elementId: 'safe' })
		);
		const to = fresh();
		const result = parseBackup(text);
		expect(result).toMatchObject({ ok: false, error: 'invalidRecord' });
		expect(await to.db.classSessions.count()).toBe(0);
		expect(await to.db.conversations.count()).toBe(0);
	});
});
