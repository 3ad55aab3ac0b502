import { describe, expect, it, vi } from 'vitest';
import { observe, openDatabase } from '$lib/db';
import { stepAsideOnUpgrade } from './tabs';
import { selfReflection as family } from '$test/conversations';
import { testCipher as cipher } from '$test/test-key';

/**
 * Another tab with a newer app: plain IndexedDB opening one version more, with a store of its
 * own. Resolves once the upgrade went through, which needs every older connection closed.
 */
function openNewer(name: string): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const probe = indexedDB.open(name);
		probe.onerror = () => reject(probe.error);
		probe.onsuccess = () => {
			const version = probe.result.version;
			probe.result.close();
			const open = indexedDB.open(name, version + 10);
			open.onupgradeneeded = () => open.result.createObjectStore('notes', { keyPath: 'id' });
			open.onerror = () => reject(open.error);
			open.onsuccess = () => resolve(open.result);
		};
	});
}

function count(db: IDBDatabase, store: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const req = db.transaction(store, 'readonly').objectStore(store).count();
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

describe('two tabs', () => {
	it('sees edits made through another connection (observe across instances)', async () => {
		const name = `tabs-live-${Math.random()}`;
		const here = openDatabase(name);
		const there = openDatabase(name);
		const a = here.reposFor(cipher);
		const b = there.reposFor(cipher);
		const seen: string[][] = [];
		const sub = observe(() => a.conversations.list()).subscribe({
			next: (list) => seen.push(list.map((c) => c.title)),
			error: (error) => {
				throw error;
			}
		});
		await vi.waitFor(() => expect(seen).toContainEqual([]));
		await b.conversations.create(family);
		await vi.waitFor(() => expect(seen).toContainEqual(['Mijn cirkel']));
		sub.unsubscribe();
		there.close();
		await here.wipe();
	});

	it('a schema upgrade in another tab makes this one save, close and reload instead of blocking', async () => {
		const name = `tabs-upgrade-${Math.random()}`;
		const here = openDatabase(name);
		const c = await here.reposFor(cipher).conversations.create(family);
		const order: string[] = [];
		stepAsideOnUpgrade(
			here,
			async () => {
				order.push('flush');
			},
			() => order.push('reload')
		);
		// Another tab with a newer app: one more schema version. It only opens once this
		// connection has closed.
		const newer = await openNewer(name);
		await vi.waitFor(() => expect(order).toEqual(['flush', 'reload']));
		expect(await count(newer, 'conversations')).toBe(1);
		newer.close();
		// After the reload this tab reads its conversation again, nothing lost.
		const reloaded = openDatabase(name);
		expect((await reloaded.reposFor(cipher).conversations.get(c.id))?.title).toBe('Mijn cirkel');
		await reloaded.wipe();
	});
});
