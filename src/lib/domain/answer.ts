import { z } from 'zod';
import { ELEMENT_IDS, type ElementId } from './elements';
import { scoreSchema } from './score';
import { limitedText } from './text';
import { timestampSchema } from './time';

export const NOTE_MAX = 2000;
export const NOTE_FIELDS = ['strengths', 'worries', 'wishes'] as const;
export type NoteField = (typeof NOTE_FIELDS)[number];

/** NOTE_MAX counts UTF-16 units, as the textarea's maxlength does (see text.ts). */
const note = limitedText(NOTE_MAX, 'note.tooLong');

/**
 * One participant's answer about one child for one element of one conversation. A child's own
 * answer has their own id as `childId`; '' means not known yet (stored before answers were per
 * child, schema 1–3 and old backups) and is filled in from the conversation when read
 * (`resolveChildIds` in conversation.ts).
 */
export const answerSchema = z.object({
	conversationId: z.string().min(1),
	participantId: z.string().min(1),
	childId: z.string().max(64).default(''),
	elementId: z.enum(ELEMENT_IDS),
	score: scoreSchema.default(null),
	strengths: note.default(''),
	worries: note.default(''),
	wishes: note.default(''),
	wantsToTalk: z.boolean().default(false),
	updatedAt: timestampSchema
});

export type Answer = z.output<typeof answerSchema>;
export type AnswerPatch = Partial<Pick<Answer, 'score' | 'wantsToTalk' | NoteField>>;

// No defaults here: a patch names only what changed, everything else stays as stored.
export const answerPatchSchema = z
	.object({
		score: scoreSchema,
		strengths: note,
		worries: note,
		wishes: note,
		wantsToTalk: z.boolean()
	})
	.partial()
	.strict();

export function emptyAnswer(
	conversationId: string,
	participantId: string,
	elementId: ElementId,
	now = Date.now(),
	/** The child it is about; '' when not known (see answerSchema). */
	childId = ''
): Answer {
	return {
		conversationId,
		participantId,
		childId,
		elementId,
		score: null,
		strengths: '',
		worries: '',
		wishes: '',
		wantsToTalk: false,
		updatedAt: now
	};
}

/** Something was given: a score, any note or the flag. */
export function hasContent(a: Answer | undefined): boolean {
	if (!a) return false;
	return (
		a.score !== null ||
		a.wantsToTalk ||
		a.strengths.trim() !== '' ||
		a.worries.trim() !== '' ||
		a.wishes.trim() !== ''
	);
}
