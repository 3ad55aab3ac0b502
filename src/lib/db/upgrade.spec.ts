import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations';
import { rawExport } from './raw-export';
import { createRepos } from './repos';
import { selfReflection as family } from '$test/conversations';
import { testCipher as cipher } from '$test/test-key';

const CURRENT = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** This app's schema as a newer app would open it, plus one more version of its own. */
function nextVersion(name: string, extra: (v: Dexie['version']) => void): Dexie {
	const db = new Dexie(name);
	for (const m of MIGRATIONS) db.version(m.version).stores(m.stores);
	extra((n: number) => db.version(n));
	return db;
}

describe('a failed upgrade never locks anyone out', () => {
	it('keeps the old data as a raw export when an upgrade throws, still sealed', async () => {
		const name = `failed-upgrade-${Math.random()}`;
		const old = createRepos(name, cipher);
		const c = await old.conversations.create(family);
		old.db.close();

		const broken = nextVersion(name, (version) =>
			version(CURRENT + 1)
				.stores({ extra: 'id' })
				.upgrade(() => {
					throw new Error('upgrade kapot');
				})
		);
		await expect(broken.open()).rejects.toThrow();

		const raw = await rawExport(name);
		expect(raw.version).toBe(CURRENT * 10);
		expect(raw.stores.conversations).toHaveLength(1);
		expect(raw.stores.conversations?.[0]).toMatchObject({ id: c.id, profileId: 'p1' });
		// The raw copy is as stored: the title and names are not readable in it, not even in the
		// binary fields decoded as text.
		const decoder = new TextDecoder();
		const text = JSON.stringify(raw, (_key, value: unknown) =>
			Object.prototype.toString.call(value) === '[object ArrayBuffer]'
				? decoder.decode(value as ArrayBuffer)
				: ArrayBuffer.isView(value)
					? decoder.decode(value)
					: value
		);
		expect(text).toContain(c.id);
		expect(text).not.toMatch(/Mijn cirkel|Noor|Hendriks/);
		// And the current app still opens it, with the profile's key.
		const again = createRepos(name, cipher);
		expect((await again.conversations.list()).map((s) => s.title)).toEqual(['Mijn cirkel']);
		await again.db.delete();
	});
});
