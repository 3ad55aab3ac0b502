import { z } from 'zod';
import { NOTE_MAX } from './answer';
import { ELEMENT_IDS } from './elements';
import { timestampSchema } from './time';

/**
 * A note "alleen voor de coach": written by one participant (the child above all) during the
 * walk-through, read only on the coach's own screen after the passphrase or PIN. It is never
 * revealed, never part of the overview, plan, any export or child version; the full backup
 * keeps it (the coach's record). Written once, never edited on a family screen.
 */
export const coachNoteSchema = z.object({
	id: z.string().min(1).max(64),
	conversationId: z.string().min(1),
	participantId: z.string().min(1),
	/** The element the person was answering, or null when written elsewhere. */
	elementId: z.enum(ELEMENT_IDS).nullable().default(null),
	text: z.string().trim().min(1, { error: 'note.empty' }).max(NOTE_MAX, { error: 'note.tooLong' }),
	createdAt: timestampSchema
});

export type CoachNote = z.output<typeof coachNoteSchema>;
export type CoachNoteInput = Omit<z.input<typeof coachNoteSchema>, 'id' | 'createdAt'>;
