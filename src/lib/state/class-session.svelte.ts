import {
	canUndoRound,
	cancelRound,
	closeRound,
	emptyBallot,
	nextInSeries,
	passOn,
	pickFace,
	resultFor,
	startRound,
	undoLastRound,
	withResult,
	type BallotState,
	type ClassAgreements,
	type ClassElementResult,
	type ClassRecord,
	type FaceCounts
} from '$lib/domain/class-session';
import { closeCardRound } from '$lib/domain/class-cards';
import type { ElementId } from '$lib/domain/elements';
import type { Face } from '$lib/domain/score';
import { Autosaver } from './autosave.svelte';
import { Live } from './live.svelte';
import { getRepos } from './repos';

const KEY = 'record';

/**
 * One class session on the teacher's screen. Edits go to a working copy at once and are saved
 * as the whole record (debounced, retried on failure, never dropped). The secret ballot lives
 * here in memory only: an open round is never written, so nobody reading the database between
 * two votes can tell one pupil's choice from the difference; a closed round adds its totals.
 */
export class ClassSessionState {
	#live: Live<ClassRecord | undefined, string | null>;
	/** The teacher's working copy: the stored record with every edit not yet saved. */
	#draft = $state.raw<ClassRecord | undefined>(undefined);
	#ballot = $state.raw<BallotState>(emptyBallot());
	readonly saver: Autosaver<{ record: ClassRecord }, ClassRecord>;

	constructor(id: () => string | null) {
		this.#live = new Live(id, async (current) =>
			current ? getRepos().classSessions.get(current) : undefined
		);
		this.saver = new Autosaver<{ record: ClassRecord }, ClassRecord>((_key, patch) =>
			getRepos().classSessions.save(patch.record)
		);
	}

	get loading(): boolean {
		return this.#live.loading;
	}

	get error(): unknown {
		return this.#live.error;
	}

	/** What the screen shows: the edits as made, else what is stored. */
	get record(): ClassRecord | undefined {
		const stored = this.#live.current;
		const draft = this.#draft;
		if (draft && stored && draft.session.id === stored.session.id) return draft;
		return stored;
	}

	get notFound(): boolean {
		return !this.#live.loading && !this.#live.error && !this.#live.current;
	}

	get ballot(): BallotState {
		return this.#ballot;
	}

	result(elementId: ElementId): ClassElementResult {
		const r = this.record;
		return r
			? resultFor(r, elementId)
			: { elementId, counts: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, notes: '' };
	}

	#change(next: ClassRecord): void {
		this.#draft = next;
		this.saver.queue(KEY, { record: next });
	}

	setCounts(elementId: ElementId, counts: FaceCounts): void {
		const r = this.record;
		if (!r) return;
		this.#change(withResult(r, { ...resultFor(r, elementId), counts }));
	}

	setNotes(elementId: ElementId, notes: string): void {
		const r = this.record;
		if (!r) return;
		this.#change(withResult(r, { ...resultFor(r, elementId), notes }));
	}

	setAgreements(agreements: ClassAgreements): void {
		const r = this.record;
		if (!r) return;
		this.#change({ ...r, agreements });
	}

	// ---- Secret ballot (memory only until the round closes) ----

	startBallot(elementId: ElementId): void {
		this.#ballot = startRound(this.#ballot, elementId);
	}

	pick(face: Face): void {
		this.#ballot = pickFace(this.#ballot, face);
	}

	passOn(): void {
		this.#ballot = passOn(this.#ballot);
	}

	/** Adds the round's totals to the element and saves them now. */
	async closeBallot(): Promise<void> {
		const r = this.record;
		const round = this.#ballot.round;
		if (!r || !round) return;
		const closed = closeRound(this.#ballot, resultFor(r, round.elementId));
		if (!closed) return;
		this.#ballot = closed.state;
		this.#change(withResult(r, closed.result));
		await this.saver.flush();
	}

	/**
	 * "Klaar" after scanning class cards: the totals replace the element's counts as one round
	 * (undone as a whole like a ballot) and are saved now. The per-card readings never reach this class.
	 */
	async closeCardRound(elementId: ElementId, totals: FaceCounts): Promise<void> {
		const r = this.record;
		if (!r) return;
		const closed = closeCardRound(this.#ballot, resultFor(r, elementId), totals);
		this.#ballot = closed.state;
		this.#change(withResult(r, closed.result));
		await this.saver.flush();
	}

	cancelBallot(): void {
		this.#ballot = cancelRound(this.#ballot);
	}

	canUndoBallot(elementId: ElementId): boolean {
		const r = this.record;
		return !!r && canUndoRound(this.#ballot, resultFor(r, elementId));
	}

	/** Takes the last closed round back as a whole (never vote by vote). */
	async undoBallot(elementId: ElementId): Promise<void> {
		const r = this.record;
		if (!r) return;
		const undone = undoLastRound(this.#ballot, resultFor(r, elementId));
		if (!undone) return;
		this.#ballot = undone.state;
		this.#change(withResult(r, undone.result));
		await this.saver.flush();
	}

	flush(): Promise<void> {
		return this.saver.flush();
	}

	/**
	 * Next term with the same class: a new session in this one's series (same group, level and
	 * elements; the number present is asked again). Returns its id.
	 */
	async startNext(): Promise<string | null> {
		const r = this.record;
		if (!r) return null;
		await this.saver.flush();
		// The repository gives the new session its own id and times.
		const created = await getRepos().classSessions.create(nextInSeries(r.session, '', Date.now()));
		return created.session.id;
	}

	/** Removes the session with everything the class said and agreed. */
	async delete(): Promise<void> {
		const r = this.record;
		if (!r) return;
		await this.saver.flush();
		await getRepos().classSessions.delete(r.session.id);
	}

	get failing(): boolean {
		return this.saver.failing;
	}
}
