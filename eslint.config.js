import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/*
 * The rooms of src/lib and which other rooms each may import (README, "Architecture").
 * Everything of ours not listed is refused, by `$lib/…` and by relative path. Only db/ talks to
 * Dexie, and only *.spec.ts files import test support ($test = tests/support).
 * One `no-restricted-imports` per file: in flat config a later object that sets the rule for
 * the same files replaces the earlier one, so every object below carries the whole ban.
 */
const ROOMS = {
	domain: [],
	platform: [],
	wheel: ['domain'],
	i18n: ['domain'],
	db: ['domain', 'platform'],
	export: ['domain', 'i18n', 'wheel'],
	state: ['db', 'domain', 'platform', 'i18n', 'export'],
	paths: ['domain'],
	components: ['components', 'state', 'domain', 'i18n', 'wheel', 'platform', 'export', 'paths'],
	routes: ['components', 'state', 'domain', 'i18n', 'wheel', 'platform', 'export', 'paths']
};
const LIB_ROOMS = Object.keys(ROOMS).filter((room) => room !== 'routes');
const filesOf = (room) =>
	room === 'routes'
		? ['src/routes/**']
		: room === 'paths'
			? ['src/lib/paths.ts']
			: [`src/lib/${room}/**`];

const dexieBan = {
	regex: '^dexie(/|$)',
	message: 'Only src/lib/db talks to Dexie: use the repositories (observe, restore, wipe, close).'
};
const testBan = {
	regex: '^\\$test(/|$)',
	message: 'Only tests (*.spec.ts) import $test.'
};
/** db/ keeps Dexie, the schema, the row mapping (the one place that encrypts) to itself. */
const dbInsideBan = {
	regex: '^\\$lib/db/(db|repos|database|mapping|migrations)(/|$)',
	message: 'Outside db/, use $lib/db and its repositories, not its insides.'
};

function roomBan(room) {
	const refused = LIB_ROOMS.filter((other) => other !== room && !ROOMS[room].includes(other));
	const rooms = `(${refused.join('|')})`;
	const allowed = ROOMS[room].length > 0 ? ROOMS[room].join(', ') : 'nothing of ours';
	const patterns = [
		{
			regex: `^(\\$lib/|(\\.\\./)+)${rooms}(/|$)`,
			message: `${room} imports ${allowed} (see "Architecture" in the README).`
		}
	];
	if (room !== 'db') patterns.push(dexieBan);
	if (ROOMS[room].includes('db')) patterns.push(dbInsideBan);
	// Pure rooms do not reach for SvelteKit either.
	if (['domain', 'wheel', 'db'].includes(room)) {
		patterns.push({ regex: '^\\$app(/|$)', message: `${room} does not use SvelteKit.` });
	}
	return patterns;
}

const SPECS = ['src/**/*.spec.ts', 'src/**/*.test.ts'];

const layerRules = [
	{
		// Anything in src outside the rooms (hooks, service worker, app.d.ts).
		files: ['src/**'],
		ignores: SPECS,
		rules: { 'no-restricted-imports': ['error', { patterns: [dexieBan, testBan] }] }
	},
	...Object.keys(ROOMS).flatMap((room) => [
		{
			files: filesOf(room),
			ignores: SPECS,
			rules: { 'no-restricted-imports': ['error', { patterns: [...roomBan(room), testBan] }] }
		},
		{
			// Specs keep to their room's directions too; they alone may use $test.
			files: filesOf(room).flatMap((glob) =>
				SPECS.map((spec) => `${glob}/${spec.split('/').pop()}`)
			),
			rules: { 'no-restricted-imports': ['error', { patterns: roomBan(room) }] }
		}
	])
];

export default ts.config(
	{
		ignores: [
			'build/',
			'build-next/',
			'build-bench/',
			'build-bench-floor/',
			'bench/floor/build/',
			'.svelte-kit/',
			'bench/floor/.svelte-kit/',
			'test-results/',
			'playwright-report/',
			'artifacts/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// Links are built in src/lib/paths.ts, which applies resolve() once for all of them.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		// Type information for the promise rules, from the same tsconfig svelte-check uses (the
		// app, its service worker and tests/support; e2e/ is not in that project).
		files: ['src/**/*.ts', 'src/**/*.svelte', 'tests/**/*.ts', 'vite.config.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			// A promise nobody awaits or catches loses its error: await it, catch it, or mark a
			// deliberate fire-and-forget with `void` (after handling its error).
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error'
		}
	},
	...layerRules
);
