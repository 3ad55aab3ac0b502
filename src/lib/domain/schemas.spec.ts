import { describe, expect, it } from 'vitest';
import { answerPatchSchema, answerSchema, hasContent, emptyAnswer } from './answer';
import { conversationSchema } from './conversation';
import { ELEMENT_IDS, ELEMENTS } from './elements';
import { parseElement, parseId, parseParticipant } from './params';
import { audienceOf, nameSchema, participantSchema, usesFaces } from './participant';
import { faceToScore, scoreSchema, scoreToFace } from './score';

const base = {
	id: 'c1',
	kind: 'family',
	title: 'Gezin J.',
	participants: [
		{ id: 'p1', name: 'Sam', role: 'child', ageGroup: '8-12' },
		{ id: 'p2', name: 'Ans', role: 'parent' }
	],
	createdAt: 1,
	updatedAt: 1
};

describe('elements', () => {
	it('has eight elements with unique ids in the fixed order, each mapped to SHANARRI', () => {
		expect(ELEMENTS.map((e) => e.id)).toEqual([...ELEMENT_IDS]);
		expect(new Set(ELEMENTS.map((e) => e.shanarri)).size).toBe(8);
		expect(ELEMENTS.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
	});
});

describe('names', () => {
	it('trims and accepts 1–40 characters', () => {
		expect(nameSchema.parse('  Sam  ')).toBe('Sam');
		expect(nameSchema.safeParse('x'.repeat(40)).success).toBe(true);
	});

	it('refuses empty, too long and control characters with a message key', () => {
		expect(nameSchema.safeParse('   ').error?.issues[0]?.message).toBe('name.empty');
		expect(nameSchema.safeParse('x'.repeat(41)).error?.issues[0]?.message).toBe('name.tooLong');
		expect(nameSchema.safeParse('Sam\u0000').error?.issues[0]?.message).toBe('name.control');
		expect(nameSchema.safeParse('Sam\nJ').success).toBe(false);
	});
});

describe('participants', () => {
	it('requires an age group for a child and drops it for adults', () => {
		expect(participantSchema.safeParse({ id: 'a', name: 'Sam', role: 'child' }).success).toBe(
			false
		);
		const adult = participantSchema.parse({
			id: 'a',
			name: 'Ans',
			role: 'parent',
			ageGroup: '4-7'
		});
		expect(adult.ageGroup).toBeUndefined();
	});

	it('has no field for birth dates or surnames: unknown keys are not stored', () => {
		const p = participantSchema.parse({
			id: 'a',
			name: 'Sam',
			role: 'child',
			ageGroup: '8-12',
			birthDate: '2015-01-01',
			surname: 'Jansen'
		});
		expect(Object.keys(p).sort()).toEqual(['ageGroup', 'id', 'name', 'role']);
		expect(JSON.stringify(p)).not.toContain('2015');
	});

	it('picks the wording and input by role and age group', () => {
		expect(audienceOf({ role: 'child', ageGroup: '4-7' })).toBe('child-4-7');
		expect(audienceOf({ role: 'child', ageGroup: '8-12' })).toBe('child-8-12');
		expect(audienceOf({ role: 'child', ageGroup: '12-18' })).toBe('youth-12-18');
		expect(audienceOf({ role: 'parent' })).toBe('parent');
		expect(audienceOf({ role: 'coach' })).toBe('professional');
		expect(audienceOf({ role: 'network' })).toBe('professional');
		expect(usesFaces({ role: 'child', ageGroup: '4-7' })).toBe(true);
		expect(usesFaces({ role: 'child', ageGroup: '8-12' })).toBe(false);
	});
});

describe('conversation', () => {
	it('accepts a family conversation and defaults to open mode', () => {
		const c = conversationSchema.parse(base);
		expect(c.mode).toBe('open');
		expect(c.revealed).toEqual([]);
	});

	it('refuses duplicate participant ids and a self-reflection with more than one person', () => {
		expect(
			conversationSchema.safeParse({
				...base,
				participants: [base.participants[0], { ...base.participants[1], id: 'p1' }]
			}).success
		).toBe(false);
		expect(conversationSchema.safeParse({ ...base, kind: 'self' }).success).toBe(false);
	});

	it('refuses unknown kinds (klasgesprek is not there yet)', () => {
		expect(conversationSchema.safeParse({ ...base, kind: 'class' }).success).toBe(false);
	});
});

describe('scores and answers', () => {
	it('accepts whole numbers 1–10 and null; refuses 0, 11, 5.5, "7" and NaN', () => {
		for (const ok of [1, 5, 10, null]) expect(scoreSchema.safeParse(ok).success).toBe(true);
		for (const bad of [0, 11, -1, 5.5, '7', NaN])
			expect(scoreSchema.safeParse(bad).success).toBe(false);
	});

	it('maps five faces onto the scale and back', () => {
		expect([1, 2, 3, 4, 5].map((f) => faceToScore(f as 1))).toEqual([2, 4, 6, 8, 10]);
		expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(scoreToFace)).toEqual([
			1, 1, 2, 2, 3, 3, 4, 4, 5, 5
		]);
	});

	it('refuses notes over 2000 characters and unknown fields in a patch', () => {
		expect(answerPatchSchema.safeParse({ worries: 'x'.repeat(2001) }).success).toBe(false);
		expect(answerPatchSchema.safeParse({ worries: 'x'.repeat(2000) }).success).toBe(true);
		expect(answerPatchSchema.safeParse({ birthDate: 'x' }).success).toBe(false);
	});

	it('refuses an answer on an unknown element', () => {
		const a = { ...emptyAnswer('c', 'p', 'heard', 1), elementId: 'happiness' };
		expect(answerSchema.safeParse(a).success).toBe(false);
	});

	it('tells an empty answer from one with content', () => {
		const a = emptyAnswer('c', 'p', 'heard', 1);
		expect(hasContent(a)).toBe(false);
		expect(hasContent({ ...a, worries: '  ' })).toBe(false);
		expect(hasContent({ ...a, wishes: 'meer tijd' })).toBe(true);
		expect(hasContent({ ...a, score: 1 })).toBe(true);
	});
});

describe('URL parameters', () => {
	it('accepts uuids and refuses anything else', () => {
		expect(parseId('0b6f3c2e-1a2b-4c3d-8e9f-001122334455')).toBe(
			'0b6f3c2e-1a2b-4c3d-8e9f-001122334455'
		);
		for (const bad of [null, '', '../x', '<script>', 'a'.repeat(65), 'a b'])
			expect(parseId(bad)).toBeNull();
	});

	it('falls back to the first element for unknown element names', () => {
		expect(parseElement('safe')).toBe('safe');
		expect(parseElement('__proto__')).toBe('heard');
		expect(parseElement(null)).toBe('heard');
	});

	it('names a participant of the conversation in ?wie=, or nobody', () => {
		const ids = ['0b6f3c2e-1a2b-4c3d-8e9f-001122334455', 'p2'];
		expect(parseParticipant('p2', ids)).toBe('p2');
		for (const bad of [null, '', 'p3', '<script>', 'p2|x', 'a'.repeat(65)])
			expect(parseParticipant(bad, ids)).toBeNull();
	});
});
