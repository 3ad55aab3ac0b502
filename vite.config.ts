import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/browser-path.js';

const executablePath = chromiumPath();

export default defineConfig({
	plugins: [sveltekit()],
	preview: { port: 4173, strictPort: true },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'client',
					// Components are tested with the app's global styles, as users see them.
					setupFiles: ['./src/vitest-browser-setup.ts'],
					include: ['src/**/*.svelte.{test,spec}.{js,ts}'],
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({
							launchOptions: { executablePath, args: chromiumArgs }
						}),
						instances: [{ browser: 'chromium' }]
					}
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					include: ['src/**/*.{test,spec}.{js,ts}'],
					exclude: ['src/**/*.svelte.{test,spec}.{js,ts}'],
					setupFiles: ['fake-indexeddb/auto']
				}
			}
		]
	}
});
