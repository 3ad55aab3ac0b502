import type { ElementId } from '$lib/domain/elements';

/**
 * The elements' own line icons on a 24-unit grid, as plain data: element-icon.svelte draws them
 * in the app, the SVG renderer in exported wheels. Drawn with a round-capped 1.8 stroke and no
 * fill, in one colour chosen by whoever draws them.
 */
export type IconShape =
	{ tag: 'path'; d: string } | { tag: 'circle'; cx: number; cy: number; r: number };

export const ICON_GRID = 24;
export const ICON_STROKE = 1.8;

const path = (d: string): IconShape => ({ tag: 'path', d });
const circle = (cx: number, cy: number, r: number): IconShape => ({ tag: 'circle', cx, cy, r });

export const ELEMENT_ICONS: Record<ElementId, readonly IconShape[]> = {
	// An ear with sound reaching it.
	heard: [
		path('M9 9.5a5 5 0 0 1 10 0c0 3.2-2.6 4-3.4 6.3-.6 1.9-1.4 4.2-3.9 4.2a2.7 2.7 0 0 1-2.7-2.5'),
		path('M12 9.8a2 2 0 0 1 4 0c0 1.4-1.3 1.8-1.9 2.9'),
		path('M5.2 7.5c-1.3 2.6-1.3 5.4 0 8'),
		path('M2.4 5.5c-2 4-2 8.5 0 12.5')
	],
	// Three people side by side.
	belonging: [
		circle(12, 7.5, 3),
		path('M6.5 20v-1.5a5.5 5.5 0 0 1 11 0V20'),
		circle(5, 10, 2.2),
		path('M1.5 19v-1a3.6 3.6 0 0 1 4.6-3.5'),
		circle(19, 10, 2.2),
		path('M22.5 19v-1a3.6 3.6 0 0 0-4.6-3.5')
	],
	// A hand carrying a heart.
	responsibility: [
		path('M12 11.5s-4-2.3-4-5a2.1 2.1 0 0 1 4-1 2.1 2.1 0 0 1 4 1c0 2.7-4 5-4 5z'),
		path('M2.5 15.5h3l3.5-1.5h5a1.6 1.6 0 0 1 0 3.2H10'),
		path('M14.3 17.1l4.6-2.7a1.6 1.6 0 0 1 1.8 2.6L15 21H2.5')
	],
	// A sprout growing from the ground.
	developing: [
		path('M12 20.5V11'),
		path('M12 13.5c-4.4 0-6.5-2.6-6.5-6.5 4 0 6.5 2.3 6.5 6.5z'),
		path('M12 11c0-3.8 2.2-6.2 6.5-6.2 0 3.8-2.4 6.2-6.5 6.2z'),
		path('M6 20.5h12')
	],
	// A ball.
	active: [
		circle(12, 12, 8.5),
		path('M12 3.5v17M3.5 12h17'),
		path('M6 6c2.6 3.3 2.6 8.7 0 12M18 6c-2.6 3.3-2.6 8.7 0 12')
	],
	// An apple with a leaf.
	healthy: [
		path(
			'M12 8.2c-1.4-1-3-1.4-4.6-1C4.6 7.9 3.5 10.6 4 13.6c.6 3.8 3.2 7.4 5.3 7.4.9 0 1.6-.5 2.7-.5s1.8.5 2.7.5c2.1 0 4.7-3.6 5.3-7.4.5-3-.6-5.7-3.4-6.4-1.6-.4-3.2 0-4.6 1z'
		),
		path('M12 8.2c0-2 .6-3.6 2-4.7'),
		path('M13 5.4c1.5-1.7 3.7-2 5-1.4-.5 1.8-2.6 2.7-5 1.4z')
	],
	// A house with a heart inside.
	home: [
		path('M3 11.2 12 3.5l9 7.7'),
		path('M5.5 9.2v11.3h13V9.2'),
		path('M12 18s-3.2-1.9-3.2-4.1a1.7 1.7 0 0 1 3.2-.8 1.7 1.7 0 0 1 3.2.8C15.2 16.1 12 18 12 18z')
	],
	// A shield with a check mark.
	safe: [
		path('M12 3 19.5 6v5.5c0 4.6-3.2 8.2-7.5 9.5-4.3-1.3-7.5-4.9-7.5-9.5V6z'),
		path('m8.6 12 2.4 2.4 4.4-4.6')
	]
};
