import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// KANSENCIRKEL_OUT lets the update test build a second version next to the first.
		adapter: adapter({
			pages: process.env.KANSENCIRKEL_OUT ?? 'build',
			assets: process.env.KANSENCIRKEL_OUT ?? 'build',
			fallback: undefined,
			strict: true
		}),
		// The service worker is built by @vite-pwa/sveltekit (Workbox injectManifest) and
		// registered by the app itself, so it can ask before updating.
		serviceWorker: { register: false },
		version: { name: process.env.KANSENCIRKEL_VERSION ?? undefined },
		prerender: { handleHttpError: 'fail' }
	}
};

export default config;
