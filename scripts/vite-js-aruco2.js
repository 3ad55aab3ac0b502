// js-aruco2 (the class cards' marker detector, src/lib/platform/cards) is written for script
// tags and CommonJS at once: its files hang `CV` and `AR` on the top-level `this`, which is
// `module.exports` under CommonJS but undefined once a bundler makes it a module, so the built
// detector would throw on its first line. This plugin says `module.exports` instead. Vite's
// config uses it for the app, its workers and the dev server's pre-bundling; so does
// scripts/bench-cards.mjs.

/** @returns {import('vite').Plugin} */
export function arucoExports() {
	return {
		name: 'js-aruco2-exports',
		transform(code, id) {
			if (!/[\\/]js-aruco2[\\/]src[\\/]/.test(id)) return null;
			return { code: code.replace(/\bthis\.(CV|AR)\b/g, 'module.exports.$1'), map: null };
		}
	};
}

/** The parts of a Vite config that need it. */
export const arucoConfig = {
	optimizeDeps: {
		include: ['js-aruco2', 'js-aruco2/src/cv.js'],
		rolldownOptions: { plugins: [arucoExports()] }
	},
	worker: { plugins: () => [arucoExports()] }
};
