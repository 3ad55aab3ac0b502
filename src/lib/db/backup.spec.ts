import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answer } from '$lib/domain/answer';
import type { Conversation } from '$lib/domain/conversation';
import type { Plan } from '$lib/domain/plan';
import {
	aesGcmPayloadSchema,
	BACKUP_ERROR_KEYS,
	BACKUP_FORMAT_VERSION,
	decryptBackup,
	encryptBackup,
	MAX_CONVERSATIONS,
	parseBackup,
	serializeBackup,
	type ParsedBackup
} from './backup';
import { hostileBackups, P, seedExample } from '$test/backup-corpus';
import type { KansDb } from './db';
import { MissingRecordError } from './index';
import { createRepos, type TestRepos as Repos } from './repos';
import {
	createDataKey,
	fromBase64,
	KDF_ITERATIONS,
	MAX_ITERATIONS,
	MIN_ITERATIONS,
	toBase64
} from '$lib/platform/crypto';
import { testCipher as cipher } from '$test/test-key';

let n = 0;
const opened: KansDb[] = [];

function fresh(): Repos {
	const repos = createRepos(`test-backup-${++n}`, cipher);
	opened.push(repos.db);
	return repos;
}

afterEach(async () => {
	vi.restoreAllMocks();
	for (const db of opened.splice(0)) await db.delete();
});

const NOW = Date.UTC(2026, 10, 23, 14, 5);
const APP = '0.1.0';
/** The passphrase chosen when making the backup. */
const PASS = 'onze back-up van november';

const fixtureText = (name: string) =>
	readFileSync(new URL(`../../../tests/fixtures/backup/${name}.json`, import.meta.url), 'utf8');

interface FixtureFile {
	formatVersion: number;
	appVersion: string;
	createdAt: string;
	scope: string;
	payload: { data: { conversations: Conversation[]; answers: Answer[]; plans: Plan[] } };
}

const byKey = (a: Answer, b: Answer) =>
	`${a.conversationId}/${a.participantId}/${a.elementId}`.localeCompare(
		`${b.conversationId}/${b.participantId}/${b.elementId}`
	);

/** Everything a user could see of one conversation, read back through the repositories. */
async function read(repos: Repos, id: string) {
	return {
		conversation: await repos.conversations.get(id),
		progress: (await repos.db.conversations.get(id))?.progress,
		answers: (await repos.answers.forConversation(id)).sort(byKey),
		plan: await repos.plans.get(id)
	};
}

async function readAll(repos: Repos) {
	const ids = (await repos.db.conversations.toCollection().primaryKeys()).sort();
	return Promise.all(ids.map((id) => read(repos, id)));
}

async function counts(repos: Repos) {
	return {
		conversations: await repos.db.conversations.count(),
		answers: await repos.db.answers.count(),
		plans: await repos.db.plans.count()
	};
}

function parsed(text: string): ParsedBackup {
	const result = parseBackup(text);
	if (!result.ok) throw new Error(`expected a valid backup, got ${result.error} ${result.detail}`);
	return result.backup;
}

async function seededBackup(opts: { one?: boolean } = {}) {
	const source = fresh();
	const seeded = await seedExample(source);
	const file = await source.backups.create({
		appVersion: APP,
		now: NOW,
		...(opts.one ? { conversationId: seeded.family.id } : {})
	});
	return { source, ...seeded, file, text: serializeBackup(file) };
}

describe('createBackup', () => {
	it('writes the versioned envelope around the domain records, not the stored rows', async () => {
		const { file, text, family, self } = await seededBackup();
		expect(file).toMatchObject({
			format: 'kansencirkel-backup',
			formatVersion: BACKUP_FORMAT_VERSION,
			appVersion: APP,
			createdAt: '2026-11-23T14:05:00.000Z',
			scope: 'all',
			payload: { encoding: 'plain' }
		});
		const { conversations, answers, plans } = file.payload.data;
		expect(conversations.map((c) => c.id).sort()).toEqual([family.id, self.id].sort());
		expect(conversations.find((c) => c.id === family.id)).toEqual(family);
		expect(conversations[0]).not.toHaveProperty('progress');
		expect(answers).toHaveLength(17);
		expect(plans.map((p) => p.conversationId)).toEqual([family.id]);
		expect(text).toBe(JSON.stringify(file, null, '\t') + '\n');
	});

	it('backs up one conversation with only its own answers and plan', async () => {
		const { file, text, family } = await seededBackup({ one: true });
		expect(file.scope).toBe('conversation');
		const { conversations, answers, plans } = file.payload.data;
		expect(conversations.map((c) => c.id)).toEqual([family.id]);
		expect(answers).toHaveLength(13);
		expect(answers.every((a) => a.conversationId === family.id)).toBe(true);
		expect(plans.map((p) => p.conversationId)).toEqual([family.id]);
		// Nothing of the other conversation travels along.
		expect(text).not.toMatch(/Daan|Mijn kansencirkel|Voetbal|slaap slecht/);
	});

	it('refuses a conversation that does not exist', async () => {
		const repos = fresh();
		await expect(
			repos.backups.create({ appVersion: APP, conversationId: 'nope' })
		).rejects.toBeInstanceOf(MissingRecordError);
	});
});

describe('round trip', () => {
	it('restores into an empty device exactly what was backed up, with progress', async () => {
		const { source, text, family, self } = await seededBackup();
		const target = fresh();
		const result = await target.backups.restore(parsed(text), 'skip');
		expect(result).toEqual({ added: 2, replaced: 0, skipped: 0 });
		expect(await readAll(target)).toEqual(await readAll(source));
		// Progress is recomputed from the answers: 3 elements scored by all three, and by Daan.
		expect((await target.db.conversations.get(family.id))?.progress).toBe(3);
		expect((await target.db.conversations.get(self.id))?.progress).toBe(3);
		expect((await target.conversations.list()).map((c) => c.progress)).toEqual([3, 3]);
	});

	it('restores a single-conversation backup as just that conversation', async () => {
		const { text, family } = await seededBackup({ one: true });
		const target = fresh();
		expect(await target.backups.restore(parsed(text), 'skip')).toEqual({
			added: 1,
			replaced: 0,
			skipped: 0
		});
		expect(await counts(target)).toEqual({ conversations: 1, answers: 13, plans: 1 });
		expect((await target.conversations.get(family.id))?.title).toBe('Gezin Zoë');
	});

	it('accepts a byte order mark and drops record fields it does not know', async () => {
		const { text, file } = await seededBackup({ one: true });
		expect(parseBackup('\uFEFF' + text).ok).toBe(true);
		const extra = JSON.parse(text);
		extra.payload.data.conversations[0].surname = 'Jansen';
		const backup = parsed(JSON.stringify(extra));
		expect(backup.conversations[0]).toEqual(file.payload.data.conversations[0]);
		const target = fresh();
		await target.backups.restore(backup, 'skip');
		expect(JSON.stringify(await target.db.conversations.toArray())).not.toMatch(/Jansen/);
	});

	it('refuses parts of the file it does not know instead of skipping them', async () => {
		const { text } = await seededBackup({ one: true });
		type File = { payload: { data: Record<string, unknown> } } & Record<string, unknown>;
		const cases: [string, (f: File) => void][] = [
			['envelope', (f) => (f.comment = 'gemaakt op de tablet van het CJG')],
			['payload', (f) => Object.assign(f.payload, { signature: 'abc' })],
			['data', (f) => (f.payload.data.photos = [])]
		];
		for (const [where, change] of cases) {
			const file = JSON.parse(text) as File;
			change(file);
			expect(parseBackup(JSON.stringify(file)), where).toMatchObject({
				ok: false,
				error: 'unknownParts'
			});
		}
	});

	it(`accepts exactly ${MAX_CONVERSATIONS} conversations`, async () => {
		const { file } = await seededBackup();
		const self = file.payload.data.conversations.find((c) => c.kind === 'self')!;
		const many = {
			...file,
			payload: {
				encoding: 'plain' as const,
				data: {
					conversations: Array.from({ length: MAX_CONVERSATIONS }, (_, i) => ({
						...self,
						id: `c-${i}`
					})),
					answers: [],
					plans: []
				}
			}
		};
		expect(parsed(serializeBackup(many)).conversations).toHaveLength(MAX_CONVERSATIONS);
	});
});

describe('the documented format', () => {
	it('the example in docs/backup-format.md is a valid backup', () => {
		const doc = readFileSync(new URL('../../../docs/backup-format.md', import.meta.url), 'utf8');
		const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
		const backup = parsed(example);
		expect(backup.scope).toBe('conversation');
		expect(backup.conversations[0]?.title).toBe('Gezin Zoë');
		expect(backup.answers).toHaveLength(2);
		expect(backup.plans[0]?.focus[0]?.actions).toHaveLength(1);
	});

	it('an encrypted backup is recognised as such: it asks for its passphrase', async () => {
		const { file } = await seededBackup({ one: true });
		const encrypted = await encryptBackup(file, PASS, { iterations: MIN_ITERATIONS });
		expect(aesGcmPayloadSchema.safeParse(encrypted.payload).success).toBe(true);
		expect(parseBackup(serializeBackup(encrypted))).toEqual({ ok: false, error: 'encrypted' });
	});
});

describe('restoring onto a device that already has the conversations', () => {
	/** The device restored the backup earlier and then went on working. */
	async function editedDevice() {
		const backup = await seededBackup();
		const device = fresh();
		await device.backups.restore(parsed(backup.text), 'skip');
		const { family } = backup;
		await device.answers.save(family.id, P.zoe, 'heard', { score: 2, worries: 'Veranderd' }, NOW);
		await device.answers.save(family.id, P.henk, 'safe', { score: 5 }, NOW);
		await device.answers.save(family.id, P.zoe, 'safe', { score: 6 }, NOW);
		await device.answers.save(family.id, P.ans, 'safe', { score: 4 }, NOW);
		await device.conversations.update(family.id, { title: 'Gezin Z. (nieuw)' }, NOW);
		const plan = (await device.plans.get(family.id))!;
		await device.plans.save({ ...plan, planB: 'Nieuw plan B', updatedAt: NOW });
		return { ...backup, device, before: await readAll(device) };
	}

	it('previews which conversations are new and which are already here', async () => {
		const { device, text, family, self } = await editedDevice();
		await device.conversations.delete(self.id);
		const preview = await device.backups.preview(parsed(text));
		expect(preview).toMatchObject({ scope: 'all', appVersion: APP, newCount: 1, existingCount: 1 });
		expect(preview.conversations).toEqual(
			expect.arrayContaining([
				{
					id: family.id,
					title: 'Gezin Zoë',
					kind: 'family',
					participantCount: 3,
					answerCount: 13,
					hasPlan: true,
					createdAt: family.createdAt,
					updatedAt: family.updatedAt,
					existing: { title: 'Gezin Z. (nieuw)', updatedAt: NOW }
				},
				{
					id: self.id,
					title: 'Mijn kansencirkel',
					kind: 'self',
					participantCount: 1,
					answerCount: 4,
					hasPlan: false,
					createdAt: self.createdAt,
					updatedAt: self.updatedAt
				}
			])
		);
	});

	it('skip: leaves what is on the device untouched', async () => {
		const { device, text, before } = await editedDevice();
		expect((before[0]?.progress ?? 0) + (before[1]?.progress ?? 0)).toBe(7);
		const result = await device.backups.restore(parsed(text), 'skip');
		expect(result).toEqual({ added: 0, replaced: 0, skipped: 2 });
		expect(await readAll(device)).toEqual(before);
	});

	it('skip: still adds the conversations that are new', async () => {
		const { device, text, self, source } = await editedDevice();
		await device.conversations.delete(self.id);
		const result = await device.backups.restore(parsed(text), 'skip');
		expect(result).toEqual({ added: 1, replaced: 0, skipped: 1 });
		expect(await read(device, self.id)).toEqual(await read(source, self.id));
	});

	it('replace: the file wins, including answers and plan changes made on the device', async () => {
		const { device, text, source, family } = await editedDevice();
		const result = await device.backups.restore(parsed(text), 'replace');
		expect(result).toEqual({ added: 0, replaced: 2, skipped: 0 });
		expect(await readAll(device)).toEqual(await readAll(source));
		const restored = await read(device, family.id);
		expect(restored.conversation?.title).toBe('Gezin Zoë');
		expect(restored.plan?.planB).not.toBe('Nieuw plan B');
		// The answer only the device had is gone, and progress follows the file again.
		expect(restored.answers.some((a) => a.elementId === 'safe' && a.score === 5)).toBe(false);
		expect(restored.progress).toBe(3);
	});

	it('keep-both: adds the file as copies with new ids, answers and plan pointing to them', async () => {
		const { device, text, before, source, family, self } = await editedDevice();
		const later = NOW + 60_000;
		const result = await device.backups.restore(parsed(text), 'keep-both', later);
		expect(result).toEqual({ added: 2, replaced: 0, skipped: 0 });
		const all = await readAll(device);
		expect(all).toHaveLength(4);
		// What was on the device is still exactly there.
		for (const kept of before) expect(all).toContainEqual(kept);

		const copies = all.filter(
			(c) => c.conversation && ![family.id, self.id].includes(c.conversation.id)
		);
		expect(copies).toHaveLength(2);
		for (const original of [family, self]) {
			const fromFile = await read(source, original.id);
			const copy = copies.find((c) => c.conversation?.title === original.title)!;
			const id = copy.conversation!.id;
			expect(id).toMatch(/^[0-9a-f-]{36}$/);
			expect(copy.conversation).toEqual({ ...fromFile.conversation, id, updatedAt: later });
			expect(copy.answers).toEqual(fromFile.answers.map((a) => ({ ...a, conversationId: id })));
			expect(copy.plan).toEqual(fromFile.plan && { ...fromFile.plan, conversationId: id });
			expect(copy.progress).toBe(fromFile.progress);
		}
		const list = await device.conversations.list();
		expect(list.filter((c) => c.title === 'Mijn kansencirkel')).toHaveLength(2);
	});
});

/** Every stored row, binary as base64: equal snapshots mean byte-identical rows. */
async function snapshot(db: KansDb, ids?: readonly string[]) {
	const keep = (id: string) => ids === undefined || ids.includes(id);
	const text = (rows: unknown[]) =>
		JSON.parse(
			JSON.stringify(rows, (_key, value: unknown) => {
				if (Object.prototype.toString.call(value) === '[object ArrayBuffer]') {
					return toBase64(value as ArrayBuffer);
				}
				if (ArrayBuffer.isView(value)) {
					return toBase64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
				}
				return value;
			})
		) as unknown[];
	return {
		conversations: text((await db.conversations.toArray()).filter((r) => keep(r.id))),
		answers: text((await db.answers.toArray()).filter((r) => keep(r.conversationId))),
		plans: text((await db.plans.toArray()).filter((r) => keep(r.conversationId)))
	};
}

/** What one profile sees: its own conversations, read through its repositories. */
async function readOwn(repos: Repos) {
	const ids = (await repos.conversations.list()).map((c) => c.id).sort();
	return Promise.all(ids.map((id) => read(repos, id)));
}

/** Personal text from seedExample: none of it may be readable in an encrypted file. */
const SEEDED_TEXT = [
	'Gezin Zoë',
	'Zoë',
	'Opa Henk',
	'Mama luistert',
	'schoolplein',
	'Zwemmen',
	'kinderboerderij',
	'scheiding',
	'Mijn kansencirkel',
	'Daan',
	'slaap slecht',
	'Voetbal'
];

function flipByte(base64: string, index: number): string {
	const bytes = fromBase64(base64);
	const i = index < 0 ? bytes.length + index : index;
	bytes[i]! ^= 0x01;
	return toBase64(bytes);
}

// Encrypted backups that must open (kept as a name: these were the tests for a fixed bug).
const itOpens = it;

describe('encrypted backups', () => {
	async function encrypted(opts: { one?: boolean } = {}) {
		const seeded = await seededBackup(opts);
		const file = await encryptBackup(seeded.file, PASS, { iterations: MIN_ITERATIONS });
		return { ...seeded, encrypted: file, encryptedText: serializeBackup(file) };
	}

	/** A device that already has data of its own, to prove a refused file changes nothing. */
	async function busyDevice() {
		const device = fresh();
		const c = await device.conversations.create({
			kind: 'self',
			title: 'Al op dit apparaat',
			mode: 'open',
			revealed: [],
			participants: [{ id: 'me', name: 'Lotte', role: 'child', ageGroup: '12-18' }]
		});
		await device.answers.save(c.id, 'me', 'heard', { score: 6, strengths: 'Mijn zus' });
		return { device, before: await snapshot(device.db), seen: await readOwn(device) };
	}

	itOpens('restores with the right passphrase exactly what was backed up', async () => {
		const { source, encrypted: file, encryptedText } = await encrypted();
		expect(file).toMatchObject({
			format: 'kansencirkel-backup',
			formatVersion: BACKUP_FORMAT_VERSION,
			appVersion: APP,
			createdAt: '2026-11-23T14:05:00.000Z',
			scope: 'all',
			payload: { encoding: 'aes-gcm', kdf: { iterations: MIN_ITERATIONS } }
		});
		const opened = await decryptBackup(encryptedText, PASS);
		if (!opened.ok) throw new Error(`expected the backup to open, got ${opened.error}`);
		expect(opened.backup.scope).toBe('all');

		const target = fresh();
		expect(await target.backups.restore(opened.backup, 'skip')).toEqual({
			added: 2,
			replaced: 0,
			skipped: 0
		});
		expect(await readAll(target)).toEqual(await readAll(source));
		expect((await target.conversations.list()).map((c) => c.progress)).toEqual([3, 3]);
	});

	itOpens('restores a single encrypted conversation', async () => {
		const { encryptedText, family } = await encrypted({ one: true });
		const opened = await decryptBackup(encryptedText, PASS);
		if (!opened.ok) throw new Error(`expected the backup to open, got ${opened.error}`);
		const target = fresh();
		await target.backups.restore(opened.backup, 'skip');
		expect(await counts(target)).toEqual({ conversations: 1, answers: 13, plans: 1 });
		expect((await target.conversations.get(family.id))?.title).toBe('Gezin Zoë');
	});

	it('the file holds no readable personal text, not even inside the base64', async () => {
		const { text, encrypted: file, encryptedText } = await encrypted();
		// The same backup unencrypted does contain it: the check would notice.
		for (const marker of SEEDED_TEXT) expect(text).toContain(marker);
		const decoded = new TextDecoder().decode(fromBase64(file.payload.ciphertext));
		// The envelope around the ciphertext is searched as text; the ciphertext itself decoded.
		// (Searched as base64 text, 7.8 kB of random ciphertext spells a four-letter name like "Daan"
		// about once in 2,000 runs: that failed a CI run once, and would not have been a leak.)
		const envelope = encryptedText.replace(file.payload.ciphertext, '');
		expect(envelope.length).toBeLessThan(encryptedText.length);
		for (const marker of SEEDED_TEXT) {
			expect(envelope, marker).not.toContain(marker);
			expect(decoded, marker).not.toContain(marker);
		}
		expect(envelope).not.toMatch(/p-zoe|p-ans|"score"|"participants"/);
	});

	it('uses the full PBKDF2 cost unless told otherwise', async () => {
		const { file } = await seededBackup({ one: true });
		const slow = await encryptBackup(file, PASS);
		expect(slow.payload.kdf.iterations).toBe(KDF_ITERATIONS);
		expect(parseBackup(serializeBackup(slow))).toEqual({ ok: false, error: 'encrypted' });
	});

	const WRONG = ['onze back-up van oktober', PASS.toUpperCase(), PASS + ' ', ''];

	const TAMPERED = [
		['the first ciphertext byte', ['ciphertext'], 0],
		['a ciphertext byte in the middle', ['ciphertext'], 200],
		['the last byte (the tag)', ['ciphertext'], -1],
		['the IV', ['iv'], 3],
		['the KDF salt', ['kdf', 'salt'], 0]
	] as const;

	function tamper(text: string, path: readonly string[], index: number): string {
		const changed = JSON.parse(text);
		const holder = path.length === 1 ? changed.payload : changed.payload.kdf;
		const key = path[path.length - 1]!;
		holder[key] = flipByte(holder[key], index);
		return JSON.stringify(changed);
	}

	it('a wrong passphrase never opens it, and nothing changes on the device', async () => {
		const { encryptedText } = await encrypted();
		const { device, before, seen } = await busyDevice();
		for (const wrong of WRONG) {
			expect(await decryptBackup(encryptedText, wrong)).toMatchObject({ ok: false });
		}
		expect(await snapshot(device.db)).toEqual(before);
		expect(await readOwn(device)).toEqual(seen);
	});

	itOpens('a wrong passphrase is told as such, while the right one opens', async () => {
		const { encryptedText } = await encrypted();
		for (const wrong of WRONG) {
			expect(await decryptBackup(encryptedText, wrong)).toEqual({
				ok: false,
				error: 'wrongPassphrase'
			});
		}
		expect((await decryptBackup(encryptedText, PASS)).ok).toBe(true);
	});

	it.each(TAMPERED)(
		'one flipped byte in %s: refused, nothing changes on the device',
		async (_name, path, index) => {
			const { encryptedText } = await encrypted();
			const { device, before, seen } = await busyDevice();
			const result = await decryptBackup(tamper(encryptedText, path, index), PASS);
			expect(result).toMatchObject({ ok: false });
			expect(await snapshot(device.db)).toEqual(before);
			expect(await readOwn(device)).toEqual(seen);
		}
	);

	itOpens(
		'a flipped byte anywhere says the passphrase does not fit; the intact file opens',
		async () => {
			const { encryptedText } = await encrypted();
			for (const [name, path, index] of TAMPERED) {
				expect(await decryptBackup(tamper(encryptedText, path, index), PASS), name).toEqual({
					ok: false,
					error: 'wrongPassphrase'
				});
			}
			expect((await decryptBackup(encryptedText, PASS)).ok).toBe(true);
		}
	);

	it('refuses KDF costs a hostile file could use to hang the app, without deriving', async () => {
		const { encryptedText } = await encrypted({ one: true });
		const derive = vi.spyOn(globalThis.crypto.subtle, 'deriveKey');
		for (const iterations of [MAX_ITERATIONS + 1, 1e12, MIN_ITERATIONS - 1, 1]) {
			const changed = JSON.parse(encryptedText);
			changed.payload.kdf.iterations = iterations;
			expect(await decryptBackup(JSON.stringify(changed), PASS)).toMatchObject({
				ok: false,
				error: 'invalidEnvelope'
			});
		}
		expect(derive).not.toHaveBeenCalled();
		derive.mockRestore();
	});

	itOpens('decrypted records pass the same checks as a plain file', async () => {
		const { file } = await seededBackup({ one: true });
		const broken = {
			...file,
			payload: {
				encoding: 'plain' as const,
				data: {
					...file.payload.data,
					answers: [{ ...file.payload.data.answers[0]!, score: 11 }]
				}
			}
		};
		const sealed = await encryptBackup(broken, PASS, { iterations: MIN_ITERATIONS });
		expect(await decryptBackup(serializeBackup(sealed), PASS)).toMatchObject({
			ok: false,
			error: 'invalidRecord'
		});
		const scope = await encryptBackup(
			{
				...file,
				scope: 'conversation',
				payload: { encoding: 'plain', data: { ...file.payload.data, conversations: [] } }
			},
			PASS,
			{ iterations: MIN_ITERATIONS }
		);
		expect(await decryptBackup(serializeBackup(scope), PASS)).toMatchObject({
			ok: false,
			error: 'scopeMismatch'
		});
	});

	it('a plain (older) backup still opens, with or without a passphrase given', async () => {
		const text = fixtureText('v1-one');
		expect(parseBackup(text).ok).toBe(true);
		expect((await decryptBackup(text, 'wat dan ook')).ok).toBe(true);
	});
});

describe('profiles sharing a device', () => {
	async function twoProfiles() {
		const backup = await seededBackup();
		const mine = fresh();
		const theirs = createRepos(mine.db.name, {
			profileId: 'p2',
			key: (await createDataKey('ander-geheim', { iterations: MIN_ITERATIONS })).key
		});
		// The first profile restored the backup earlier: the ids in the file are its rows now.
		await mine.backups.restore(parsed(backup.text), 'skip');
		const ids = [backup.family.id, backup.self.id];
		return { ...backup, mine, theirs, ids, before: await snapshot(mine.db, ids) };
	}

	it.each(['skip', 'replace', 'keep-both'] as const)(
		"%s: a conversation whose id belongs to another profile is added as a copy; the other's row stays byte for byte",
		async (choice) => {
			const { mine, theirs, ids, before, source, family, self, text } = await twoProfiles();
			const seenByMine = await readOwn(mine);

			const preview = await theirs.backups.preview(parsed(text));
			expect(preview).toMatchObject({ newCount: 2, existingCount: 0 });
			expect(preview.conversations.every((c) => c.existing === undefined)).toBe(true);

			const later = NOW + 60_000;
			expect(await theirs.backups.restore(parsed(text), choice, later)).toEqual({
				added: 2,
				replaced: 0,
				skipped: 0
			});

			// The first profile's rows are untouched, and it sees exactly what it saw.
			expect(await snapshot(mine.db, ids)).toEqual(before);
			expect(await readOwn(mine)).toEqual(seenByMine);

			// The second profile has its own copies, under new ids, complete.
			const copies = await readOwn(theirs);
			expect(copies).toHaveLength(2);
			for (const original of [family, self]) {
				const fromFile = await read(source, original.id);
				const copy = copies.find((c) => c.conversation?.title === original.title)!;
				const id = copy.conversation!.id;
				expect(ids).not.toContain(id);
				expect(copy.conversation).toEqual({ ...fromFile.conversation, id, updatedAt: later });
				expect(copy.answers).toEqual(fromFile.answers.map((a) => ({ ...a, conversationId: id })));
				expect(copy.plan).toEqual(fromFile.plan && { ...fromFile.plan, conversationId: id });
				expect(copy.progress).toBe(fromFile.progress);
			}
			expect(await counts(mine)).toEqual({ conversations: 4, answers: 34, plans: 2 });
		}
	);

	it("never overwrites another profile's row, even when it appears between preview and write", async () => {
		const { mine, theirs, ids, before, text } = await twoProfiles();
		// Reading before the write misses the other profile's rows, as if they arrived just after.
		vi.spyOn(theirs.db.conversations, 'bulkGet').mockResolvedValueOnce([undefined, undefined]);
		await expect(theirs.backups.restore(parsed(text), 'replace')).rejects.toBeInstanceOf(
			MissingRecordError
		);
		expect(await snapshot(mine.db, ids)).toEqual(before);
		expect(await theirs.conversations.list()).toEqual([]);
		expect(await counts(mine)).toEqual({ conversations: 2, answers: 17, plans: 1 });
	});

	it("a backup contains only the profile's own conversations", async () => {
		const { mine, theirs, ids } = await twoProfiles();
		const empty = await theirs.backups.create({ appVersion: APP, now: NOW });
		expect(empty.payload.data).toEqual({ conversations: [], answers: [], plans: [] });
		await expect(
			theirs.backups.create({ appVersion: APP, conversationId: ids[0]! })
		).rejects.toBeInstanceOf(MissingRecordError);
		const own = await mine.backups.create({ appVersion: APP, now: NOW });
		expect(own.payload.data.conversations.map((c) => c.id).sort()).toEqual([...ids].sort());
	});
});

const APP_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Walks two records of the same shape and notes which id became which. */
function pairIds(expected: unknown, actual: unknown, ids: Map<string, string>): void {
	if (typeof expected === 'string' && typeof actual === 'string') {
		if (expected !== actual && !APP_ID.test(expected)) {
			expect(ids.get(expected) ?? actual).toBe(actual); // one file id, one new id
			ids.set(expected, actual);
		}
	} else if (expected && actual && typeof expected === 'object' && typeof actual === 'object') {
		for (const [k, v] of Object.entries(expected)) {
			pairIds(v, (actual as Record<string, unknown>)[k], ids);
		}
	}
}

/** `value` with every string that is a mapped id replaced by its new id. */
function relabel<T>(value: T, ids: ReadonlyMap<string, string>): T {
	if (value === undefined) return value;
	return JSON.parse(
		JSON.stringify(value, (_, v: unknown) => (typeof v === 'string' ? (ids.get(v) ?? v) : v))
	) as T;
}

describe('frozen fixtures', () => {
	const progress: Record<string, number> = {
		'ec50f1c5-9bf7-44c1-a3fc-54fca0507da5': 3,
		'd5e3e2be-7fe5-4a53-b297-e52e083bb9db': 3
	};

	it.each(['v1-all', 'v1-one'])(
		'%s keeps parsing and restoring with the same meaning',
		async (name) => {
			const text = fixtureText(name);
			const fixture = JSON.parse(text) as FixtureFile;
			const backup = parsed(text);
			expect(backup).toMatchObject({
				formatVersion: 1,
				appVersion: fixture.appVersion,
				createdAt: fixture.createdAt,
				scope: fixture.scope
			});
			// Made before answers were per child: each conversation has one child, whom every
			// answer (the adults' too) is about now, and nothing asks the coach to check.
			const old = fixture.payload.data;
			const childOf = (c: (typeof old.conversations)[number]) =>
				(c.participants as { id: string; role: string }[]).find((p) => p.role === 'child')!.id;
			const conversations = old.conversations.map((c) => ({
				...c,
				children: [childOf(c)],
				skipped: [],
				checkChildren: false
			}));
			const answers = old.answers.map((a) => ({
				...a,
				childId: childOf(old.conversations.find((c) => c.id === a.conversationId)!)
			}));
			const plans = old.plans.map((p) => ({
				...p,
				focus: (p.focus as object[]).map((f) => ({ childId: null, ...f }))
			}));

			const repos = fresh();
			const result = await repos.backups.restore(backup, 'skip');
			expect(result).toEqual({ added: conversations.length, replaced: 0, skipped: 0 });
			expect(await counts(repos)).toEqual({
				conversations: conversations.length,
				answers: answers.length,
				plans: plans.length
			});
			// The fixture's participant ids ("p-zoe") are not of the app's format: each got a
			// fresh id, the same one everywhere; conversation ids (the app's format) stayed.
			const ids = new Map<string, string>();
			for (const c of conversations) {
				const restored = await read(repos, c.id);
				pairIds(c, restored.conversation, ids);
				expect(restored.conversation).toEqual(relabel(c, ids));
				expect(restored.progress).toBe(progress[c.id]);
				const expected = answers.filter((a) => a.conversationId === c.id);
				expect(restored.answers).toEqual(relabel(expected, ids).sort(byKey));
				const plan = plans.find((p) => p.conversationId === c.id);
				if (plan) pairIds(plan, restored.plan, ids);
				expect(restored.plan).toEqual(relabel(plan, ids));
			}
			for (const [from, to] of ids) {
				expect(to).toMatch(APP_ID);
				expect(from).not.toMatch(APP_ID);
			}
			expect(new Set(ids.values()).size).toBe(ids.size);

			// Backing up the restored device again gives the same records.
			const again = await repos.backups.create({
				appVersion: fixture.appVersion,
				now: Date.parse(fixture.createdAt),
				...(fixture.scope === 'conversation' ? { conversationId: conversations[0]!.id } : {})
			});
			// (Answers in key order: the new ids sort differently from the file's.)
			const expected = relabel({ conversations, answers, plans }, ids);
			expect({
				...again.payload.data,
				answers: [...again.payload.data.answers].sort(byKey)
			}).toEqual({ ...expected, answers: [...expected.answers].sort(byKey) });
		}
	);

	it('v1-all still means: a family with a young child, notes with emoji, a plan; a self-reflection', async () => {
		const repos = fresh();
		await repos.backups.restore(parsed(fixtureText('v1-all')), 'skip');
		const [family, self] = await Promise.all(Object.keys(progress).map((id) => read(repos, id)));
		expect(family?.conversation).toMatchObject({
			kind: 'family',
			title: 'Gezin Zoë',
			mode: 'turns'
		});
		expect(family?.conversation?.revealed).toEqual(['heard', 'belonging']);
		const id = expect.stringMatching(APP_ID);
		expect(family?.conversation?.participants).toEqual([
			{ id, name: 'Zoë', role: 'child', ageGroup: '4-7' },
			{ id, name: 'Ans', role: 'parent' },
			{ id, name: 'Opa Henk', role: 'network', relation: 'opa' }
		]);
		const [zoe, ans, henk] = family!.conversation!.participants.map((p) => p.id);
		expect(
			family?.answers.find((a) => a.participantId === zoe && a.elementId === 'active')
		).toMatchObject({ score: 10, strengths: 'Zwemmen!! 🏊‍♀️🏊‍♀️' });
		expect(
			family?.answers.find((a) => a.participantId === ans && a.elementId === 'safe')
		).toMatchObject({
			childId: zoe,
			score: null,
			wantsToTalk: true,
			worries: 'Ruzie bij de overdracht "op zondag"'
		});
		expect(family?.plan).toMatchObject({
			regisseur: ans,
			evaluationDate: '2027-01-11',
			supporters: [{ id, name: 'Juf Sanne', relation: 'leerkracht' }]
		});
		expect(family?.plan?.focus.map((f) => [f.elementId, f.actions.length])).toEqual([
			['belonging', 2],
			['home', 1]
		]);
		expect(family?.plan?.agreements.map((a) => a.participantId)).toEqual([zoe, ans, henk]);
		expect(self?.conversation).toMatchObject({ kind: 'self', title: 'Mijn kansencirkel' });
		expect(self?.plan).toBeUndefined();
	});
});

describe('atomicity', () => {
	it('writes nothing at all when a write fails halfway', async () => {
		const { text } = await seededBackup();
		const target = fresh();
		vi.spyOn(target.db.plans, 'bulkPut').mockImplementation(() => {
			throw new Error('disk full');
		});
		await expect(target.backups.restore(parsed(text), 'skip')).rejects.toThrow('disk full');
		expect(await counts(target)).toEqual({ conversations: 0, answers: 0, plans: 0 });
	});

	it('writes nothing when IndexedDB refuses one answer row', async () => {
		const { text } = await seededBackup();
		const target = fresh();
		target.db.answers.hook('creating', (_key, row) => {
			if (row.elementId === 'safe') throw new Error('constraint');
		});
		await expect(target.backups.restore(parsed(text), 'skip')).rejects.toThrow();
		expect(await counts(target)).toEqual({ conversations: 0, answers: 0, plans: 0 });
	});

	it('keeps the device as it was when a replace fails after deleting old answers', async () => {
		const { text, source } = await seededBackup();
		const device = fresh();
		await device.backups.restore(parsed(text), 'skip');
		const family = (await device.conversations.list()).find((c) => c.kind === 'family')!;
		await device.answers.save(family.id, P.zoe, 'heard', { score: 1 }, NOW);
		const before = await readAll(device);
		expect(before).not.toEqual(await readAll(source));
		vi.spyOn(device.db.plans, 'bulkPut').mockImplementation(() => {
			throw new Error('disk full');
		});
		await expect(device.backups.restore(parsed(text), 'replace')).rejects.toThrow('disk full');
		expect(await readAll(device)).toEqual(before);
	});
});

describe('hostile backup files', () => {
	// A payload that says aes-gcm but lacks the KDF, IV or ciphertext is refused as damaged
	// right away (backup.ts parseV1), rather than asking for a passphrase that cannot open it.
	const corpus = hostileBackups(fixtureText('v1-all'));
	const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

	it('has at least 200 distinct files covering every error', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(200);
		expect(new Set(corpus.map((f) => f.name)).size).toBe(corpus.length);
		const small = corpus.filter((f) => !f.large).map((f) => f.text());
		expect(new Set(small).size).toBe(small.length);
		const covered = new Set<string>(corpus.map((f) => f.expected));
		// Only decryptBackup can say this one (it needs a passphrase): see 'encrypted backups'.
		covered.add('wrongPassphrase');
		expect(covered).toEqual(new Set(BACKUP_ERROR_KEYS));
	});

	it.each(corpus)('$name: refused as $expected, nothing written', async (file) => {
		const repos = fresh();
		const result = parseBackup(file.text());
		expect(result).toMatchObject({ ok: false, error: file.expected });
		// Opening it with a passphrase refuses it just the same. (An encrypted one is refused as not
		// opening with this passphrase; the exact message is checked under 'encrypted backups'.)
		expect(await decryptBackup(file.text(), PASS)).toMatchObject(
			file.expected === 'encrypted' ? { ok: false } : { ok: false, error: file.expected }
		);
		if (result.ok) {
			// As the UI would do: only a file that passed is restored. It must not get here.
			await repos.backups.restore(result.backup, 'replace');
		} else {
			// Every error key has a sentence: i18n/backup.nl.spec.ts. Details are for logs: short, and never the user's text itself.
			expect(result.detail?.length ?? 0).toBeLessThan(120);
		}
		expect(await counts(repos)).toEqual({ conversations: 0, answers: 0, plans: 0 });
	});

	it('left every prototype untouched', () => {
		expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
		const probe = {} as Record<string, unknown>;
		expect(probe.polluted).toBeUndefined();
		expect(probe.isAdmin).toBeUndefined();
		expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
		expect(Object.keys(Object.prototype)).toEqual([]);
	});
});
