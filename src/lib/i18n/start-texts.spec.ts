import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { START_GROUPS } from '../../../scripts/vite-start-texts.js';
import startTexts from 'virtual:start-texts';
import dutch from './catalogues/nl.json';

// The start page carries only START_GROUPS of the Dutch texts; the rest loads while someone
// types their passphrase. Every screen that can show before unlocking must read only those.
const BEFORE_UNLOCK = [
	'src/lib/components/lock/lock-screen.svelte',
	'src/lib/components/lock/secret-fields.svelte',
	'src/lib/components/ui/language-picker.svelte',
	'src/lib/components/ui/update-banner.svelte',
	'src/lib/components/ui/storage-error.svelte',
	'src/routes/+page.svelte',
	'src/routes/+layout.svelte'
];
// Read only once every text is there: the layout's navigation shows only once unlocked, and
// the lock screen reads its error texts after waiting for them.
const ONLY_UNLOCKED: Record<string, string[]> = {
	'src/routes/+layout.svelte': ['settings'],
	'src/lib/components/lock/lock-screen.svelte': ['errors']
};

describe('the start texts', () => {
	it.each(BEFORE_UNLOCK)('%s reads only the start texts', (file) => {
		const source = readFileSync(file, 'utf8');
		const groups = new Set([...source.matchAll(/\bm\.([a-zA-Z]+)/g)].map((g) => g[1] ?? ''));
		for (const group of ONLY_UNLOCKED[file] ?? []) groups.delete(group);
		expect([...groups].filter((g) => !START_GROUPS.includes(g))).toEqual([]);
	});

	it('are exactly those groups of the Dutch catalogue', () => {
		expect(startTexts.messages).toEqual(
			Object.fromEntries(
				START_GROUPS.map((g) => [g, dutch.messages[g as keyof typeof dutch.messages]])
			)
		);
	});
});
