import { describe, expect, it } from 'vitest';
import {
	childVoiceSchema,
	hasVoice,
	NO_VOICE,
	voiceOverSeries,
	type ChildVoice
} from './child-voice';
import { MAX_TIMESTAMP } from './time';

const voice = (conversationId: string, childId: string, heard: number | null): ChildVoice =>
	childVoiceSchema.parse({
		conversationId,
		childId,
		answers: { heard, important: 4, overall: 5 },
		updatedAt: 1
	});

describe("the child's voice about the conversation", () => {
	it('takes five faces per question, or none; nothing else', () => {
		const base = { conversationId: 'c1', childId: 'k1', updatedAt: 1 };
		expect(childVoiceSchema.parse({ ...base, answers: { heard: 5 } }).answers).toEqual({
			heard: 5,
			important: null,
			overall: null
		});
		for (const bad of [0, 6, 2.5, '3', -1]) {
			expect(childVoiceSchema.safeParse({ ...base, answers: { heard: bad } }).success).toBe(false);
		}
		expect(
			childVoiceSchema.safeParse({ ...base, answers: {}, updatedAt: MAX_TIMESTAMP + 1 }).success
		).toBe(false);
		expect(childVoiceSchema.safeParse({ ...base, childId: '', answers: {} }).success).toBe(false);
	});

	it('counts as given only with at least one face', () => {
		expect(hasVoice(NO_VOICE)).toBe(false);
		expect(hasVoice({ ...NO_VOICE, overall: 1 })).toBe(true);
	});
});

describe('the voice over a series', () => {
	const first = { id: 'a', createdAt: 100 };
	const second = { id: 'b', seriesId: 'a', sequence: 2, createdAt: 200 };
	const third = { id: 'c', seriesId: 'a', sequence: 3, createdAt: 300 };
	const other = { id: 'x', createdAt: 150 };

	it('lists every moment of the series per child, oldest first, with gaps where none was given', () => {
		const rows = voiceOverSeries(
			[third, other, first, second],
			'a',
			['noor', 'sem'],
			[voice('c', 'noor', 5), voice('a', 'noor', 2), voice('b', 'sem', 3), voice('x', 'noor', 1)]
		);
		expect(rows.map((r) => r.childId)).toEqual(['noor', 'sem']);
		expect(
			rows[0]!.moments.map((m) => [m.conversationId, m.sequence, m.answers?.heard ?? null])
		).toEqual([
			['a', 1, 2],
			['b', 2, null],
			['c', 3, 5]
		]);
		expect(rows[1]!.moments.map((m) => m.answers?.heard ?? null)).toEqual([null, 3, null]);
	});

	it('treats stored answers without any face as a gap, never as a score', () => {
		const empty = childVoiceSchema.parse({
			conversationId: 'a',
			childId: 'noor',
			answers: {},
			updatedAt: 1
		});
		const [row] = voiceOverSeries([first], 'a', ['noor'], [empty]);
		expect(row!.moments[0]!.answers).toBeNull();
	});
});
