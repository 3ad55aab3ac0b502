import { describe, expect, it } from 'vitest';
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
