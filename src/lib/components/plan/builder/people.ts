import type { PlanPerson } from '$lib/domain/plan';

/** A person on the plan as lists name them: a supporter with their relation, "Mira (leerkracht)". */
export function personLabel(p: Pick<PlanPerson, 'name' | 'relation'>): string {
	return p.relation ? `${p.name} (${p.relation})` : p.name;
}
