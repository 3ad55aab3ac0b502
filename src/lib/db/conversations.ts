import {
	conversationSchema,
	childrenOf,
	newId,
	syncChildren,
	type Skip,
	type Conversation,
	type ConversationInput,
	type ConversationListEntry,
	type ConversationSummary,
	type Mode
} from '$lib/domain/conversation';
import type { Participant } from '$lib/domain/participant';
import { countDone, revealedAfterModeChange } from '$lib/domain/progress';
import type { ElementId } from '$lib/domain/elements';
import type { LookBack } from '$lib/domain/series';
import { MAX_TIMESTAMP, MIN_TIMESTAMP } from '$lib/domain/time';
import type { KansDb } from './db';
import type { ConversationRow, PlanRow, SummaryRow } from './db';
import {
	conversationFromRow as fromRow,
	conversationToRow as toRow,
	planDueFromRow,
	summariesFromRow,
	summariesToRow,
	type Cipher
} from './mapping';
import { SUMMARIES_VERSION, fingerprint, planFingerprint, type SummaryEntry } from './summaries';
import { MissingRecordError, ValidationError } from './errors';
import { readStoredAnswers, rekeyRows } from './answers';

export type { ConversationSummary, ConversationListEntry };

export function validateConversation(input: ConversationInput): Conversation {
	const parsed = conversationSchema.safeParse(input);
	if (!parsed.success) throw ValidationError.from('conversation', parsed.error);
	return parsed.data;
}

const isTime = (t: unknown) =>
	Number.isInteger(t) && (t as number) >= MIN_TIMESTAMP && (t as number) <= MAX_TIMESTAMP;

/** Whether two sets of summaries hold the same entries (the same rows read the same way). */
function sameEntries(a: Record<string, SummaryEntry>, b: Record<string, SummaryEntry>): boolean {
	const keys = Object.keys(b);
	if (Object.keys(a).length !== keys.length) return false;
	return keys.every((id) => a[id] === b[id]);
}

export class ConversationRepo {
	constructor(
		private readonly db: KansDb,
		private readonly cipher: Cipher
	) {}

	/** This profile's readable conversations, newest first (see entries). */
	async list(): Promise<ConversationSummary[]> {
		return (await this.entries()).filter((c): c is ConversationSummary => !('damaged' in c));
	}

	/**
	 * This profile's conversations, newest first, for the home list. A row that fails
	 * validation or does not open with this profile's key is listed as damaged (after the
	 * others) rather than breaking the list. What the list needs of each comes from the sealed
	 * summaries (one record for all, see summaries.ts) while the rows are unchanged; only the
	 * others are opened, and the summaries are then written again, after this read.
	 */
	async entries(): Promise<ConversationListEntry[]> {
		const profileId = this.cipher.profileId;
		// One request per table: plans of other profiles are read too (their ids never match),
		// as 500 single reads by key cost far more than one read of the whole table.
		const [rows, planRows, summaryRow] = await Promise.all([
			this.db.conversations.where('profileId').equals(profileId).toArray(),
			this.db.plans.toArray(),
			this.db.summaries.get(profileId)
		]);
		const cached = summaryRow ? (await summariesFromRow(summaryRow, this.cipher))?.entries : {};
		const plans = new Map(planRows.map((p) => [p.conversationId, p]));
		const time = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
		rows.sort((a, b) => time(b.updatedAt) - time(a.updatedAt));

		const next: Record<string, SummaryEntry> = {};
		const found = await Promise.all(
			rows.map((row) => {
				if (typeof row.id !== 'string') return undefined;
				const plan = plans.get(row.id);
				const print = { row: fingerprint(row.sealed), plan: planFingerprint(plan) };
				const hit = cached?.[row.id];
				// The clear times are checked as opening the row would (they are not in the print).
				if (
					hit &&
					hit.row === print.row &&
					hit.plan === print.plan &&
					isTime(row.createdAt) &&
					isTime(row.updatedAt)
				) {
					next[row.id] = hit;
					return hit;
				}
				return this.#summaryEntry(row, plan, print).then((entry) => {
					if (entry) next[row.id] = entry;
					return entry ?? null;
				});
			})
		);
		const out: ConversationListEntry[] = [];
		const damaged: ConversationListEntry[] = [];
		for (const [i, row] of rows.entries()) {
			const entry = found[i];
			if (entry === undefined) continue;
			if (entry === null) {
				damaged.push({ id: row.id, damaged: true });
				continue;
			}
			out.push({
				id: row.id,
				kind: entry.kind,
				title: entry.title,
				participantCount: entry.participantCount,
				progress: typeof row.progress === 'number' ? row.progress : 0,
				...(entry.seriesId === undefined ? {} : { seriesId: entry.seriesId }),
				...(entry.sequence === undefined ? {} : { sequence: entry.sequence }),
				evaluationDate: entry.evaluationDate,
				createdAt: row.createdAt,
				updatedAt: row.updatedAt
			});
		}
		if (!cached || !sameEntries(cached, next)) this.#keepSummaries(next);
		return [...out, ...damaged];
	}

	/** Opens one conversation (and its plan's look-back date) into a summary entry. */
	async #summaryEntry(
		row: ConversationRow,
		plan: PlanRow | undefined,
		print: { row: string | undefined; plan: string }
	): Promise<SummaryEntry | undefined> {
		const [c, due] = await Promise.all([
			fromRow(row, this.cipher),
			plan ? planDueFromRow(plan, this.cipher) : undefined
		]);
		if (!c || !print.row) return undefined;
		return {
			row: print.row,
			plan: print.plan,
			kind: c.kind,
			title: c.title,
			participantCount: c.participants.length,
			...(c.seriesId === undefined ? {} : { seriesId: c.seriesId }),
			...(c.sequence === undefined ? {} : { sequence: c.sequence }),
			evaluationDate: due?.evaluationDate ?? null
		};
	}

	/**
	 * Writes the summaries once the read is done: a list query runs read-only (a live query),
	 * so the write waits for a task of its own. Only while the profile still has conversations
	 * (a deleted profile gets no row back); with none left the row goes. A failed write costs
	 * only speed: the next read opens the rows again.
	 */
	#keepSummaries(entries: Record<string, SummaryEntry>): void {
		const profileId = this.cipher.profileId;
		setTimeout(() => {
			void (async () => {
				const empty = Object.keys(entries).length === 0;
				const row = empty
					? undefined
					: await summariesToRow({ version: SUMMARIES_VERSION, entries }, this.cipher);
				await this.db.transaction('rw', this.db.conversations, this.db.summaries, async () => {
					const left = await this.db.conversations.where('profileId').equals(profileId).count();
					if (row && left > 0) await this.db.summaries.put(row);
					else await this.db.summaries.delete(profileId);
				});
			})().catch(() => {});
		}, 0);
	}

	/**
	 * One conversation's rows exactly as stored (still encrypted with the profile's key), with
	 * its answers and plan: what a damaged conversation can still be saved as.
	 */
	async rawRows(id: string): Promise<{ conversation: unknown; answers: unknown[]; plan: unknown }> {
		return this.db.transaction(
			'r',
			[this.db.conversations, this.db.answers, this.db.plans],
			async () => {
				const conversation = await this.db.conversations.get(id);
				if (!conversation || conversation.profileId !== this.cipher.profileId) {
					throw new MissingRecordError('conversation');
				}
				const answers = await this.db.answers.where('conversationId').equals(id).toArray();
				const plan = (await this.db.plans.get(id)) ?? null;
				return { conversation, answers, plan };
			}
		);
	}

	async get(id: string): Promise<Conversation | undefined> {
		const row = await this.db.conversations.get(id);
		return row ? fromRow(row, this.cipher) : undefined;
	}

	async create(
		input: Omit<ConversationInput, 'id' | 'createdAt' | 'updatedAt'>,
		now = Date.now()
	): Promise<Conversation> {
		// A new conversation is about every child at the table, unless set-up said the order.
		const c = validateConversation({
			children: childrenOf(input),
			...input,
			checkChildren: false,
			id: newId(),
			createdAt: now,
			updatedAt: now
		});
		await this.db.conversations.add(await toRow(c, 0, this.cipher));
		return c;
	}

	/**
	 * Changes title, mode, participants, children order, skipped children or the check notice.
	 * Participants who left take their answers along, and so do children who left (the adults'
	 * answers about them). A changed participant list keeps `children` in step by itself.
	 */
	async update(
		id: string,
		change: {
			title?: string;
			mode?: Mode;
			participants?: Participant[];
			revealed?: ElementId[];
			children?: string[];
			skipped?: Skip[];
			checkChildren?: boolean;
			lookBack?: LookBack;
		},
		now = Date.now()
	): Promise<Conversation> {
		// Decrypting and encrypting happen outside the transaction: IndexedDB commits a
		// transaction as soon as it waits on anything but its own requests.
		const current = await this.get(id);
		if (!current) throw new MissingRecordError('conversation');
		const stored = await readStoredAnswers(this.db, this.cipher, id, current);
		const answers = stored.map((s) => s.answer);
		const revealed =
			change.revealed ??
			(change.mode ? revealedAfterModeChange(current, change.mode, answers) : current.revealed);
		const merged = { ...current, ...change, revealed, updatedAt: now };
		const next = validateConversation(
			change.participants && !change.children ? syncChildren(merged) : merged
		);
		const keep = new Set(next.participants.map((p) => p.id));
		const stays = (a: { participantId: string; childId: string }) =>
			keep.has(a.participantId) && (a.childId === '' || keep.has(a.childId));
		const gone = stored.filter((s) => !stays(s.answer)).map((s) => s.key);
		const remaining = stored.filter((s) => stays(s.answer));
		// Rows still waiting for their child are keyed now, before the children can change.
		const rekey = await rekeyRows(remaining, this.cipher);
		const row = await toRow(
			next,
			countDone(
				next,
				remaining.map((s) => s.answer)
			),
			this.cipher
		);
		await this.db.transaction('rw', this.db.conversations, this.db.answers, async () => {
			if (!(await this.db.conversations.get(id))) throw new MissingRecordError('conversation');
			const del = [...gone, ...rekey.del];
			if (del.length > 0) await this.db.answers.bulkDelete(del);
			if (rekey.put.length > 0) await this.db.answers.bulkPut(rekey.put);
			await this.db.conversations.put(row);
		});
		return next;
	}

	/**
	 * Changes a follow-up's look-back (issue 14) from what is stored now, so edits to different
	 * actions and goals never undo each other. Refused for a conversation that is no follow-up.
	 */
	async changeLookBack(
		id: string,
		change: (current: LookBack) => LookBack,
		now = Date.now()
	): Promise<Conversation> {
		const current = await this.get(id);
		if (!current) throw new MissingRecordError('conversation');
		if (!current.lookBack) {
			throw new ValidationError('conversation: no look-back', [
				{ path: ['lookBack'], message: 'lookBack.none' }
			]);
		}
		return this.update(id, { lookBack: change(current.lookBack) }, now);
	}

	async reveal(id: string, elementId: ElementId): Promise<Conversation> {
		const current = await this.get(id);
		if (!current) throw new MissingRecordError('conversation');
		if (current.revealed.includes(elementId)) return current;
		return this.update(id, { revealed: [...current.revealed, elementId] });
	}

	/**
	 * Removes the conversation with its answers, plan, coach notes and the child's voice; only
	 * this profile's own.
	 */
	async delete(id: string): Promise<void> {
		const row = await this.db.conversations.get(id);
		if (row && row.profileId !== this.cipher.profileId)
			throw new MissingRecordError('conversation');
		// Its title leaves the summaries too, now rather than at the next home list. Sealed
		// before the transaction (crypto would end it); written only over the row it was made
		// from, else the summaries go and home reads every row once.
		const summaries = await this.#summariesWithout(id);
		await this.db.transaction(
			'rw',
			[
				this.db.conversations,
				this.db.answers,
				this.db.plans,
				this.db.coachNotes,
				this.db.childVoices,
				this.db.summaries
			],
			async () => {
				await this.db.answers.where('conversationId').equals(id).delete();
				await this.db.coachNotes.where('conversationId').equals(id).delete();
				await this.db.childVoices.where('conversationId').equals(id).delete();
				await this.db.plans.delete(id);
				await this.db.conversations.delete(id);
				if (!summaries) return;
				const stored = await this.db.summaries.get(this.cipher.profileId);
				if (summaries.next && fingerprint(stored?.sealed) === summaries.from)
					await this.db.summaries.put(summaries.next);
				else await this.db.summaries.delete(this.cipher.profileId);
			}
		);
	}

	/** The stored summaries without `id`, resealed; undefined when they do not hold it. */
	async #summariesWithout(
		id: string
	): Promise<{ from: string | undefined; next: SummaryRow | undefined } | undefined> {
		const stored = await this.db.summaries.get(this.cipher.profileId);
		if (!stored) return;
		const from = fingerprint(stored.sealed);
		const read = await summariesFromRow(stored, this.cipher);
		if (!read) return { from, next: undefined };
		if (!(id in read.entries)) return;
		const entries = { ...read.entries };
		delete entries[id];
		const next = Object.keys(entries).length
			? await summariesToRow({ version: SUMMARIES_VERSION, entries }, this.cipher)
			: undefined;
		return { from, next };
	}
}
