import { afterEach, describe, expect, it } from 'vitest';
import { MIN_ITERATIONS } from '$lib/platform/crypto';
import { createDb, type KansDb } from './db';
import { peekProfiles } from './profile-peek';
import { ProfileRepo } from './profiles';

let n = 0;
const names: string[] = [];
const opened: KansDb[] = [];

function freshName(): string {
	const name = `test-peek-${++n}-${Math.random()}`;
	names.push(name);
	return name;
}

function open(name: string): KansDb {
	const db = createDb(name);
	opened.push(db);
	return db;
}

afterEach(async () => {
	for (const db of opened.splice(0)) db.close();
	for (const name of names.splice(0)) {
		await new Promise((resolve) => {
			const request = indexedDB.deleteDatabase(name);
			request.onsuccess = request.onerror = request.onblocked = resolve;
		});
	}
});

const exists = async (name: string) => (await indexedDB.databases()).some((d) => d.name === name);

describe('peekProfiles: the lock screen’s look without storage', () => {
	it('shows what the repository lists: labels sorted, waits bounded', async () => {
		const name = freshName();
		const db = open(name);
		const repo = new ProfileRepo(db, MIN_ITERATIONS);
		await repo.create({ label: 'Zara', secret: 'pin', value: '482913' });
		await repo.create({ label: 'Coach Anna', secret: 'passphrase', value: 'groene appel 42' });
		const zara = (await repo.list()).find((p) => p.label === 'Zara')!;
		await repo.unlock(zara.id, '000000');
		db.close();

		const peeked = await peekProfiles(name);
		expect(peeked?.map((p) => p.label)).toEqual(['Coach Anna', 'Zara']);
		expect(peeked).toEqual(await new ProfileRepo(open(name), MIN_ITERATIONS).list());
		expect(peeked?.find((p) => p.label === 'Zara')?.failures).toBe(1);
	});

	it('finds no profile on a new device and does not create the database', async () => {
		const name = freshName();
		expect(await peekProfiles(name)).toEqual([]);
		expect(await exists(name)).toBe(false);
	});

	it('leaves rows it does not understand to the repository', async () => {
		const name = freshName();
		const db = open(name);
		await db.open();
		await db.profiles.add({ id: 'p1', label: 'Anna', secret: 'vingerafdruk' } as never);
		db.close();
		expect(await peekProfiles(name)).toBeUndefined();
	});

	it('a database from before profiles existed is the repository’s to read', async () => {
		const name = freshName();
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.open(name, 5);
			request.onupgradeneeded = () => request.result.createObjectStore('conversations');
			request.onsuccess = () => {
				request.result.close();
				resolve();
			};
			request.onerror = () => reject(request.error);
		});
		expect(await peekProfiles(name)).toBeUndefined();
	});

	it('closes its connection: storage can open and upgrade the database right after', async () => {
		const name = freshName();
		const db = open(name);
		await new ProfileRepo(db, MIN_ITERATIONS).create({
			label: 'Anna',
			secret: 'pin',
			value: '482913'
		});
		db.close();
		await peekProfiles(name);
		// A version change would wait for (be blocked by) any connection left open.
		const version = await new Promise<number>((resolve, reject) => {
			const request = indexedDB.open(name, db.verno * 10 + 10);
			request.onblocked = () => reject(new Error('blocked by an open connection'));
			request.onsuccess = () => {
				const v = request.result.version;
				request.result.close();
				resolve(v);
			};
			request.onerror = () => reject(request.error);
		});
		expect(version).toBe(db.verno * 10 + 10);
	});
});
