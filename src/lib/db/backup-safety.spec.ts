import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerSchema, NOTE_MAX } from '$lib/domain/answer';
import { planSchema, PLAN_TEXT_MAX } from '$lib/domain/plan';
import { parseId } from '$lib/domain/params';
import { suggestionKey, suggestItems } from '$lib/domain/plan-suggestions';
import { boxSeal, MIN_ITERATIONS } from '$lib/platform/crypto';
import {
	decryptBackup,
	encryptBackup,
	ID_FIELDS,
	isAppId,
	MAX_BACKUP_BYTES,
	parseBackup,
	readBackupBlob,
	serializeBackup,
	type ParsedBackup
} from './backup';
import type { KansDb } from './db';
import { createRepos, type TestRepos as Repos } from './repos';
import { boundaryBackups } from '$test/backup-corpus';
import { testCipher as cipher } from '$test/test-key';

// Issue 11, items 4, 5, 8, 9 and 10: what a hostile or odd backup file must not be able to do.

let n = 0;
const opened: KansDb[] = [];
function fresh(): Repos {
	const repos = createRepos(`test-backup-safety-${++n}`, cipher);
	opened.push(repos.db);
	return repos;
}
afterEach(async () => {
	vi.restoreAllMocks();
	for (const db of opened.splice(0)) await db.delete();
});

const PASS = 'onze back-up van november';
const validText = readFileSync(
	new URL('../../../tests/fixtures/backup/v1-all.json', import.meta.url),
	'utf8'
);
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const valid = () => JSON.parse(validText) as Json;

function parsed(text: string): ParsedBackup {
	const result = parseBackup(text);
	if (!result.ok) throw new Error(`expected a valid backup, got ${result.error} ${result.detail}`);
	return result.backup;
}

/** A v1 encrypted file whose ciphertext holds exactly `plaintext`, as a crafted file could. */
async function sealedFile(plaintext: string, envelope: Json = valid()): Promise<string> {
	const box = await boxSeal(plaintext, PASS, { iterations: MIN_ITERATIONS });
	return JSON.stringify({ ...envelope, payload: { encoding: 'aes-gcm', ...box } });
}

describe('item 9: envelope and decrypted payload are separate JSON documents', () => {
	it('refuses a decrypted payload that closes the payload and adds keys to the envelope', async () => {
		const data = JSON.stringify(valid().payload.data);
		// Spliced into the envelope's text, this would end `data` and set appVersion and scope.
		const text = await sealedFile(`${data}}, "appVersion": "ingevoegd", "x": {"y": 1`);
		const result = await decryptBackup(text, PASS);
		expect(result).toMatchObject({ ok: false, error: 'corrupt' });
	});

	it('opens a valid encrypted file whose envelope contains the text __DATA__', async () => {
		const envelope = { ...valid(), appVersion: '__DATA__' };
		const text = await sealedFile(JSON.stringify(valid().payload.data), envelope);
		const result = await decryptBackup(text, PASS);
		expect(result).toMatchObject({ ok: true, backup: { appVersion: '__DATA__' } });
	});

	it('refuses parts it does not know, in the envelope and in the decrypted data', async () => {
		const data = valid().payload.data;
		const sealed = JSON.parse(await sealedFile(JSON.stringify(data)));
		// Before any passphrase is asked: the envelope and the sealed payload.
		for (const file of [
			{ ...sealed, __DATA__: data },
			{ ...sealed, payload: { ...sealed.payload, hint: 'de naam van de hond' } }
		]) {
			expect(parseBackup(JSON.stringify(file))).toMatchObject({ ok: false, error: 'unknownParts' });
		}
		// After it: what the ciphertext holds is checked as strictly as a plain file.
		const more = await sealedFile(JSON.stringify({ ...data, photos: [] }));
		expect(await decryptBackup(more, PASS)).toMatchObject({ ok: false, error: 'unknownParts' });
		expect(await decryptBackup(await sealedFile(JSON.stringify(data)), PASS)).toMatchObject({
			ok: true
		});
	});

	it('checks prototype keys inside the decrypted records too', async () => {
		const data = JSON.stringify(valid().payload.data).replace('{', '{"__proto__": {"x": 1},');
		expect(await decryptBackup(await sealedFile(data), PASS)).toMatchObject({
			ok: false,
			error: 'forbiddenKey'
		});
	});
});

describe('item 10: strict UTF-8 and lengths as people see them', () => {
	it('refuses a file that is not valid UTF-8 as damaged instead of showing U+FFFD in names', async () => {
		const bytes = new TextEncoder().encode(validText);
		// "Zoë": ë is C3 AB in UTF-8; a lone FF byte is no UTF-8 at all.
		const at = bytes.findIndex((b, i) => b === 0xc3 && bytes[i + 1] === 0xab);
		expect(at).toBeGreaterThan(0);
		const broken = bytes.slice();
		broken[at] = 0xff;
		const result = await readBackupBlob(new Blob([broken]));
		expect(result).toMatchObject({ ok: false, error: 'corrupt', detail: 'not UTF-8' });
		// The same file, intact, is fine (with its byte order mark too).
		expect(await readBackupBlob(new Blob([bytes]))).toMatchObject({ ok: true });
		expect(
			await readBackupBlob(new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), bytes]))
		).toMatchObject({ ok: true });
	});

	it('counts the note limit in UTF-16 units, as the textarea does: 1,001 emoji are too long', () => {
		const answer = { ...valid().payload.data.answers[0] };
		const emoji = (count: number) => '😊'.repeat(count);
		expect(NOTE_MAX).toBe(2000);
		expect(answerSchema.safeParse({ ...answer, worries: emoji(1000) }).success).toBe(true);
		expect(answerSchema.safeParse({ ...answer, worries: emoji(1001) }).success).toBe(false);
		expect(answerSchema.safeParse({ ...answer, worries: 'x'.repeat(NOTE_MAX + 1) }).success).toBe(
			false
		);
		const file = valid();
		file.payload.data.answers[0].strengths = emoji(1001);
		expect(parseBackup(JSON.stringify(file))).toMatchObject({ ok: false, error: 'invalidRecord' });
	});

	it('counts the plan text limits the same way', () => {
		const plan = valid().payload.data.plans[0];
		expect(planSchema.safeParse({ ...plan, planB: '😊'.repeat(PLAN_TEXT_MAX / 2) }).success).toBe(
			true
		);
		expect(
			planSchema.safeParse({ ...plan, planB: '😊'.repeat(PLAN_TEXT_MAX / 2 + 1) }).success
		).toBe(false);
	});
});

describe('item 8: the size limit is bytes, checked before reading', () => {
	it('refuses a file larger than the limit without reading a byte of it', async () => {
		const big = new Blob([new Uint8Array(MAX_BACKUP_BYTES + 1)]);
		const stream = vi.spyOn(big, 'stream');
		const arrayBuffer = vi.spyOn(big, 'arrayBuffer');
		expect(await readBackupBlob(big)).toMatchObject({ ok: false, error: 'tooLarge' });
		expect(stream).not.toHaveBeenCalled();
		expect(arrayBuffer).not.toHaveBeenCalled();
	});

	it('counts bytes, not characters: 13 million ë (26 MB) are too large', async () => {
		const file = valid();
		file.payload.data.answers[0].worries = 'ë'.repeat(13_000_000);
		const text = JSON.stringify(file);
		expect(text.length).toBeLessThan(MAX_BACKUP_BYTES);
		expect(await readBackupBlob(new Blob([text]))).toMatchObject({ ok: false, error: 'tooLarge' });
	});

	it('reports progress while reading, then checking', async () => {
		const seen: string[] = [];
		const result = await readBackupBlob(new Blob([validText]), {
			onProgress: (p) => seen.push(p.phase === 'reading' ? `reading ${p.fraction}` : p.phase)
		});
		expect(result.ok).toBe(true);
		expect(seen.at(-2)).toBe('reading 1');
		expect(seen.at(-1)).toBe('checking');
	});

	it('opens an encrypted file from its bytes with the passphrase', async () => {
		const backup = parsed(validText);
		const plain = {
			format: 'kansencirkel-backup',
			formatVersion: 1,
			appVersion: backup.appVersion,
			createdAt: backup.createdAt,
			scope: backup.scope,
			payload: { encoding: 'plain', data: valid().payload.data }
		} as const;
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		const sealed = await encryptBackup(plain as any, PASS, { iterations: MIN_ITERATIONS });
		const blob = new Blob([serializeBackup(sealed)]);
		expect(await readBackupBlob(blob)).toMatchObject({ ok: false, error: 'encrypted' });
		expect(await readBackupBlob(blob, { passphrase: 'fout' })).toMatchObject({
			error: 'wrongPassphrase'
		});
		expect(await readBackupBlob(blob, { passphrase: PASS })).toMatchObject({ ok: true });
	});
});

describe('item 5: restored ids are never the file’s free text', () => {
	const WORDS = ['Gezin Zoë de Vries', 'mishandeling', 'oma-thuis', 'a/b?c#d'];

	/** The valid file with ids that are words, referenced everywhere an id can be. */
	function wordyFile(): string {
		let text = validText;
		const file = valid();
		const family = file.payload.data.conversations[0];
		const [zoe, ans] = family.participants.map((p: Json) => p.id as string);
		const supporter = file.payload.data.plans[0].supporters[0].id as string;
		for (const [from, to] of [
			[family.id, WORDS[0]],
			[zoe, WORDS[1]],
			[ans, WORDS[2]],
			[supporter, WORDS[3]]
		] as const) {
			text = text.replaceAll(JSON.stringify(from), JSON.stringify(to));
		}
		return text;
	}

	it('stores none of the words: every id in IndexedDB is of the app’s own format', async () => {
		const repos = fresh();
		const text = wordyFile();
		expect(text).toContain('"mishandeling"');
		const result = await repos.backups.restore(parsed(text), 'skip');
		expect(result.added).toBe(2);
		const rows = {
			conversations: await repos.db.conversations.toArray(),
			answers: await repos.db.answers.toArray(),
			plans: await repos.db.plans.toArray()
		};
		// What is stored in the clear: keys and timestamps (the rest is sealed).
		const clear = JSON.stringify(rows, (k, v: unknown) => (k === 'sealed' ? undefined : v));
		for (const word of WORDS) expect(clear).not.toContain(word);
		for (const row of rows.conversations) expect(isAppId(row.id)).toBe(true);
		for (const row of rows.answers) expect(isAppId(row.participantId)).toBe(true);
	});

	it('maps each id consistently: answers, plan items, actions, regisseur, agreements, supporters', async () => {
		const repos = fresh();
		await repos.backups.restore(parsed(wordyFile()), 'skip');
		const list = await repos.conversations.list();
		const family = await repos.conversations.get(list.find((c) => c.kind === 'family')!.id);
		expect(family).toBeDefined();
		const id = family!.id;
		expect(parseId(id)).toBe(id); // it can go into a URL, so it can be opened and deleted
		const byName = Object.fromEntries(family!.participants.map((p) => [p.name, p.id]));
		const zoe = byName['Zoë']!;
		const ans = byName['Ans']!;
		expect(isAppId(zoe) && isAppId(ans) && zoe !== ans).toBe(true);

		const answers = await repos.answers.forConversation(id);
		expect(answers.filter((a) => a.participantId === zoe).length).toBeGreaterThan(0);
		expect(answers.every((a) => Object.values(byName).includes(a.participantId))).toBe(true);

		const plan = (await repos.plans.get(id))!;
		const original = valid().payload.data.plans[0];
		const [zoeWas, ansWas] = valid().payload.data.conversations[0].participants.map(
			(p: Json) => p.id as string
		);
		const map = (was: string) => (was === zoeWas ? zoe : was === ansWas ? ans : was);
		const supporter = plan.supporters[0]!.id;
		expect(isAppId(supporter)).toBe(true);
		expect(plan.regisseur).toBe(byName[nameOf(original.regisseur)] ?? map(original.regisseur));
		expect(plan.agreements.map((a) => a.participantId)).toEqual(
			original.agreements.map((a: Json) => byName[nameOf(a.participantId)])
		);
		const actions = plan.focus.flatMap((f) => f.actions);
		const originalActions = original.focus.flatMap((f: Json) => f.actions) as Json[];
		for (const [i, action] of actions.entries()) {
			const was = originalActions[i]!;
			expect(action.who).toBe(byName[nameOf(was.who)] ?? map(was.who));
			// Support holds free words or an id: an id is mapped, words stay as they were.
			const supportWas = was.support as string;
			const expected =
				supportWas === original.supporters[0].id
					? supporter
					: (byName[nameOf(supportWas)] ?? supportWas);
			expect(action.support).toBe(expected);
		}
		expect(plan.strengths.map((s) => s.participantId)).toEqual(
			original.strengths.map((s: Json) =>
				s.participantId === undefined ? undefined : byName[nameOf(s.participantId)]
			)
		);

		// And it can be deleted with everything of it.
		await repos.conversations.delete(id);
		expect(await repos.db.answers.where('conversationId').equals(id).count()).toBe(0);
		expect(await repos.db.plans.get(id)).toBeUndefined();

		function nameOf(participantId: string): string {
			const p = valid().payload.data.conversations[0].participants.find(
				(q: Json) => q.id === participantId
			);
			return p?.name ?? '';
		}
	});

	it('keeps ids of the app’s own format, so a backup made here finds its conversations here', async () => {
		const repos = fresh();
		const backup = parsed(validText);
		const ids = valid().payload.data.conversations.map((c: Json) => c.id as string);
		expect(ids.every(isAppId)).toBe(true);
		expect(backup.conversations.map((c) => c.id)).toEqual(ids);
		await repos.backups.restore(backup, 'skip');
		const preview = await repos.backups.preview(parsed(validText));
		expect(preview.existingCount).toBe(2);
	});

	/** The valid file with each of the family's ids (conversation, people, supporter) replaced. */
	function withIds(ids: {
		conversation?: unknown;
		zoe?: unknown;
		ans?: unknown;
		supporter?: unknown;
	}) {
		let text = validText;
		const file = valid();
		const family = file.payload.data.conversations[0];
		const [zoe, ans] = family.participants.map((p: Json) => p.id as string);
		const supporter = file.payload.data.plans[0].supporters[0].id as string;
		for (const [from, to] of [
			[family.id, ids.conversation],
			[zoe, ids.zoe],
			[ans, ids.ans],
			[supporter, ids.supporter]
		] as const) {
			if (to !== undefined) text = text.replaceAll(JSON.stringify(from), JSON.stringify(to));
		}
		return text;
	}

	it.each([
		['longer than the app’s own (65 characters)', 'x'.repeat(65)],
		['much longer (300 characters)', 'lange-naam-'.repeat(30)],
		['an upper-case uuid', 'EC50F1C5-9BF7-44C1-A3FC-54FCA0507DA5'],
		['a space', ' '],
		['with a colon', 'ouder:1']
	])('replaces ids %s instead of refusing the file', async (_, id) => {
		const text = withIds({ conversation: `${id}c`, zoe: id, ans: `${id}a`, supporter: `${id}s` });
		const result = parseBackup(text);
		expect(result).toMatchObject({ ok: true });
		const repos = fresh();
		await repos.backups.restore(parsed(text), 'skip');
		const rows = await repos.db.conversations.toArray();
		expect(rows).toHaveLength(2);
		for (const row of rows) expect(isAppId(row.id)).toBe(true);
		const summary = (await repos.conversations.list()).find((c) => c.kind === 'family')!;
		const family = (await repos.conversations.get(summary.id))!;
		for (const p of family.participants) expect(isAppId(p.id)).toBe(true);
		const plan = (await repos.plans.get(family.id))!;
		expect(isAppId(plan.supporters[0]!.id)).toBe(true);
		const ans = family.participants.find((p) => p.name === 'Ans')!.id;
		expect(plan.regisseur).toBe(ans);
	});

	it.each([
		['a number', { zoe: 7 }, 'conversations[0].participants[0].id'],
		['null', { conversation: null }, 'conversations[0].id'],
		['empty', { ans: '' }, 'conversations[0].participants[1].id'],
		['an object', { zoe: { id: 'x' } }, 'conversations[0].participants[0].id']
	])('refuses an id that is %s with its own message, not as any wrong record', (_, ids, where) => {
		const result = parseBackup(withIds(ids));
		expect(result).toMatchObject({ ok: false, error: 'invalidId' });
		expect(result.ok ? '' : result.detail).toContain(where);
	});

	it('maps the people inside suggestion keys and an action being written, as everywhere', async () => {
		const file = valid();
		const family = file.payload.data.conversations[0];
		const [zoe, ans] = family.participants.map((p: Json) => p.id as string);
		const plan = file.payload.data.plans[0];
		// An accepted suggestion keeps its key as id; a removed one is kept by its key.
		plan.strengths[0].id = suggestionKey('strengths', zoe, 'active');
		plan.worries[0].id = suggestionKey('worries', ans, 'belonging', zoe);
		plan.dismissed = [
			suggestionKey('worries', ans, 'safe'),
			suggestionKey('strengths', ans, 'home', zoe),
			'low:home'
		];
		plan.focus[0].draft = { what: 'Bellen', who: ans, when: '', support: zoe };
		const repos = fresh();
		await repos.backups.restore(parsed(JSON.stringify(file)), 'skip');
		const summary = (await repos.conversations.list()).find((c) => c.kind === 'family')!;
		const restored = (await repos.conversations.get(summary.id))!;
		const id = (name: string) => restored.participants.find((p) => p.name === name)!.id;
		const saved = (await repos.plans.get(restored.id))!;
		expect(saved.strengths[0]!.id).toBe(suggestionKey('strengths', id('Zoë'), 'active'));
		expect(saved.worries[0]!.id).toBe(suggestionKey('worries', id('Ans'), 'belonging', id('Zoë')));
		expect(saved.dismissed).toEqual([
			suggestionKey('worries', id('Ans'), 'safe'),
			suggestionKey('strengths', id('Ans'), 'home', id('Zoë')),
			'low:home'
		]);
		expect(saved.focus[0]!.draft).toMatchObject({ who: id('Ans'), support: id('Zoë') });
		// So the plan builder does not offer the accepted or removed notes again.
		const answers = await repos.answers.forConversation(restored.id);
		const offered = suggestItems(restored, answers, saved, 'worries').map((s) => s.key);
		expect(offered).not.toContain(saved.worries[0]!.id);
		expect(offered).not.toContain(saved.dismissed[0]);
	});

	it('names every field that holds an id in one table', () => {
		const paths = ID_FIELDS.map((f) => `${f.kind}.${f.path}`);
		expect(paths).toEqual(
			expect.arrayContaining([
				'conversations.id',
				'conversations.participants[].id',
				'answers.conversationId',
				'answers.participantId',
				'plans.conversationId',
				'plans.regisseur',
				'plans.agreements[].participantId',
				'plans.focus[].actions[].who'
			])
		);
	});
});

describe('item 4: every date and number field is bounded', () => {
	const files = boundaryBackups(validText);

	it.each(files)('$name: accepted $ok', async ({ text, ok }) => {
		const result = parseBackup(text);
		expect(result.ok).toBe(ok);
		if (!result.ok) {
			expect(result.error === 'invalidRecord' || result.error === 'invalidEnvelope').toBe(true);
			return;
		}
		// What is accepted can be restored and every moment in it shown as a date.
		const repos = fresh();
		await repos.backups.restore(result.backup, 'skip');
		const format = new Intl.DateTimeFormat('nl', { dateStyle: 'long', timeStyle: 'short' });
		for (const c of await repos.conversations.list()) {
			expect(() => format.format(c.updatedAt) + format.format(c.createdAt)).not.toThrow();
		}
		for (const c of result.backup.plans) {
			for (const a of c.agreements) expect(() => format.format(a.at)).not.toThrow();
		}
		expect(() => format.format(Date.parse(result.backup.createdAt))).not.toThrow();
	});

	it('lists a stored row with an implausible value as damaged, and the others as usual', async () => {
		const repos = fresh();
		await repos.backups.restore(parsed(validText), 'skip');
		const [first, second] = await repos.db.conversations.toArray();
		// As an older version of the app could have stored it.
		await repos.db.conversations.put({ ...first!, updatedAt: Number.MAX_SAFE_INTEGER });
		const entries = await repos.conversations.entries();
		expect(entries).toHaveLength(2);
		expect(entries[0]).toMatchObject({ id: second!.id, title: expect.any(String) });
		expect(entries[1]).toEqual({ id: first!.id, damaged: true });
		expect((await repos.conversations.list()).map((c) => c.id)).toEqual([second!.id]);
		// It can be saved as stored, and deleted.
		const raw = await repos.conversations.rawRows(first!.id);
		expect(raw.conversation).toMatchObject({ id: first!.id, updatedAt: Number.MAX_SAFE_INTEGER });
		expect(raw.answers.length).toBeGreaterThan(0);
		await repos.conversations.delete(first!.id);
		expect((await repos.conversations.entries()).map((c) => c.id)).toEqual([second!.id]);
	});
});
