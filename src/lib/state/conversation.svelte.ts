import { emptyAnswer, type Answer, type AnswerPatch } from '$lib/domain/answer';
import {
	answerSlots,
	childrenFor,
	defaultChildFor,
	type Conversation,
	type Mode
} from '$lib/domain/conversation';
import { isElementId, type ElementId } from '$lib/domain/elements';
import type { Participant } from '$lib/domain/participant';
import { hasScored, isElementDone } from '$lib/domain/progress';
import { ELEMENT_IDS } from '$lib/domain/elements';
import { untrack } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import { Autosaver } from './autosave.svelte';
import { Live } from './live.svelte';
import { getRepos } from './repos';
import { forgetEntry, forgetUnsaved, journalFor, writeJournal } from '$lib/db/journal';
import { fieldBits, type UrgentRows } from '$lib/db/answers';

interface Loaded {
	conversation: Conversation | undefined;
	answers: Answer[];
}

// Ids never hold '|' (see domain/params.ts); a conversation without a named child uses ''.
const keyOf = (participantId: string, childId: string, elementId: ElementId) =>
	`${participantId}|${childId}|${elementId}`;
const splitKey = (key: string) => key.split('|') as [string, string, ElementId];

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
			// Changes the journal still holds (a write that failed before a reload, another
			// tab's page-leave write) join the queue before anything is shown.
			if (conversation && !this.#adopted.has(current)) {
				this.#adopted.add(current);
				await this.adoptJournal().catch(() => {});
			}
			return {
				conversation,
				answers: conversation ? await answers.forConversation(current) : []
			};
		});
		this.saver = new Autosaver<AnswerPatch, Answer>(
			(key, patch) => {
				const [participantId, childId, elementId] = splitKey(key);
				return getRepos().answers.save(this.#requireId(), participantId, childId, elementId, patch);
			},
			(key, answer, covers) => {
				this.#saved.set(key, answer);
				this.#forgetJournalled(key, covers);
			}
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

	// Every save of an answer stamps the conversation with a new time (and progress), so the
	// database sends a new object each time. Shown, it stays the same object until something
	// else in it changes: the screen does not redraw all that reads it after every save.
	#shownKey = $derived.by(() => {
		const c = this.#live.current?.conversation;
		return c ? JSON.stringify({ ...c, updatedAt: 0 }) : '';
	});
	#shown = $derived.by(() => {
		void this.#shownKey;
		return untrack(() => this.#live.current?.conversation);
	});

	/** The conversation as stored; its `updatedAt` may lag behind the stored one's. */
	get conversation(): Conversation | undefined {
		return this.#shown;
	}

	/** Loaded, and there is no such conversation (unknown or deleted id). */
	get notFound(): boolean {
		return !this.#live.loading && !this.#live.error && !this.conversation;
	}

	get participants(): Participant[] {
		return this.conversation?.participants ?? [];
	}

	/** The children the conversation is about, in order (the youth alone in a self-reflection). */
	get children(): Participant[] {
		const c = this.conversation;
		if (!c) return [];
		return c.children
			.map((id) => c.participants.find((p) => p.id === id))
			.filter((p): p is Participant => p !== undefined);
	}

	/** The children this participant answers about: a child themself, an adult each not skipped. */
	childrenFor(participantId: string): string[] {
		const c = this.conversation;
		return c ? childrenFor(c, participantId) : [];
	}

	/** Whether the coach took this child off this adult's list. */
	isSkipped(participantId: string, childId: string): boolean {
		return (
			this.conversation?.skipped.some(
				(s) => s.participantId === participantId && s.childId === childId
			) ?? false
		);
	}

	/** A child's first name ('' for the unnamed child of a conversation without one). */
	childName(childId: string): string {
		return this.participants.find((p) => p.id === childId)?.name ?? '';
	}

	// Worked out once per change, not on each read: the element screen, its progress and
	// the overview read it many times per tap.
	#answers = $derived.by(() => {
		const c = this.conversation;
		if (!c) return [];
		const out: Answer[] = [];
		for (const s of answerSlots(c)) {
			for (const e of ELEMENT_IDS) out.push(this.answerFor(s.participantId, s.childId, e));
		}
		return out;
	});

	/** Every answer that is asked for (participant × child × element), as the screen shows it. */
	get answers(): Answer[] {
		return this.#answers;
	}

	/** The answers about one child: that child's wheel, table and agenda. */
	answersAbout(childId: string): Answer[] {
		return this.answers.filter((a) => a.childId === childId);
	}

	// The stored answers by key, made once per database result instead of searched per read.
	#stored = $derived.by(() => {
		// Built whole inside the derived and never changed after: a new one per result.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const byKey = new Map<string, Answer>();
		for (const a of this.#live.current?.answers ?? []) {
			byKey.set(keyOf(a.participantId, a.childId, a.elementId), a);
		}
		return byKey;
	});

	/** The newest stored version this tab knows: its own last save or the live row. */
	#storedFor(participantId: string, childId: string, elementId: ElementId): Answer | undefined {
		const key = keyOf(participantId, childId, elementId);
		const stored = this.#stored.get(key);
		const saved = this.#saved.get(key);
		// Every write has a later time than the one it replaces (see AnswerRepo.save), so
		// the later time is the newer value, whichever tab wrote it.
		return saved && (!stored || saved.updatedAt >= stored.updatedAt) ? saved : stored;
	}

	/**
	 * One participant's answer about one child. Without `childId` (the API before answers
	 * were per child): about the participant's first child (a child: themself).
	 */
	answerFor(participantId: string, childId: string, elementId: ElementId): Answer;
	answerFor(participantId: string, elementId: ElementId): Answer;
	answerFor(participantId: string, b: string, c?: ElementId): Answer {
		const [childId, elementId] = this.#childAndElement(participantId, b, c);
		const base =
			this.#storedFor(participantId, childId, elementId) ??
			emptyAnswer(this.conversation?.id ?? '', participantId, elementId, 0, childId);
		const pending = this.saver.pending(keyOf(participantId, childId, elementId));
		return pending ? { ...base, ...pending } : base;
	}

	#childAndElement(participantId: string, b: string, c?: ElementId): [string, ElementId] {
		if (c !== undefined) return [b, c];
		if (!isElementId(b)) throw new Error(`unknown element ${b}`);
		const conversation = this.conversation;
		return [conversation ? defaultChildFor(conversation, participantId) : '', b];
	}

	/** Writes are failing: what is shown is not all stored (the page asks before closing). */
	get failing(): boolean {
		return this.saver.failing;
	}

	// Which asked-for answers have which score, as one string: typing in a note makes new
	// answers but the same string, so progress, the row of people and the wheel stay as they are.
	#scoreKey = $derived(
		this.#answers
			.map((a) => `${keyOf(a.participantId, a.childId, a.elementId)}=${a.score ?? ''}`)
			.join('\n')
	);

	/** The asked-for answers' scores: a new list only when a score changes. */
	#scores = $derived.by(() => {
		void this.#scoreKey;
		return untrack(() =>
			this.#answers.map(({ participantId, childId, elementId, score }) => ({
				participantId,
				childId,
				elementId,
				score
			}))
		);
	});

	/** Every asked-for answer has a score (with `childId`: every answer about that child). */
	isDone(elementId: ElementId, childId?: string): boolean {
		const c = this.conversation;
		return c ? isElementDone(c, this.#scores, elementId, childId) : false;
	}

	#done = $derived.by(() => {
		void this.#scores;
		return ELEMENT_IDS.filter((e) => this.isDone(e));
	});

	get doneElements(): ElementId[] {
		return this.#done;
	}

	/** Whether the participant gave a score for this element in each of their answers (each child). */
	hasScored(participantId: string, elementId: ElementId): boolean {
		const c = this.conversation;
		return c ? hasScored(c, this.#scores, elementId, participantId) : false;
	}

	/** The score of one answer as shown (stored ⊕ pending); changes only with a score. */
	scoreFor(participantId: string, childId: string, elementId: ElementId): number | null {
		return (
			this.#scores.find(
				(s) =>
					s.participantId === participantId && s.childId === childId && s.elementId === elementId
			)?.score ?? null
		);
	}

	/** Queues a change of one participant's answer about one child (saved after a pause). */
	edit(participantId: string, childId: string, elementId: ElementId, patch: AnswerPatch): void;
	edit(participantId: string, elementId: ElementId, patch: AnswerPatch): void;
	edit(participantId: string, b: string, c: ElementId | AnswerPatch, d?: AnswerPatch): void {
		const [childId, elementId] =
			typeof c === 'string'
				? this.#childAndElement(participantId, b, c)
				: this.#childAndElement(participantId, b);
		const patch = (typeof c === 'string' ? d : c) ?? {};
		this.saver.queue(keyOf(participantId, childId, elementId), patch);
		this.#prepareUrgent();
	}

	/** The contract's name for `edit` with a child. */
	update(participantId: string, childId: string, elementId: ElementId, patch: AnswerPatch): void {
		this.edit(participantId, childId, elementId, patch);
	}

	/** The coach takes a child off (or back on) an adult's list. */
	async setSkipped(participantId: string, childId: string, skipped: boolean): Promise<void> {
		const c = this.conversation;
		if (!c) return;
		await this.flush();
		const others = c.skipped.filter(
			(s) => !(s.participantId === participantId && s.childId === childId)
		);
		await getRepos().conversations.update(c.id, {
			skipped: skipped ? [...others, { participantId, childId }] : others
		});
	}

	/** The coach read the notice that adults' earlier answers were put with the first child. */
	async dismissChildrenCheck(): Promise<void> {
		await getRepos().conversations.update(this.#requireId(), { checkChildren: false });
	}

	flush(): Promise<void> {
		return this.saver.flush();
	}

	#prepared: { rows: UrgentRows; seq: number } | undefined;
	/** A seal is asked for and has not started yet: it will take every edit made until then. */
	#sealAsked = false;
	/**
	 * Journal entries this tab stands for, per entry (its participant, child as the entry names
	 * it, element): forgotten once a save of `key` (the answer it is about) covers `seq`.
	 */
	// Bookkeeping only, never shown: plain collections on purpose.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#journalled = new Map<string, { key: string; seq: number; updatedAt: number }>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#adopted = new Set<string>();

	/**
	 * Encryption cannot be awaited once the page is going away, so the unsaved answers are kept
	 * sealed ahead; `flushUrgently` writes the result. Sealing (validating, encrypting, the
	 * conversation's progress) is not part of the key or tap that asks for it: it starts in a
	 * task of its own right after (a frame later would be too late for someone who types and
	 * closes at once), and all edits until it starts share it. Seals may overlap (encrypting
	 * takes a while); the newest one that is done counts, whichever finished first.
	 */
	#prepareUrgent(): void {
		if (this.#sealAsked) return;
		this.#sealAsked = true;
		setTimeout(() => {
			this.#sealAsked = false;
			// Nothing sealed this time: the last seal stays, the next edit tries again.
			this.#seal().catch(() => {});
		}, 0);
	}

	/** Seals every unsaved answer as the screen shows it, with the stored version it is based on. */
	async #seal(): Promise<void> {
		// As stored now, with its time: the urgent write checks that nothing changed since.
		const conversation = this.#live.current?.conversation;
		if (!conversation || !this.saver.hasPending) return;
		const seq = this.saver.seq;
		const keys = this.saver.pendingKeys;
		const changed: Answer[] = [];
		const meta: { base: number | null; fields: number }[] = [];
		for (const key of keys) {
			const [participantId, childId, elementId] = splitKey(key);
			changed.push({
				...this.answerFor(participantId, childId, elementId),
				conversationId: conversation.id
			});
			meta.push({
				base: this.#storedFor(participantId, childId, elementId)?.updatedAt ?? null,
				fields: fieldBits(Object.keys(this.saver.pending(key) ?? {}))
			});
		}
		const rows = await getRepos().answers.prepareUrgent(
			conversation,
			changed,
			this.answers,
			Date.now(),
			meta
		);
		if (!this.#prepared || seq > this.#prepared.seq) this.#prepared = { rows, seq };
	}

	#forgetJournalled(key: string, covers: number): void {
		const conversationId = this.#id();
		if (!conversationId) return;
		for (const [entryKey, entry] of this.#journalled) {
			if (entry.key !== key || covers < entry.seq) continue;
			this.#journalled.delete(entryKey);
			const [participantId, childId, elementId] = splitKey(entryKey);
			const at = { conversationId, participantId, childId, elementId, updatedAt: entry.updatedAt };
			forgetEntry(localStorage, getRepos().profileId, at);
		}
	}

	/**
	 * Takes this conversation's journalled changes that are not stored into the queue (fields
	 * this tab is changing itself stay as typed here), so they are shown and saved; the entry
	 * is forgotten once that save succeeds.
	 */
	async adoptJournal(): Promise<void> {
		const id = this.#id();
		if (!id) return;
		for (const found of await journalFor(getRepos(), localStorage, id)) {
			const key = keyOf(found.participantId, found.childId, found.elementId);
			const mine = this.saver.pending(key) ?? {};
			const rest = Object.fromEntries(Object.entries(found.patch).filter(([f]) => !(f in mine)));
			if (Object.keys(rest).length > 0) this.saver.queue(key, rest as AnswerPatch);
			const entryKey = keyOf(found.participantId, found.entryChildId, found.elementId);
			this.#journalled.set(entryKey, { key, seq: this.saver.seq, updatedAt: found.updatedAt });
		}
	}

	/**
	 * Tab closing or app hidden: no time for debounce or awaits. The sealed unsaved answers
	 * go to the synchronous journal and, in requests issued right now, to IndexedDB (only where
	 * no other tab wrote since). If the page stays (only hidden), the normal save follows;
	 * each journal entry is forgotten once a save covers it.
	 */
	flushUrgently(): void {
		if (!this.saver.hasPending) return;
		const repos = getRepos();
		const prepared = this.#prepared;
		const pending = new Set(this.saver.pendingKeys); // eslint-disable-line svelte/prefer-svelte-reactivity
		const answers = prepared?.rows.answers.filter((r) =>
			pending.has(keyOf(r.participantId, r.childId, r.elementId as ElementId))
		);
		if (prepared && answers && answers.length > 0) {
			writeJournal(localStorage, repos.profileId, answers);
			for (const r of answers) {
				const key = keyOf(r.participantId, r.childId, r.elementId as ElementId);
				this.#journalled.set(key, { key, seq: prepared.seq, updatedAt: r.updatedAt });
			}
			repos.answers.writeUrgently({ ...prepared.rows, answers }).catch(() => {});
		}
		void this.saver.flush();
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

/** Deletes the open conversation with its answers and plan, and anything the page-leave journals keep of it. */
export async function deleteConversation(session: ConversationSession): Promise<void> {
	const id = session.conversation?.id;
	if (!id) return;
	await session.flush().catch(() => {});
	await getRepos().conversations.delete(id);
	forgetUnsaved(localStorage, id);
}
