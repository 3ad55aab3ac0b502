import { describe, expect, it } from 'vitest';
import { coachNoteSchema } from './coach-note';
import { MAX_TIMESTAMP } from './time';

const note = { id: 'n1', conversationId: 'c1', participantId: 'p1', text: 'Alleen voor jou' };

describe('a note only for the coach', () => {
	it('has a time within the plausible range, like every other timestamp (a restored one too)', () => {
		expect(coachNoteSchema.safeParse({ ...note, createdAt: MAX_TIMESTAMP }).success).toBe(true);
		expect(coachNoteSchema.safeParse({ ...note, createdAt: MAX_TIMESTAMP + 1 }).success).toBe(
			false
		);
		expect(coachNoteSchema.safeParse({ ...note, createdAt: Number.MAX_SAFE_INTEGER }).success).toBe(
			false
		);
	});

	it('is never empty', () => {
		expect(coachNoteSchema.safeParse({ ...note, text: '   ', createdAt: 1 }).success).toBe(false);
	});
});
