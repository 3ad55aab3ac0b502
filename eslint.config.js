import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'build-next/',
			'build-bench/',
			'.svelte-kit/',
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
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// A component never talks to Dexie: storage goes through state classes and repos.
		files: ['src/lib/components/**', 'src/routes/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ paths: [{ name: 'dexie', message: 'Components use state classes, not Dexie.' }] }
			]
		}
	},
	{
		// Test data and fakes ($test = tests/support) never reach the app's code.
		files: ['src/**'],
		ignores: ['src/**/*.spec.ts', 'src/**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['$test', '$test/*'], message: 'Only tests import $test.' }] }
			]
		}
	}
);
