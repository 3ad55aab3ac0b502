import { resolve } from '$app/paths';
import type { ElementId } from '$lib/domain/elements';
import type { PlanStep } from '$lib/domain/plan-steps';

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
	plan: (id: string, step?: PlanStep) =>
		`${resolve('/gesprek/plan/')}?id=${encodeURIComponent(id)}${step ? `&stap=${step}` : ''}`,
	childPlan: (id: string) => `${resolve('/gesprek/plan/kind/')}?id=${encodeURIComponent(id)}`
};
