import { z } from 'zod';
import { FACES, type Face } from './score';
import { seriesMembers } from './series';
import { timestampSchema } from './time';

// The child's voice about the conversation itself (issue 14): after the plan, each child says
// with faces whether they felt heard. Coach-only, like a note "alleen voor de coach": never on a
// family screen, in the plan or in anything the family takes home. Pure domain code.

/** The questions, in order: heard, talked about what matters to me, how it was overall. */
export const VOICE_QUESTIONS = ['heard', 'important', 'overall'] as const;
export type VoiceQuestion = (typeof VOICE_QUESTIONS)[number];

const ref = z.string().min(1).max(64);

/** One face (1 "heel verdrietig" … 5 "heel blij"), or null: not answered, never a zero. */
const faceSchema = z
	.int()
	.min(1)
	.max(5)
	.transform((n) => n as Face)
	.nullable()
	.default(null);

export const voiceAnswersSchema = z.object({
	heard: faceSchema,
	important: faceSchema,
	overall: faceSchema
});
export type VoiceAnswers = z.output<typeof voiceAnswersSchema>;

/** One child's answers for one conversation; answering again replaces them. */
export const childVoiceSchema = z.object({
	conversationId: ref,
	childId: ref,
	answers: voiceAnswersSchema,
	updatedAt: timestampSchema
});
export type ChildVoice = z.output<typeof childVoiceSchema>;
export type ChildVoiceInput = Omit<z.input<typeof childVoiceSchema>, 'updatedAt'>;

export const NO_VOICE: VoiceAnswers = { heard: null, important: null, overall: null };

/** Whether the child gave any face at all (all skipped: nothing is stored). */
export function hasVoice(answers: VoiceAnswers): boolean {
	return VOICE_QUESTIONS.some((q) => answers[q] !== null);
}

export function isFace(n: unknown): n is Face {
	return (FACES as readonly unknown[]).includes(n);
}

/** One moment of a series for one child: the answers, or null when the child gave none. */
export interface VoiceMoment {
	conversationId: string;
	sequence: number;
	createdAt: number;
	answers: VoiceAnswers | null;
}

/**
 * Per child, the answers over every conversation of the series, oldest first: a moment without
 * answers stays in the row as a gap (null), so "not asked" never reads as a sad face.
 */
export function voiceOverSeries<
	C extends { id: string; seriesId?: string; sequence?: number; createdAt: number }
>(
	all: readonly C[],
	seriesId: string,
	childIds: readonly string[],
	voices: readonly ChildVoice[]
): { childId: string; moments: VoiceMoment[] }[] {
	const members = seriesMembers(all, seriesId);
	return childIds.map((childId) => ({
		childId,
		moments: members.map((c) => {
			const voice = voices.find((v) => v.conversationId === c.id && v.childId === childId);
			return {
				conversationId: c.id,
				sequence: c.sequence ?? 1,
				createdAt: c.createdAt,
				answers: voice && hasVoice(voice.answers) ? voice.answers : null
			};
		})
	}));
}
