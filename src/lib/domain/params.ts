import { z } from 'zod';
import { ELEMENT_IDS, type ElementId } from './elements';

/** Ids in URLs: what `crypto.randomUUID()` makes, nothing else. */
export const idParamSchema = z
	.string()
	.min(1)
	.max(64)
	.regex(/^[A-Za-z0-9-]+$/);

export function parseId(value: string | null): string | null {
	const r = idParamSchema.safeParse(value);
	return r.success ? r.data : null;
}

/** An unknown or missing element falls back to the first one instead of failing. */
export function parseElement(value: string | null): ElementId {
	const r = z.enum(ELEMENT_IDS).safeParse(value);
	return r.success ? r.data : ELEMENT_IDS[0];
}

/**
 * `?kind=` names one of the conversation's children; anything else (missing, unknown, not an
 * id) falls back to the first child, or '' in a conversation without a named child.
 */
export function parseChild(value: string | null, children: readonly string[]): string {
	const r = idParamSchema.safeParse(value);
	if (r.success && children.includes(r.data)) return r.data;
	return children[0] ?? '';
}

/**
 * `?wie=` names whose answer the element screen shows: one of the given participants, else
 * null (missing, unknown or not an id), and the screen picks for itself.
 */
export function parseParticipant(value: string | null, ids: readonly string[]): string | null {
	const r = idParamSchema.safeParse(value);
	return r.success && ids.includes(r.data) ? r.data : null;
}
