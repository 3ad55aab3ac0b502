import { afterEach, describe, expect, it } from 'vitest';
import { nextInSeries, withResult, type ClassRecord } from '$lib/domain/class-session';
import { openDatabase } from './database';
import { createDb, type KansDb } from './db';
import { DamagedRecordError, MissingRecordError, ValidationError } from './index';
import { ProfileRepo } from './profiles';
import { createRepos, type TestRepos } from './repos';
import { makeCipher, testCipher as cipher } from '$test/test-key';

let n = 0;
const opened: KansDb[] = [];

function fresh(name = `test-class-sessions-${++n}`, c = cipher): TestRepos {
	const repos = createRepos(name, c);
	opened.push(repos.db);
	return repos;
}

afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

const GROUP = 'Groep 7 van juf Mirjam';
const NOTE = 'Op het plein voelen ze zich niet altijd veilig';

const setUp = {
	group: GROUP,
	level: 'po-boven' as const,
	present: 24,
	elements: ['safe' as const, 'belonging' as const]
};

/** A session the class talked about: one element with counts and a note, one agreement. */
function discussed(r: ClassRecord): ClassRecord {
	return {
		...withResult(r, {
			elementId: 'safe',
			counts: { 1: 2, 2: 3, 3: 5, 4: 8, 5: 6 },
			notes: NOTE
		}),
		agreements: {
			agreements: [{ id: 'a1', what: 'Samen spelen in de pauze', who: 'klas', when: 'elke dag' }],
			lookBackDate: '2027-01-15'
		}
	};
}

/** Every stored byte of the table as text, binary fields decoded: plaintext would show here. */
async function rawText(db: KansDb): Promise<string> {
	const decoder = new TextDecoder();
	return JSON.stringify(await db.classSessions.toArray(), (_k, v: unknown) =>
		ArrayBuffer.isView(v)
			? decoder.decode(v)
			: Object.prototype.toString.call(v) === '[object ArrayBuffer]'
				? decoder.decode(v as ArrayBuffer)
				: v
	);
}

describe('class sessions', () => {
	it('stores a session and reads it back whole, newest first in the list', async () => {
		const repos = fresh();
		const first = await repos.classSessions.create(setUp, 1_000);
		expect(first.session).toMatchObject({ ...setUp, sequence: 1, createdAt: 1_000 });
		expect(first.session.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(first.results).toEqual([]);
		expect(first.agreements.agreements).toEqual([]);

		const saved = await repos.classSessions.save(discussed(first), 2_000);
		expect(saved.session.updatedAt).toBe(2_000);
		expect(await repos.classSessions.get(first.session.id)).toEqual(saved);

		const second = await repos.classSessions.create(
			{ group: 'Klas 2B', level: 'vo', elements: ['heard'] },
			3_000
		);
		expect(await repos.classSessions.entries()).toEqual([
			{
				id: second.session.id,
				kind: 'klas',
				title: 'Klas 2B',
				level: 'vo',
				elementCount: 1,
				progress: 0,
				sequence: 1,
				hasEarlier: false,
				createdAt: 3_000,
				updatedAt: 3_000
			},
			{
				id: first.session.id,
				kind: 'klas',
				title: GROUP,
				level: 'po-boven',
				elementCount: 2,
				progress: 1,
				sequence: 1,
				hasEarlier: false,
				createdAt: 1_000,
				updatedAt: 2_000
			}
		]);
	});

	it('repeats a session in its series, reads the series in order and tells the list which have an earlier one', async () => {
		const repos = fresh();
		const first = await repos.classSessions.create(setUp, 1_000);
		const second = await repos.classSessions.create(nextInSeries(first.session, '', 2_000), 2_000);
		const third = await repos.classSessions.create(nextInSeries(second.session, '', 3_000), 3_000);
		const other = await repos.classSessions.create({ ...setUp, group: 'Groep 8' }, 4_000);
		expect(second.session).toMatchObject({ seriesId: first.session.id, sequence: 2 });
		expect(third.session).toMatchObject({ seriesId: first.session.id, sequence: 3 });

		const ids = (list: ClassRecord[]) => list.map((r) => r.session.id);
		const series = [first, second, third].map((r) => r.session.id);
		expect(ids(await repos.classSessions.series(second.session.id))).toEqual(series);
		expect(ids(await repos.classSessions.series(first.session.id))).toEqual(series);
		expect(ids(await repos.classSessions.series(other.session.id))).toEqual([other.session.id]);
		expect(await repos.classSessions.series('gone')).toEqual([]);

		const earlier = async () =>
			Object.fromEntries(
				(await repos.classSessions.entries()).map((e) => [
					e.id,
					'damaged' in e ? null : [e.sequence, e.hasEarlier]
				])
			);
		expect(await earlier()).toEqual({
			[first.session.id]: [1, false],
			[second.session.id]: [2, true],
			[third.session.id]: [3, true],
			[other.session.id]: [1, false]
		});
		// With the first two gone from this device, the third has nothing here to compare with.
		await repos.classSessions.delete(first.session.id);
		await repos.classSessions.delete(second.session.id);
		expect((await earlier())[third.session.id]).toEqual([3, false]);
	});

	it('keeps only ids, the profile, times and progress in the clear', async () => {
		const repos = fresh();
		const r = await repos.classSessions.save(
			discussed(await repos.classSessions.create(setUp, 1_000)),
			2_000
		);
		const [row] = await repos.db.classSessions.toArray();
		expect(Object.keys(row!).sort()).toEqual(
			['createdAt', 'id', 'profileId', 'progress', 'sealed', 'updatedAt'].sort()
		);
		expect(row).toMatchObject({
			id: r.session.id,
			profileId: 'p1',
			createdAt: 1_000,
			updatedAt: 2_000,
			progress: 1
		});
		expect(row!.sealed.iv).toBeInstanceOf(Uint8Array);
		expect(Object.prototype.toString.call(row!.sealed.data)).toBe('[object ArrayBuffer]');
		const raw = await rawText(repos.db);
		for (const secret of [GROUP, 'Mirjam', NOTE, 'Samen spelen', 'po-boven', 'belonging'])
			expect(raw).not.toContain(secret);
	});

	it('another profile can neither read, list, overwrite nor delete it', async () => {
		const name = `test-class-sessions-${++n}`;
		const mine = fresh(name);
		const theirs = fresh(name, await makeCipher('p2', 'ander geheim'));
		const r = await mine.classSessions.create(setUp, 1_000);

		expect(await theirs.classSessions.get(r.session.id)).toBeUndefined();
		expect(await theirs.classSessions.entries()).toEqual([]);
		await expect(theirs.classSessions.save(discussed(r))).rejects.toThrow(MissingRecordError);
		await expect(theirs.classSessions.delete(r.session.id)).rejects.toThrow(MissingRecordError);
		await expect(theirs.classSessions.rawRows(r.session.id)).rejects.toThrow(MissingRecordError);
		expect(await mine.classSessions.get(r.session.id)).toEqual(r);
	});

	it('lists a damaged row as damaged after the others, keeps it, and offers its raw row', async () => {
		const repos = fresh();
		const good = await repos.classSessions.create(setUp, 1_000);
		const bad = await repos.classSessions.create({ ...setUp, group: 'Groep 8' }, 5_000);
		const row = (await repos.db.classSessions.get(bad.session.id))!;
		// The blob of another row does not open here: the additional data binds it to its row.
		const other = (await repos.db.classSessions.get(good.session.id))!;
		await repos.db.classSessions.put({ ...row, sealed: other.sealed });

		expect(await repos.classSessions.get(bad.session.id)).toBeUndefined();
		expect(await repos.classSessions.entries()).toEqual([
			expect.objectContaining({ id: good.session.id, title: GROUP }),
			{ id: bad.session.id, damaged: true }
		]);
		await expect(repos.classSessions.save(bad)).rejects.toThrow(DamagedRecordError);
		expect(await repos.classSessions.rawRows(bad.session.id)).toEqual({
			classSession: { ...row, sealed: other.sealed }
		});
		await repos.classSessions.delete(bad.session.id);
		expect(await repos.classSessions.entries()).toHaveLength(1);
	});

	it('refuses an invalid record and writes nothing', async () => {
		const repos = fresh();
		const r = await repos.classSessions.create(setUp, 1_000);
		const before = await repos.db.classSessions.get(r.session.id);
		const invalid = [
			{ ...r, results: [{ elementId: 'home', counts: { 1: 1, 2: 0, 3: 0, 4: 0, 5: 0 } }] },
			{ ...r, session: { ...r.session, group: '' } },
			{
				...r,
				results: [{ elementId: 'safe', counts: { 1: -1, 2: 0, 3: 0, 4: 0, 5: 0 }, notes: '' }]
			}
		];
		for (const record of invalid)
			await expect(repos.classSessions.save(record as ClassRecord, 9_000)).rejects.toThrow(
				ValidationError
			);
		await expect(repos.classSessions.create({ ...setUp, elements: [] }, 1_000)).rejects.toThrow(
			ValidationError
		);
		expect(await repos.db.classSessions.get(r.session.id)).toEqual(before);
		expect(await repos.db.classSessions.count()).toBe(1);
	});

	it('refuses a session that is not stored', async () => {
		const repos = fresh();
		const r = await repos.classSessions.create(setUp, 1_000);
		await repos.classSessions.delete(r.session.id);
		await expect(repos.classSessions.save(r)).rejects.toThrow(MissingRecordError);
		expect(await repos.db.classSessions.count()).toBe(0);
	});

	it('go with their profile when it is deleted, and only that profile’s', async () => {
		const name = `test-class-sessions-${++n}`;
		const mine = fresh(name);
		const theirs = fresh(name, await makeCipher('p2', 'ander geheim'));
		await mine.classSessions.create(setUp, 1_000);
		const kept = await theirs.classSessions.create(setUp, 1_000);
		await new ProfileRepo(mine.db).delete('p1');
		expect(await mine.db.classSessions.toCollection().primaryKeys()).toEqual([kept.session.id]);
	});

	it('are gone after wiping everything on the device', async () => {
		const name = `test-class-sessions-${++n}`;
		const data = openDatabase(name);
		await data.reposFor(cipher).classSessions.create(setUp, 1_000);
		await data.wipe();
		const db = createDb(name);
		opened.push(db);
		expect(await db.classSessions.count()).toBe(0);
	});
});
