import { expect, test } from 'vitest';

const sources = import.meta.glob<string>(['./*.ts', '!./*.spec.ts'], {
	query: '?raw',
	import: 'default',
	eager: true
});

test('the wheel module stays pure: no texts, no Svelte, no components, no browser APIs', () => {
	expect(Object.keys(sources).length).toBeGreaterThanOrEqual(8);
	for (const [file, source] of Object.entries(sources)) {
		const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
		for (const spec of imports) {
			// Texts are read by the caller at render time, so a language switch reaches the wheel.
			expect(spec, file).toMatch(/^(\.\/|\$lib\/domain\/)/);
		}
		expect(source, file).not.toMatch(/\b(document|window|localStorage)\.\w/);
	}
});
