import { describe, expect, it, vi } from 'vitest';
import { language } from './language.svelte';

describe('switching the language', () => {
	it('the last choice wins, also when an earlier one is still loading its texts', async () => {
		// Arabic is not loaded yet in this file; Dutch always is.
		const arabic = language.set('ar', false);
		const dutch = language.set('nl', false);
		await Promise.all([arabic, dutch]);
		expect(language.current).toBe('nl');
		// Once loaded, Arabic switches at once.
		await language.set('ar', false);
		expect(language.current).toBe('ar');
		await language.set('nl', false);
	});
});

describe('the texts before and after prepare', () => {
	it('start with the lock screen’s Dutch only and have every screen’s after prepare', async () => {
		vi.resetModules();
		const fresh = await import('./language.svelte');
		const before = fresh.language.bundle();
		expect(before.m.lock.lockedTitle).toBe('De app is op slot');
		expect(before.m.home).toBeUndefined();
		expect(fresh.language.complete).toBe(false);
		// Choosing Dutch needs nothing more than is there.
		await fresh.language.set('nl', false);
		expect(fresh.language.complete).toBe(false);

		await fresh.language.prepare();
		expect(fresh.language.complete).toBe(true);
		expect(fresh.language.bundle().m.home.title).toBe('Gesprekken op dit apparaat');
		expect(fresh.language.bundle().elements.safe.name).toBe('Veilig zijn');
	});
});
