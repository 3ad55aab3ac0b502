import type { PlanBlocker } from '$lib/domain/plan';
import { elementText, m } from '$lib/i18n';

/** What is missing before the plan can be agreed, in words. */
export function missingText(b: PlanBlocker): string {
	switch (b.kind) {
		case 'focus':
			return m.plan.missing.focus;
		case 'evaluation':
			return m.plan.missing.evaluation;
		default:
			return m.plan.missing[b.kind](elementText(b.elementId).name);
	}
}
