import {
	conversationSchema,
	newId,
	type Conversation,
	type ConversationInput,
	type Mode
} from '$lib/domain/conversation';
import type { Participant } from '$lib/domain/participant';
import { countDone, revealedAfterModeChange } from '$lib/domain/progress';
import type { ElementId } from '$lib/domain/elements';
import type { KansDb } from './db';
import { conversationFromRow as fromRow, conversationToRow as toRow } from './mapping';
import { MissingRecordError, ValidationError } from './errors';
import { readAnswers } from './answers';

export interface ConversationSummary {
	id: string;
	kind: Conversation['kind'];
	title: string;
	participantCount: number;
	progress: number;
	createdAt: number;
	updatedAt: number;
}

export function validateConversation(input: ConversationInput): Conversation {
	const parsed = conversationSchema.safeParse(input);
	if (!parsed.success) throw ValidationError.from('conversation', parsed.error);
	return parsed.data;
}

export class ConversationRepo {
	constructor(private readonly db: KansDb) {}

	/** Newest first. Rows that fail validation are left out rather than breaking the list. */
	async list(): Promise<ConversationSummary[]> {
		const rows = await this.db.conversations.orderBy('updatedAt').reverse().toArray();
		const out: ConversationSummary[] = [];
		for (const row of rows) {
			const c = fromRow(row);
			if (!c) continue;
			out.push({
				id: c.id,
				kind: c.kind,
				title: c.title,
				participantCount: c.participants.length,
				progress: typeof row.progress === 'number' ? row.progress : 0,
				createdAt: c.createdAt,
				updatedAt: c.updatedAt
			});
		}
		return out;
	}

	async get(id: string): Promise<Conversation | undefined> {
		const row = await this.db.conversations.get(id);
		return row ? fromRow(row) : undefined;
	}

	async create(
		input: Omit<ConversationInput, 'id' | 'createdAt' | 'updatedAt'>,
		now = Date.now()
	): Promise<Conversation> {
		const c = validateConversation({ ...input, id: newId(), createdAt: now, updatedAt: now });
		await this.db.conversations.add(toRow(c, 0));
		return c;
	}

	/** Changes title, mode or participants; participants who left take their answers along. */
	async update(
		id: string,
		change: { title?: string; mode?: Mode; participants?: Participant[]; revealed?: ElementId[] },
		now = Date.now()
	): Promise<Conversation> {
		return this.db.transaction('rw', this.db.conversations, this.db.answers, async () => {
			const current = await this.get(id);
			if (!current) throw new MissingRecordError('conversation');
			const answers = await readAnswers(this.db, id);
			const revealed =
				change.revealed ??
				(change.mode ? revealedAfterModeChange(current, change.mode, answers) : current.revealed);
			const next = validateConversation({
				...current,
				...change,
				revealed,
				updatedAt: now
			});
			const keep = new Set(next.participants.map((p) => p.id));
			const gone = answers.filter((a) => !keep.has(a.participantId));
			if (gone.length > 0) {
				await this.db.answers.bulkDelete(
					gone.map(
						(a) => [a.conversationId, a.participantId, a.elementId] as [string, string, string]
					)
				);
			}
			const remaining = answers.filter((a) => keep.has(a.participantId));
			await this.db.conversations.put(toRow(next, countDone(next.participants, remaining)));
			return next;
		});
	}

	async reveal(id: string, elementId: ElementId): Promise<Conversation> {
		const current = await this.get(id);
		if (!current) throw new MissingRecordError('conversation');
		if (current.revealed.includes(elementId)) return current;
		return this.update(id, { revealed: [...current.revealed, elementId] });
	}

	async delete(id: string): Promise<void> {
		await this.db.transaction(
			'rw',
			[this.db.conversations, this.db.answers, this.db.plans],
			async () => {
				await this.db.answers.where('conversationId').equals(id).delete();
				await this.db.plans.delete(id);
				await this.db.conversations.delete(id);
			}
		);
	}
}
