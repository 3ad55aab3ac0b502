import { resolve } from '$app/paths';
import type { ElementId } from '$lib/domain/elements';
import type { PlanStep } from '$lib/domain/plan-steps';

// Every link in the app is built here, so base paths and the `?id=` convention live in
// one place (prerendered pages only: no dynamic route params).
export const paths = {
	home: () => resolve('/'),
	create: () => resolve('/nieuw/'),
	settings: () => resolve('/instellingen/'),
	/** Set-up of a follow-up of this conversation (issue 14). */
	followUp: (previousId: string) =>
		`${resolve('/nieuw/')}?vervolg=${encodeURIComponent(previousId)}`,
	/** A follow-up's look-back at the previous plan, its first step. */
	lookBack: (id: string) => `${resolve('/gesprek/terugblik/')}?id=${encodeURIComponent(id)}`,
	/** `who`: whose answer the element screen shows (`?wie=`); absent: the screen picks. */
	walk: (id: string, element?: ElementId, who?: string) =>
		`${resolve('/gesprek/')}?id=${encodeURIComponent(id)}${element ? `&element=${element}` : ''}${who ? `&wie=${encodeURIComponent(who)}` : ''}`,
	participants: (id: string) => `${resolve('/gesprek/deelnemers/')}?id=${encodeURIComponent(id)}`,
	/** `child`: whose wheel, table and agenda to show (`?kind=`); absent: the first child. */
	overview: (id: string, child?: string) =>
		`${resolve('/gesprek/overzicht/')}?id=${encodeURIComponent(id)}${child ? `&kind=${encodeURIComponent(child)}` : ''}`,
	plan: (id: string, step?: PlanStep) =>
		`${resolve('/gesprek/plan/')}?id=${encodeURIComponent(id)}${step ? `&stap=${step}` : ''}`,
	/** The child version for one child (`?kind=`); absent: the first child. */
	childPlan: (id: string, child?: string) =>
		`${resolve('/gesprek/plan/kind/')}?id=${encodeURIComponent(id)}${child ? `&kind=${encodeURIComponent(child)}` : ''}`,
	/** The children's faces about the conversation itself, after the plan (issue 14). */
	childVoice: (id: string) => `${resolve('/gesprek/hoe-was-het/')}?id=${encodeURIComponent(id)}`,
	/** Change over time in the conversation's series, for one child (`?kind=`; absent: the first). */
	overTime: (id: string, child?: string) =>
		`${resolve('/gesprek/verloop/')}?id=${encodeURIComponent(id)}${child ? `&kind=${encodeURIComponent(child)}` : ''}`,
	/** The coach's own screen (notes only for the coach): linked only from Deelnemers. */
	coach: (id: string) => `${resolve('/gesprek/coach/')}?id=${encodeURIComponent(id)}`,
	/** A class discussion (kinderkring), at one of its elements (`?element=`) or its start. */
	classSession: (id: string, element?: ElementId) =>
		`${resolve('/klas/')}?id=${encodeURIComponent(id)}${element ? `&element=${element}` : ''}`,
	/** The class's agreements and their poster. */
	classAgreements: (id: string) => `${resolve('/klas/afspraken/')}?id=${encodeURIComponent(id)}`,
	/** This class session beside the earlier ones of its series (issue 14). */
	classCompare: (id: string) => `${resolve('/klas/vergelijk/')}?id=${encodeURIComponent(id)}`
};
