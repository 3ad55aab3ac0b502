import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/browser-path.js';
import { arucoConfig, arucoExports } from './scripts/vite-js-aruco2.js';
import { pdfmakeFontCache } from './scripts/vite-pdfmake.js';
import { startTexts } from './scripts/vite-start-texts.js';

// zod, set up once (jitless, for the Content-Security-Policy) wherever it first loads.
const zodSetUp = {
	find: /^zod$/,
	replacement: fileURLToPath(new URL('./src/lib/platform/zod.ts', import.meta.url))
};

const executablePath = chromiumPath();

export default defineConfig({
	// The class cards' detector, js-aruco2, needs help to be bundled (see the plugin).
	...arucoConfig,
	resolve: { alias: [zodSetUp] },
	// pdfmake keeps its parsed fonts between PDFs (see the plugin); also when pre-bundled.
	optimizeDeps: {
		...arucoConfig.optimizeDeps,
		rolldownOptions: {
			plugins: [...arucoConfig.optimizeDeps.rolldownOptions.plugins, pdfmakeFontCache()]
		}
	},
	plugins: [
		arucoExports(),
		startTexts(),
		pdfmakeFontCache(),
		sveltekit(),
		SvelteKitPWA({
			strategies: 'injectManifest',
			srcDir: 'src',
			filename: 'service-worker.ts',
			// The app registers the worker itself (src/lib/platform/pwa.ts) and asks before updating.
			injectRegister: false,
			registerType: 'prompt',
			// Absolute, so the worker is found from any page, not relative to /gesprek/…
			base: '/',
			scope: '/',
			// Same as `trailingSlash` in src/routes/+layout.ts: pages are folders with index.html.
			kit: { trailingSlash: 'always' },
			injectManifest: {
				globPatterns: [
					// woff: the PDF's fonts for Arabic, Hebrew and emoji (src/lib/export/pdf-fonts.ts).
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest,woff}',
					'prerendered/**/*.{html,json}'
				]
			},
			manifest: {
				name: 'Kansencirkel',
				short_name: 'Kansencirkel',
				description:
					'Samen praten over hoe het met een kind gaat, aan de hand van de acht elementen van de kansencirkel.',
				lang: 'nl',
				dir: 'ltr',
				start_url: '/',
				scope: '/',
				id: '/',
				display: 'standalone',
				orientation: 'any',
				theme_color: '#2f5d62',
				background_color: '#fbf8f3',
				categories: ['education', 'health', 'productivity'],
				icons: [
					{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
					{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
					{
						src: '/icons/maskable-512.png',
						sizes: '512x512',
						type: 'image/png',
						purpose: 'maskable'
					}
				]
			},
			devOptions: { enabled: false }
		})
	],
	preview: { port: 4173, strictPort: true },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'client',
					// Components are tested with the app's global styles, as users see them.
					setupFiles: ['./src/vitest-browser-setup.ts', './src/vitest-texts-setup.ts'],
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
					setupFiles: ['fake-indexeddb/auto', './src/vitest-texts-setup.ts']
				}
			}
		]
	}
});
