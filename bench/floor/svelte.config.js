// The floor of this stack for npm run bench: the same SvelteKit, Svelte and static adapter as
// the app, with one prerendered page and nothing else (scripts/bench.mjs builds it).
import adapter from '@sveltejs/adapter-static';

export default {
	kit: {
		adapter: adapter({
			pages: process.env.FLOOR_OUT ?? 'build',
			assets: process.env.FLOOR_OUT ?? 'build'
		}),
		outDir: '.svelte-kit'
	}
};
