import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyPlan } from '$lib/domain/plan';
import { seal } from '$lib/platform/crypto';
import { family } from '$test/many-conversations';
import { makeCipher, testCipher as cipher } from '$test/test-key';
import type { KansDb } from './db';
import { summariesFromRow } from './mapping';
import { ProfileRepo } from './profiles';
import { createRepos, reposFor, type TestRepos } from './repos';
import { fingerprint, planFingerprint, readSummaries } from './summaries';

let n = 0;
const opened: KansDb[] = [];

function fresh(): TestRepos {
	const repos = createRepos(`test-summaries-${++n}`, cipher);
	opened.push(repos.db);
	return repos;
}

afterEach(async () => {
	vi.restoreAllMocks();
	for (const db of opened.splice(0)) await db.delete();
});

/** Makes `count` conversations, "Gezin 1" the oldest; every third has a look-back date. */
async function seed({ conversations, plans }: TestRepos, count: number) {
	const made = [];
	for (let i = 1; i <= count; i++) {
		const c = await conversations.create({ ...family, title: `Gezin ${i}` }, i * 1000);
		if (i % 3 === 0)
			await plans.save({ ...emptyPlan(c.id, i * 1000), evaluationDate: '2027-01-15' });
		made.push(c);
	}
	return made;
}

/** The stored summaries row once the list has written it (it is written after the read). */
async function written(db: KansDb, before?: unknown) {
	return vi.waitFor(async () => {
		const row = await db.summaries.get(cipher.profileId);
		if (!row || row === before || (before && fingerprint(row.sealed) === before))
			throw new Error('not written yet');
		return row;
	});
}

function rawText(row: unknown): string {
	const decoder = new TextDecoder();
	return JSON.stringify(row, (_k, v: unknown) =>
		Object.prototype.toString.call(v) === '[object ArrayBuffer]'
			? decoder.decode(v as ArrayBuffer)
			: ArrayBuffer.isView(v)
				? decoder.decode(v)
				: v
	);
}

describe('the home list from its sealed summaries', () => {
	it('after the first read opens one record instead of every conversation and plan', async () => {
		const repos = fresh();
		await seed(repos, 40);
		const first = await repos.conversations.entries();
		expect(first).toHaveLength(40);
		expect(first[0]).toMatchObject({ title: 'Gezin 40', participantCount: 2, progress: 0 });
		expect(first.filter((c) => 'title' in c && c.evaluationDate === '2027-01-15')).toHaveLength(13);
		const row = await written(repos.db);
		expect(rawText(row)).not.toMatch(/Gezin|2027-01-15|family/);

		const decrypt = vi.spyOn(globalThis.crypto.subtle, 'decrypt');
		const again = await repos.conversations.entries();
		expect(again).toEqual(first);
		expect(decrypt).toHaveBeenCalledTimes(1);
	});

	it('shows every change however it was made: title, look-back date, removal, a new row', async () => {
		const repos = fresh();
		const [a, b, c] = await seed(repos, 3);
		await repos.conversations.entries();
		await written(repos.db);

		await repos.conversations.update(a!.id, { title: 'Gezin Anders' }, 10_000);
		await repos.plans.save({ ...emptyPlan(b!.id, 10_000), evaluationDate: '2027-03-01' });
		await repos.conversations.delete(c!.id);
		// A row written around the repository (another tab, a restore): only its bytes are new.
		const elsewhere = createRepos(repos.db.name, cipher);
		const other = await elsewhere.conversations.create({ ...family, title: 'Gezin Nieuw' }, 20_000);
		elsewhere.db.close();
		const mid = await repos.db.summaries.get(cipher.profileId);
		const list = await repos.conversations.entries();
		expect(list.map((e) => ('title' in e ? [e.title, e.evaluationDate] : e))).toEqual([
			['Gezin Nieuw', null],
			['Gezin Anders', null],
			['Gezin 2', '2027-03-01']
		]);
		await written(repos.db, fingerprint(mid?.sealed));
		// Read again from the rewritten summaries: the same.
		const decrypt = vi.spyOn(globalThis.crypto.subtle, 'decrypt');
		expect(await repos.conversations.entries()).toEqual(list);
		expect(decrypt).toHaveBeenCalledTimes(1);
		expect(list[0]).toMatchObject({ id: other.id });
	});

	it('lists a cached conversation as damaged once one byte of its row changed', async () => {
		const repos = fresh();
		const [a, b] = await seed(repos, 2);
		await repos.conversations.entries();
		const before = await written(repos.db);
		const rowB = (await repos.db.conversations.get(b!.id))!;
		const data = new Uint8Array(rowB.sealed.data.slice(0));
		data[3]! ^= 1;
		await repos.db.conversations.update(b!.id, {
			sealed: { iv: rowB.sealed.iv, data: data.buffer }
		});
		// And a's row gets b's old blob: the same IV and bytes as cached for b, under another id.
		await repos.db.conversations.update(a!.id, { sealed: rowB.sealed });

		expect(await repos.conversations.entries()).toEqual([
			{ id: b!.id, damaged: true },
			{ id: a!.id, damaged: true }
		]);
		// The damaged ones are left out of the summaries; with none readable the row goes.
		await vi.waitFor(async () => {
			expect(await repos.db.summaries.get(cipher.profileId)).toBeUndefined();
		});
		expect(before).toBeDefined();
	});

	it('checks the clear times of a cached row as opening it would', async () => {
		const repos = fresh();
		const [a] = await seed(repos, 2);
		await repos.conversations.entries();
		await written(repos.db);
		await repos.db.conversations.update(a!.id, { updatedAt: 'gisteren' as never });
		const list = await repos.conversations.entries();
		expect(list.at(-1)).toEqual({ id: a!.id, damaged: true });
	});

	it('ignores summaries that do not open with this key or are of another version', async () => {
		const repos = fresh();
		await seed(repos, 2);
		const stranger = await makeCipher(cipher.profileId, 'een ander');
		for (const sealed of [
			await seal(stranger.key, { version: 1, entries: {} }, `summaries:${cipher.profileId}`),
			await seal(cipher.key, { version: 999, entries: {} }, `summaries:${cipher.profileId}`),
			await seal(cipher.key, { version: 1, entries: {} }, 'summaries:someone-else')
		]) {
			await repos.db.summaries.put({ profileId: cipher.profileId, sealed });
			const list = await repos.conversations.entries();
			expect(list.map((e) => 'title' in e && e.title)).toEqual(['Gezin 2', 'Gezin 1']);
			// Written anew with this key: the next read uses it.
			await written(repos.db, fingerprint(sealed));
		}
	});

	it("keeps each profile's summaries apart and deletes them with the profile", async () => {
		const repos = fresh();
		await seed(repos, 2);
		const other = await makeCipher('p2', 'tweede profiel');
		const theirs = reposFor(repos.db, other);
		await theirs.conversations.create({ ...family, title: 'Van p2' }, 5_000);
		await repos.conversations.entries();
		await theirs.conversations.entries();
		await written(repos.db);
		await vi.waitFor(async () => expect(await repos.db.summaries.get('p2')).toBeDefined());
		expect((await theirs.conversations.entries()).map((e) => 'title' in e && e.title)).toEqual([
			'Van p2'
		]);

		await new ProfileRepo(repos.db).delete(cipher.profileId);
		expect(await repos.db.summaries.get(cipher.profileId)).toBeUndefined();
		expect(await repos.db.summaries.get('p2')).toBeDefined();
	});
});

describe('deleting a conversation', () => {
	it('takes its title out of the summaries at once; the others stay cached', async () => {
		const repos = fresh();
		const [a, b] = await seed(repos, 2);
		await repos.conversations.entries();
		await written(repos.db);
		await repos.conversations.delete(a!.id);
		const row = await repos.db.summaries.get(cipher.profileId);
		const decrypt = vi.spyOn(globalThis.crypto.subtle, 'decrypt');
		const list = await repos.conversations.entries();
		expect(list.map((e) => 'title' in e && e.title)).toEqual(['Gezin 2']);
		expect(decrypt).toHaveBeenCalledTimes(1);
		expect(Object.keys((await summariesFromRow(row, cipher))!.entries)).toEqual([b!.id]);
		// The last one leaves no summaries behind.
		await repos.conversations.delete(b!.id);
		expect(await repos.db.summaries.get(cipher.profileId)).toBeUndefined();
	});
});

describe('fingerprint', () => {
	it('changes with the IV and with any byte of the ciphertext; nothing for what is not sealed', async () => {
		const one = await seal(cipher.key, { title: 'Gezin J.' }, 'x');
		const two = await seal(cipher.key, { title: 'Gezin J.' }, 'x');
		expect(fingerprint(one)).toBe(fingerprint({ iv: one.iv.slice(), data: one.data.slice(0) }));
		expect(fingerprint(one)).not.toBe(fingerprint(two));
		const data = new Uint8Array(one.data.slice(0));
		data[data.length - 1]! ^= 0x80;
		expect(fingerprint({ iv: one.iv, data: data.buffer })).not.toBe(fingerprint(one));
		expect(fingerprint({ title: 'Gezin J.' })).toBeUndefined();
		expect(planFingerprint(undefined)).toBe('');
		expect(planFingerprint({ sealed: one })).not.toBe(planFingerprint({ sealed: one, due: one }));
	});
});

describe('readSummaries', () => {
	it('keeps the entries that are what this code writes and leaves out the others', () => {
		const good = {
			row: 'ab.3.x',
			plan: '',
			kind: 'family',
			title: 'Gezin J.',
			participantCount: 2,
			evaluationDate: '2027-01-15'
		};
		const read = readSummaries({
			version: 1,
			entries: {
				a: good,
				b: { ...good, kind: 'klas' },
				c: { ...good, evaluationDate: '15-01-2027' },
				d: { ...good, participantCount: '2' },
				e: { ...good, sequence: 0 },
				f: { ...good, seriesId: 's1', sequence: 2, evaluationDate: null }
			}
		});
		expect(Object.keys(read?.entries ?? {})).toEqual(['a', 'f']);
		expect(readSummaries({ version: 2, entries: { a: good } })).toBeUndefined();
		expect(readSummaries('not a record')).toBeUndefined();
	});
});
