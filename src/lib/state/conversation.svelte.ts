import { emptyAnswer, type Answer, type AnswerPatch } from '$lib/domain/answer';
import type { Conversation, Mode } from '$lib/domain/conversation';
import type { ElementId } from '$lib/domain/elements';
import type { Participant } from '$lib/domain/participant';
import { isElementDone } from '$lib/domain/progress';
import { ELEMENT_IDS } from '$lib/domain/elements';
import { SvelteMap } from 'svelte/reactivity';
import { Autosaver } from './autosave.svelte';
import { Live } from './live.svelte';
import { getRepos } from './repos';
import { clearJournal, writeJournal } from '$lib/db/journal';

interface Loaded {
	conversation: Conversation | undefined;
	answers: Answer[];
}

const keyOf = (participantId: string, elementId: ElementId) => `${participantId}|${elementId}`;

/**
 * One conversation while it is open: the stored record and answers (live), plus edits that
 * are on their way to storage. What the screen shows is always stored ⊕ pending, so a slow
 * or failed write never makes typed text jump back.
 */
export class ConversationSession {
	#live: Live<Loaded, string | null>;
	#saved = new SvelteMap<string, Answer>();
	readonly saver: Autosaver<AnswerPatch, Answer>;
	#id: () => string | null;

	constructor(id: () => string | null) {
		this.#id = id;
		this.#live = new Live(id, async (current) => {
			if (!current) return { conversation: undefined, answers: [] };
			const { conversations, answers } = getRepos();
			const conversation = await conversations.get(current);
			return {
				conversation,
				answers: conversation ? await answers.forConversation(current) : []
			};
		});
		this.saver = new Autosaver<AnswerPatch, Answer>(
			(key, patch) => {
				const [participantId, elementId] = key.split('|') as [string, ElementId];
				return getRepos().answers.save(this.#requireId(), participantId, elementId, patch);
			},
			(key, answer) => this.#saved.set(key, answer)
		);
	}

	#requireId(): string {
		const id = this.#id();
		if (!id) throw new Error('no conversation');
		return id;
	}

	get loading(): boolean {
		return this.#live.loading;
	}

	get error(): unknown {
		return this.#live.error;
	}

	get conversation(): Conversation | undefined {
		return this.#live.current?.conversation;
	}

	/** Loaded, and there is no such conversation (unknown or deleted id). */
	get notFound(): boolean {
		return !this.#live.loading && !this.#live.error && !this.conversation;
	}

	get participants(): Participant[] {
		return this.conversation?.participants ?? [];
	}

	/** Every participant's answers as the screen should show them. */
	get answers(): Answer[] {
		const out: Answer[] = [];
		for (const p of this.participants) {
			for (const e of ELEMENT_IDS) out.push(this.answerFor(p.id, e));
		}
		return out;
	}

	answerFor(participantId: string, elementId: ElementId): Answer {
		const key = keyOf(participantId, elementId);
		const stored = this.#live.current?.answers.find(
			(a) => a.participantId === participantId && a.elementId === elementId
		);
		const saved = this.#saved.get(key);
		const base =
			saved && (!stored || saved.updatedAt >= stored.updatedAt)
				? saved
				: (stored ?? emptyAnswer(this.conversation?.id ?? '', participantId, elementId, 0));
		const pending = this.saver.pending(key);
		return pending ? { ...base, ...pending } : base;
	}

	isDone(elementId: ElementId): boolean {
		return isElementDone(this.participants, this.answers, elementId);
	}

	get doneElements(): ElementId[] {
		return ELEMENT_IDS.filter((e) => this.isDone(e));
	}

	edit(participantId: string, elementId: ElementId, patch: AnswerPatch): void {
		this.saver.queue(keyOf(participantId, elementId), patch);
	}

	flush(): Promise<void> {
		return this.saver.flush();
	}

	/**
	 * Tab closing or app hidden: no time for debounce or awaits. Unsaved answers go to the
	 * synchronous journal and, in requests issued right now, to IndexedDB.
	 */
	flushUrgently(): void {
		const conversation = this.conversation;
		if (!conversation) return;
		this.saver.flushUrgently(async (keys) => {
			const now = Date.now();
			const changed = keys.map((key) => {
				const [participantId, elementId] = key.split('|') as [string, ElementId];
				return { ...this.answerFor(participantId, elementId), conversationId: conversation.id };
			});
			writeJournal(
				localStorage,
				changed.map((a) => ({
					conversationId: a.conversationId,
					participantId: a.participantId,
					elementId: a.elementId,
					patch: {
						score: a.score,
						strengths: a.strengths,
						worries: a.worries,
						wishes: a.wishes,
						wantsToTalk: a.wantsToTalk
					},
					at: now
				}))
			);
			await getRepos().answers.saveUrgently(conversation, changed, this.answers, now);
			// The page stayed (it was only hidden): the journal is not needed any more.
			clearJournal(localStorage);
			for (const a of changed) {
				this.#saved.set(keyOf(a.participantId, a.elementId), { ...a, updatedAt: now });
			}
		});
	}

	async setMode(mode: Mode): Promise<void> {
		await this.flush();
		await getRepos().conversations.update(this.#requireId(), { mode });
	}

	async reveal(elementId: ElementId): Promise<void> {
		await this.flush();
		await getRepos().conversations.reveal(this.#requireId(), elementId);
	}

	async revealAll(): Promise<void> {
		await this.flush();
		await getRepos().conversations.update(this.#requireId(), { revealed: [...ELEMENT_IDS] });
	}
}

/** Saves a changed participant list or title for an open conversation. */
export async function updateConversation(
	session: ConversationSession,
	change: { title?: string; participants?: Participant[] }
): Promise<Conversation> {
	await session.flush();
	const id = session.conversation?.id;
	if (!id) throw new Error('no conversation');
	return getRepos().conversations.update(id, change);
}
