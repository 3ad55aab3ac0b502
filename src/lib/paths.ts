import { resolve } from '$app/paths';
import type { ElementId } from '$lib/domain/elements';

// Every link in the app is built here, so base paths and the `?id=` convention live in
// one place (prerendered pages only: no dynamic route params).
export const paths = {
	home: () => resolve('/'),
	create: () => resolve('/nieuw/'),
	settings: () => resolve('/instellingen/'),
	walk: (id: string, element?: ElementId) =>
		`${resolve('/gesprek/')}?id=${encodeURIComponent(id)}${element ? `&element=${element}` : ''}`,
	participants: (id: string) => `${resolve('/gesprek/deelnemers/')}?id=${encodeURIComponent(id)}`,
	overview: (id: string) => `${resolve('/gesprek/overzicht/')}?id=${encodeURIComponent(id)}`,
	plan: (id: string) => `${resolve('/gesprek/plan/')}?id=${encodeURIComponent(id)}`,
	childPlan: (id: string) => `${resolve('/gesprek/plan/kind/')}?id=${encodeURIComponent(id)}`,
	/** The coach's own screen (notes only for the coach): linked only from Deelnemers. */
	coach: (id: string) => `${resolve('/gesprek/coach/')}?id=${encodeURIComponent(id)}`
};
