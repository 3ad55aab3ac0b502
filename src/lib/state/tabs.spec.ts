import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { createRepos } from '$lib/db';
import { rawExport } from '$lib/db/raw-export';
import { stepAsideOnUpgrade } from './tabs';

const family = {
	kind: 'self' as const,
	title: 'Mijn cirkel',
	mode: 'open' as const,
	revealed: [],
	participants: [{ id: 'me', name: 'Noor', role: 'child' as const, ageGroup: '12-18' as const }]
};

describe('two tabs', () => {
	it('sees edits made through another connection (liveQuery across instances)', async () => {
		const name = `tabs-live-${Math.random()}`;
		const a = createRepos(name);
		const b = createRepos(name);
		const seen: number[] = [];
		const sub = Dexie.liveQuery(() => a.db.conversations.count()).subscribe((n) => seen.push(n));
		await vi.waitFor(() => expect(seen).toContain(0));
		await b.conversations.create(family);
		await vi.waitFor(() => expect(seen).toContain(1));
		sub.unsubscribe();
		await a.db.delete();
	});

	it('a schema upgrade in another tab makes this one save, close and reload instead of blocking', async () => {
		const name = `tabs-upgrade-${Math.random()}`;
		const here = createRepos(name);
		await here.conversations.create(family);
		const order: string[] = [];
		stepAsideOnUpgrade(
			here.db,
			async () => {
				order.push('flush');
			},
			() => order.push('reload')
		);
		// Another tab with a newer app: one more schema version.
		const newer = new Dexie(name);
		newer.version(1).stores({
			conversations: 'id, updatedAt',
			answers: '[conversationId+participantId+elementId], conversationId'
		});
		newer.version(2).stores({ plans: 'conversationId' });
		newer.version(3).stores({ notes: 'id' });
		await newer.open();
		await vi.waitFor(() => expect(order).toEqual(['flush', 'reload']));
		expect(here.db.isOpen()).toBe(false);
		expect(await newer.table('conversations').count()).toBe(1);
		await newer.delete();
	});
});

describe('a failed upgrade never locks anyone out', () => {
	it('keeps the old data readable as a raw export when an upgrade throws', async () => {
		const name = `failed-upgrade-${Math.random()}`;
		const old = createRepos(name);
		await old.conversations.create(family);
		old.db.close();

		const broken = new Dexie(name);
		broken.version(1).stores({
			conversations: 'id, updatedAt',
			answers: '[conversationId+participantId+elementId], conversationId'
		});
		broken.version(2).stores({ plans: 'conversationId' });
		broken
			.version(3)
			.stores({ extra: 'id' })
			.upgrade(() => {
				throw new Error('upgrade kapot');
			});
		await expect(broken.open()).rejects.toThrow();

		const raw = await rawExport(name);
		expect(raw.version).toBe(20);
		expect(raw.stores.conversations).toHaveLength(1);
		expect((raw.stores.conversations?.[0] as { title: string }).title).toBe('Mijn cirkel');
		// And the current app still opens it.
		const again = createRepos(name);
		expect(await again.conversations.list()).toHaveLength(1);
		await again.db.delete();
	});
});
