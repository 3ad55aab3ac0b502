import { z } from 'zod';
import { LANGUAGE_IDS, type Language } from './languages';

export const ROLES = ['child', 'parent', 'coach', 'network'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Stored ids, kept as they are: '8-12' is 8 to 11 and '12-18' 12 to 18, so that each age is in
 * one group (the labels say so: "8 tot en met 11 jaar").
 */
export const AGE_GROUPS = ['4-7', '8-12', '12-18'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** Who a question is written for: decides wording and input (faces for the youngest). */
export const AUDIENCES = [
	'child-4-7',
	'child-8-12',
	'youth-12-18',
	'parent',
	'professional'
] as const;
export type Audience = (typeof AUDIENCES)[number];

export const NAME_MAX = 40;

// Letters, digits, spaces and ordinary punctuation; control characters never.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export const nameSchema = z
	.string()
	.transform((s) => s.trim())
	.pipe(
		z
			.string()
			.min(1, { error: 'name.empty' })
			.max(NAME_MAX, { error: 'name.tooLong' })
			.refine((s) => !CONTROL.test(s), { error: 'name.control' })
	);

export const participantSchema = z
	.object({
		id: z.string().min(1).max(64),
		name: nameSchema,
		role: z.enum(ROLES),
		/** Only for role "network": what this person is to the child (leerkracht, opa, trainer). */
		relation: z
			.string()
			.transform((s) => s.trim())
			.pipe(z.string().max(NAME_MAX, { error: 'relation.tooLong' }))
			.optional(),
		/** Only for role "child". An age group, never a birth date. */
		ageGroup: z.enum(AGE_GROUPS).optional(),
		/** The language this person reads their questions in; absent: the app's language. */
		language: z.enum(LANGUAGE_IDS).optional()
	})
	.superRefine((p, ctx) => {
		if (p.role === 'child' && !p.ageGroup) {
			ctx.addIssue({ code: 'custom', path: ['ageGroup'], message: 'ageGroup.required' });
		}
	})
	.transform((p): Participant => ({
		id: p.id,
		name: p.name,
		role: p.role,
		...(p.role === 'network' && p.relation ? { relation: p.relation } : {}),
		...(p.role === 'child' && p.ageGroup ? { ageGroup: p.ageGroup } : {}),
		...(p.language ? { language: p.language } : {})
	}));

export interface Participant {
	id: string;
	/** First name or nickname only. */
	name: string;
	role: Role;
	relation?: string;
	/** Reads the questions in this language (see domain/languages.ts); absent: the app's language. */
	language?: Language;
	ageGroup?: AgeGroup;
}

export function audienceOf(p: Pick<Participant, 'role' | 'ageGroup'>): Audience {
	switch (p.role) {
		case 'child':
			if (p.ageGroup === '4-7') return 'child-4-7';
			if (p.ageGroup === '12-18') return 'youth-12-18';
			return 'child-8-12';
		case 'parent':
			return 'parent';
		default:
			return 'professional';
	}
}

/** The youngest children answer with five faces instead of numbers. */
export function usesFaces(p: Pick<Participant, 'role' | 'ageGroup'>): boolean {
	return audienceOf(p) === 'child-4-7';
}
