import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Database, type Repos } from '$lib/db';
import { Live } from './live.svelte';
import { testCipher as cipher } from '$test/test-key';

let database: Database | undefined;
afterEach(async () => {
	await database?.wipe();
	database = undefined;
});

function open(name: string): Repos {
	database = openDatabase(name);
	return database.reposFor(cipher);
}

const family = {
	kind: 'family' as const,
	title: 'Gezin L.',
	mode: 'open' as const,
	revealed: [],
	participants: [{ id: 'kid', name: 'Sam', role: 'child' as const, ageGroup: '8-12' as const }]
};

describe('Live', () => {
	it('starts loading, then follows the database as it changes', async () => {
		const r = open(`live-${Date.now()}`);
		let live!: Live<number>;
		const stop = $effect.root(() => {
			live = new Live(
				() => undefined,
				async () => (await r.conversations.list()).length
			);
		});
		expect(live.loading).toBe(true);
		await vi.waitFor(() => expect(live.current).toBe(0));
		expect(live.loading).toBe(false);
		await r.conversations.create(family);
		await vi.waitFor(() => expect(live.current).toBe(1));
		stop();
	});

	it('re-runs the query when an explicit dependency changes', async () => {
		const r = open(`live-deps-${Date.now()}`);
		const a = await r.conversations.create(family);
		const b = await r.conversations.create({ ...family, title: 'Gezin M.' });
		let id = $state(a.id);
		let live!: Live<string | undefined, string>;
		const stop = $effect.root(() => {
			live = new Live(
				() => id,
				async (current) => (await r.conversations.get(current))?.title
			);
		});
		await vi.waitFor(() => expect(live.current).toBe('Gezin L.'));
		id = b.id;
		await vi.waitFor(() => expect(live.current).toBe('Gezin M.'));
		stop();
	});

	it('exposes errors instead of throwing', async () => {
		let live!: Live<never>;
		const stop = $effect.root(() => {
			live = new Live(
				() => undefined,
				async () => {
					throw new Error('kapot');
				}
			);
		});
		await vi.waitFor(() => expect(live.error).toBeInstanceOf(Error));
		expect(live.loading).toBe(false);
		expect(live.current).toBeUndefined();
		stop();
	});
});
