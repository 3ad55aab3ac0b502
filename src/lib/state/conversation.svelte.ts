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
import { clearJournal, forgetInJournal, writeJournal } from '$lib/db/journal';
import type { UrgentRows } from '$lib/db/answers';

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
		this.#prepareUrgent();
	}

	flush(): Promise<void> {
		return this.saver.flush();
	}

	#prepared: UrgentRows | undefined;
	#preparing = 0;

	/**
	 * Encryption cannot be awaited once the page is going away, so every edit seals the
	 * unsaved answers right away (a millisecond or so); `flushUrgently` writes the result.
	 */
	#prepareUrgent(): void {
		const conversation = this.conversation;
		if (!conversation) return;
		const changed = this.saver.pendingKeys.map((key) => {
			const [participantId, elementId] = key.split('|') as [string, ElementId];
			return { ...this.answerFor(participantId, elementId), conversationId: conversation.id };
		});
		const turn = ++this.#preparing;
		getRepos()
			.answers.prepareUrgent(conversation, changed, this.answers)
			.then((rows) => {
				if (turn === this.#preparing) this.#prepared = rows;
			})
			.catch(() => {});
	}

	/**
	 * Tab closing or app hidden: no time for debounce or awaits. The sealed unsaved answers
	 * go to the synchronous journal and, in requests issued right now, to IndexedDB. If the
	 * page stays (only hidden), the normal save follows and makes the journal unnecessary.
	 */
	flushUrgently(): void {
		if (!this.saver.hasPending) return;
		const repos = getRepos();
		const profileId = repos.profileId;
		const rows = this.#prepared;
		if (rows) {
			writeJournal(localStorage, profileId, rows.answers);
			repos.answers.writeUrgently(rows).catch(() => {});
		}
		void this.saver.flush().then(() => {
			if (!this.saver.hasPending) clearJournal(localStorage, profileId);
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

/** Deletes the open conversation with its answers and plan, and any journalled answers. */
export async function deleteConversation(session: ConversationSession): Promise<void> {
	const id = session.conversation?.id;
	if (!id) return;
	await session.flush().catch(() => {});
	await getRepos().conversations.delete(id);
	forgetInJournal(localStorage, id);
}
