import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { createRepos } from '$lib/db';
import { MIGRATIONS } from '$lib/db/migrations';
import { rawExport } from '$lib/db/raw-export';
import { stepAsideOnUpgrade } from './tabs';
import { testCipher as cipher } from '$test/test-key';

const family = {
	kind: 'self' as const,
	title: 'Mijn cirkel',
	mode: 'open' as const,
	revealed: [],
	participants: [
		{ id: 'me', name: 'Noor Hendriks', role: 'child' as const, ageGroup: '12-18' as const }
	]
};

const CURRENT = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** This app's schema as another tab would open it, plus one more version of its own. */
function nextVersion(name: string, extra: (v: Dexie['version']) => void): Dexie {
	const db = new Dexie(name);
	for (const m of MIGRATIONS) db.version(m.version).stores(m.stores);
	extra((n: number) => db.version(n));
	return db;
}

describe('two tabs', () => {
	it('sees edits made through another connection (liveQuery across instances)', async () => {
		const name = `tabs-live-${Math.random()}`;
		const a = createRepos(name, cipher);
		const b = createRepos(name, cipher);
		const seen: string[][] = [];
		const sub = Dexie.liveQuery(() => a.conversations.list()).subscribe((list) =>
			seen.push(list.map((c) => c.title))
		);
		await vi.waitFor(() => expect(seen).toContainEqual([]));
		await b.conversations.create(family);
		await vi.waitFor(() => expect(seen).toContainEqual(['Mijn cirkel']));
		sub.unsubscribe();
		await a.db.delete();
	});

	it('a schema upgrade in another tab makes this one save, close and reload instead of blocking', async () => {
		const name = `tabs-upgrade-${Math.random()}`;
		const here = createRepos(name, cipher);
		const c = await here.conversations.create(family);
		const order: string[] = [];
		stepAsideOnUpgrade(
			here.db,
			async () => {
				order.push('flush');
			},
			() => order.push('reload')
		);
		// Another tab with a newer app: one more schema version.
		const newer = nextVersion(name, (version) => version(CURRENT + 1).stores({ notes: 'id' }));
		await newer.open();
		await vi.waitFor(() => expect(order).toEqual(['flush', 'reload']));
		expect(here.db.isOpen()).toBe(false);
		expect(await newer.table('conversations').count()).toBe(1);
		newer.close();
		// After the reload this tab reads its conversation again, nothing lost.
		const reloaded = createRepos(name, cipher);
		expect((await reloaded.conversations.get(c.id))?.title).toBe('Mijn cirkel');
		await reloaded.db.delete();
	});
});

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
