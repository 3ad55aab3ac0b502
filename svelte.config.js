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
		// Test data and fakes live outside the app's code; only tests import $test.
		alias: { $test: 'tests/support' },
		prerender: { handleHttpError: 'fail' },
		// A Content-Security-Policy meta tag on every prerendered page; SvelteKit hashes its own
		// inline boot script. Nothing may load from or talk to another origin. frame-ancestors
		// cannot be set in a meta tag: hosts add it as a header (docs/security.md).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte sets a few style attributes (the wheel's colours); no user data goes there.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
