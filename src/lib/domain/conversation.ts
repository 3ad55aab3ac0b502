import { z } from 'zod';
import { ELEMENT_IDS } from './elements';
import { nameSchema, participantSchema } from './participant';
import { timestampSchema } from './time';

/** klasgesprek (class discussion) comes later; the kind is stored so it can be added. */
export const KINDS = ['family', 'self'] as const;
export type Kind = (typeof KINDS)[number];

/** open: all answers visible as given. turns: "om de beurt", hidden until revealed. */
export const MODES = ['open', 'turns'] as const;
export type Mode = (typeof MODES)[number];

export const TITLE_MAX = 40;
export const MAX_PARTICIPANTS = 12;

export const conversationSchema = z
	.object({
		id: z.string().min(1).max(64),
		kind: z.enum(KINDS),
		title: nameSchema,
		mode: z.enum(MODES).default('open'),
		participants: z.array(participantSchema).min(1).max(MAX_PARTICIPANTS),
		/** Elements whose answers were revealed together in "om de beurt" mode. */
		revealed: z.array(z.enum(ELEMENT_IDS)).default([]),
		createdAt: timestampSchema,
		updatedAt: timestampSchema
	})
	.superRefine((c, ctx) => {
		const ids = new Set<string>();
		for (const [i, p] of c.participants.entries()) {
			if (ids.has(p.id))
				ctx.addIssue({
					code: 'custom',
					path: ['participants', i, 'id'],
					message: 'participant.duplicate'
				});
			ids.add(p.id);
		}
		if (c.kind === 'self' && c.participants.length !== 1) {
			ctx.addIssue({ code: 'custom', path: ['participants'], message: 'self.oneParticipant' });
		}
	});

export type Conversation = z.output<typeof conversationSchema>;
export type ConversationInput = z.input<typeof conversationSchema>;

export function newId(): string {
	return crypto.randomUUID();
}

/** One line of the home list: what it shows of a conversation, read without its answers. */
export interface ConversationSummary {
	id: string;
	kind: Conversation['kind'];
	title: string;
	participantCount: number;
	progress: number;
	createdAt: number;
	updatedAt: number;
}

/**
 * A conversation on this device that cannot be read (it does not open with the profile's key,
 * or what it holds fails validation): the home list shows it as damaged, so it can be saved
 * as a raw copy and deleted, and every other conversation keeps working.
 */
export interface DamagedConversation {
	id: string;
	damaged: true;
}

export type ConversationListEntry = ConversationSummary | DamagedConversation;
