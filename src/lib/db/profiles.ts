import { z } from 'zod';
import {
	createDataKey,
	rewrapDataKey,
	unwrapDataKey,
	wrappedKeySchema,
	WrongSecretError
} from '$lib/platform/crypto';
import { newId, resolveChildIds } from '$lib/domain/conversation';
import {
	DEFAULT_LOCK_MINUTES,
	FREE_TRIES,
	LOCK_MINUTES,
	retryDelay,
	waitUntil,
	type LockMinutes,
	type Profile,
	type SecretKind
} from '$lib/domain/profile';
import { exclusive as browserLocks, type Exclusive } from '$lib/platform/locks';
import {
	answerKey,
	type AnswerRow,
	type ConversationRow,
	type KansDb,
	type PlanRow,
	type ProfileRow
} from './db';
import {
	answerToRow,
	conversationToRow,
	isLegacyRow,
	legacy,
	planToRow,
	type Cipher
} from './mapping';
import { countDone } from '$lib/domain/progress';
import type { Answer } from '$lib/domain/answer';
import { MissingRecordError, ValidationError } from './errors';

export {
	DEFAULT_LOCK_MINUTES,
	FREE_TRIES,
	LOCK_MINUTES,
	retryDelay,
	type LockMinutes,
	type Profile,
	type SecretKind
};

export const labelSchema = z
	.string()
	.trim()
	.min(1, 'profile.labelRequired')
	.max(30, 'profile.labelTooLong');

/** Adults: a passphrase of at least 8 characters. Youths: a PIN of at least 6 digits. */
export const secretSchemas = {
	passphrase: z.string().min(8, 'profile.passphraseTooShort').max(200),
	pin: z
		.string()
		.regex(/^\d+$/, 'profile.pinDigits')
		.min(6, 'profile.pinTooShort')
		.max(20, 'profile.pinTooLong')
} satisfies Record<SecretKind, z.ZodType<string>>;

export type UnlockResult =
	| { ok: true; cipher: Cipher; profile: Profile }
	| { ok: false; reason: 'wrong' | 'wait'; retryAt: number; failures: number };

const rowSchema = z.object({
	id: z.string().min(1).max(64),
	label: z.string().max(60),
	secret: z.enum(['passphrase', 'pin']),
	wrapped: wrappedKeySchema,
	lockMinutes: z.union(LOCK_MINUTES.map((n) => z.literal(n))).catch(DEFAULT_LOCK_MINUTES),
	failures: z.number().int().nonnegative().catch(0),
	retryAt: z.number().nonnegative().catch(0),
	createdAt: z.number().nonnegative().catch(0)
});

function toProfile(row: z.output<typeof rowSchema>): Profile {
	const { id, label, secret, lockMinutes, failures, retryAt } = row;
	return { id, label, secret, lockMinutes: lockMinutes as LockMinutes, failures, retryAt };
}

export class ProfileRepo {
	/**
	 * @param exclusive how tries are put one after the other: the browser's Web Locks, shared by
	 * every tab (tests pass a fake)
	 */
	constructor(
		private readonly db: KansDb,
		private readonly iterations?: number,
		private readonly exclusive: Exclusive = browserLocks
	) {}

	/** The profiles for the lock screen, each wait already bounded by the present time. */
	async list(now = Date.now()): Promise<Profile[]> {
		const rows = (await this.db.profiles.orderBy('id').toArray())
			.map((r) => rowSchema.safeParse(r))
			.filter((r) => r.success)
			.map((r) => r.data);
		const tooFar = rows.filter((r) => waitUntil(r, now) < r.retryAt);
		if (tooFar.length > 0) await Promise.all(tooFar.map((r) => this.#settle(r.id, now)));
		return rows
			.map((r) => toProfile({ ...r, retryAt: waitUntil(r, now) }))
			.sort((a, b) => a.label.localeCompare(b.label, 'nl'));
	}

	async #row(id: string) {
		const parsed = rowSchema.safeParse(await this.db.profiles.get(id));
		if (!parsed.success) throw new MissingRecordError('profile');
		return parsed.data;
	}

	/**
	 * Reads the row and, when its wait ends further from `now` than the wait its wrong tries
	 * earn (the clock went back), stores the bounded moment: from then on the wait runs out.
	 */
	#settle(id: string, now: number) {
		return this.db.transaction('rw', this.db.profiles, async () => {
			const row = await this.#row(id);
			const retryAt = waitUntil(row, now);
			if (retryAt < row.retryAt) await this.db.profiles.update(id, { retryAt });
			return { ...row, retryAt };
		});
	}

	/** One try at a time for a profile, across every tab: each wrong one counts before the next. */
	#oneAtATime<T>(id: string, task: () => Promise<T>): Promise<T> {
		return this.exclusive(`kansencirkel-try-${id}`, task);
	}

	/**
	 * A new profile with its own random data key. The first profile on a device adopts the
	 * conversations an older, unencrypted version of the app left behind, and seals them.
	 */
	async create(
		input: { label: string; secret: SecretKind; value: string },
		now = Date.now()
	): Promise<{ profile: Profile; cipher: Cipher; adopted: number }> {
		const label = labelSchema.safeParse(input.label);
		if (!label.success) throw ValidationError.from('profile', label.error);
		const value = secretSchemas[input.secret].safeParse(input.value);
		if (!value.success) throw ValidationError.from('profile', value.error);

		const { wrapped, key } = await createDataKey(value.data, { iterations: this.iterations });
		const row: ProfileRow = {
			id: newId(),
			label: label.data,
			secret: input.secret,
			wrapped,
			lockMinutes: DEFAULT_LOCK_MINUTES,
			failures: 0,
			retryAt: 0,
			createdAt: now
		};
		const cipher: Cipher = { profileId: row.id, key };
		const first = (await this.db.profiles.count()) === 0;
		const adoptedRows = first ? await sealLegacy(this.db, cipher) : undefined;
		await this.db.transaction(
			'rw',
			[this.db.profiles, this.db.conversations, this.db.answers, this.db.plans],
			async () => {
				await this.db.profiles.add(row);
				if (adoptedRows) {
					// Plaintext rows that could not be adopted (broken, or orphaned answers and
					// plans) are removed: nothing personal may stay in the clear.
					await this.db.conversations.bulkDelete(adoptedRows.leftovers.conversations);
					await this.db.answers.bulkDelete(adoptedRows.leftovers.answers);
					await this.db.plans.bulkDelete(adoptedRows.leftovers.plans);
					await this.db.conversations.bulkPut(adoptedRows.conversations);
					await this.db.answers.bulkPut(adoptedRows.answers);
					await this.db.plans.bulkPut(adoptedRows.plans);
				}
			}
		);
		return {
			profile: toProfile(rowSchema.parse(row)),
			cipher,
			adopted: adoptedRows?.conversations.length ?? 0
		};
	}

	/**
	 * Checks the passphrase or PIN. Wrong tries are counted in storage, so a reload keeps the
	 * wait; tries from several tabs are checked one after the other. `now` is read when the
	 * try's turn comes, unless given (tests).
	 */
	unlock(id: string, value: string, now?: number): Promise<UnlockResult> {
		return this.#oneAtATime(id, () => this.#unlock(id, value, now ?? Date.now()));
	}

	async #unlock(id: string, value: string, now: number): Promise<UnlockResult> {
		const row = await this.#settle(id, now);
		if (row.retryAt > now) {
			return { ok: false, reason: 'wait', retryAt: row.retryAt, failures: row.failures };
		}
		try {
			const key = await unwrapDataKey(value, row.wrapped);
			if (row.failures > 0) await this.db.profiles.update(id, { failures: 0, retryAt: 0 });
			return {
				ok: true,
				cipher: { profileId: id, key },
				profile: toProfile({ ...row, failures: 0, retryAt: 0 })
			};
		} catch (error) {
			if (!(error instanceof WrongSecretError)) throw error;
			const counted = await this.#countFailure(id, now);
			return { ok: false, reason: 'wrong', ...counted };
		}
	}

	/**
	 * Counted inside one transaction, so tries made at the same time (several tabs) each count;
	 * the wait only ever grows.
	 */
	#countFailure(id: string, now: number): Promise<{ retryAt: number; failures: number }> {
		return this.db.transaction('rw', this.db.profiles, async () => {
			const current = rowSchema.parse(await this.db.profiles.get(id));
			const failures = current.failures + 1;
			const retryAt = Math.max(
				waitUntil(current, now),
				failures >= FREE_TRIES ? now + retryDelay(failures) : 0
			);
			await this.db.profiles.update(id, { failures, retryAt });
			return { retryAt, failures };
		});
	}

	/**
	 * A new passphrase or PIN re-wraps the same data key: nothing else is re-encrypted. The old
	 * one is checked like an unlock (wrong tries count), so this is no way around the wait.
	 */
	changeSecret(
		id: string,
		oldValue: string,
		next: { secret: SecretKind; value: string },
		now?: number
	): Promise<void> {
		return this.#oneAtATime(id, () => this.#changeSecret(id, oldValue, next, now ?? Date.now()));
	}

	async #changeSecret(
		id: string,
		oldValue: string,
		next: { secret: SecretKind; value: string },
		now: number
	): Promise<void> {
		const value = secretSchemas[next.secret].safeParse(next.value);
		if (!value.success) throw ValidationError.from('profile', value.error);
		const row = await this.#settle(id, now);
		if (row.retryAt > now) throw new WrongSecretError();
		let wrapped;
		try {
			wrapped = await rewrapDataKey(oldValue, value.data, row.wrapped, {
				iterations: this.iterations
			});
		} catch (error) {
			if (error instanceof WrongSecretError) await this.#countFailure(id, now);
			throw error;
		}
		await this.db.profiles.update(id, { wrapped, secret: next.secret, failures: 0, retryAt: 0 });
	}

	async setLockMinutes(id: string, minutes: LockMinutes): Promise<void> {
		if (!LOCK_MINUTES.includes(minutes)) throw new ValidationError('lock minutes');
		await this.db.profiles.update(id, { lockMinutes: minutes });
	}

	/** Removes a profile and everything it owns. */
	async delete(id: string): Promise<void> {
		const db = this.db;
		const tables = [
			db.profiles,
			db.conversations,
			db.answers,
			db.plans,
			db.coachNotes,
			db.classSessions,
			db.childVoices,
			db.summaries
		];
		await db.transaction('rw', tables, async () => {
			await db.summaries.delete(id);
			await db.classSessions.where('profileId').equals(id).delete();
			const ids = await db.conversations.where('profileId').equals(id).primaryKeys();
			await db.answers.where('conversationId').anyOf(ids).delete();
			await db.coachNotes.where('conversationId').anyOf(ids).delete();
			await db.childVoices.where('conversationId').anyOf(ids).delete();
			await db.plans.bulkDelete(ids);
			await db.conversations.bulkDelete(ids);
			await db.profiles.delete(id);
		});
	}
}

/**
 * Reads the plaintext rows of schema 1–2 and seals them for `cipher`; also lists the plaintext
 * rows that cannot be adopted, so they can be removed. Nothing is written here.
 */
async function sealLegacy(db: KansDb, cipher: Cipher) {
	const conversations: ConversationRow[] = [];
	const answers: AnswerRow[] = [];
	const plans: PlanRow[] = [];
	const adopted = new Set<string>();
	for (const row of (await db.conversations.toArray()).filter(isLegacyRow)) {
		const c = legacy.conversation(row);
		if (!c) continue;
		adopted.add(c.id);
		// Answers of schema 1–2 are about the child (an adult's: the first child).
		const own = resolveChildIds(
			c,
			(await db.answers.where('conversationId').equals(c.id).toArray())
				.filter(isLegacyRow)
				.map(legacy.answer)
				.filter((a): a is Answer => a !== undefined)
		);
		conversations.push(await conversationToRow(c, countDone(c, own), cipher));
		for (const a of own) answers.push(await answerToRow(a, cipher));
		const planRow = await db.plans.get(c.id);
		const plan = isLegacyRow(planRow) ? legacy.plan(planRow) : undefined;
		if (plan) plans.push(await planToRow(plan, cipher));
	}
	const sealedAnswers = new Set(answers.map((a) => JSON.stringify(answerKey(a))));
	const leftovers = {
		conversations: (await db.conversations.toArray())
			.filter((r) => isLegacyRow(r) && !adopted.has(String(r.id)))
			.map((r) => r.id),
		answers: (await db.answers.toArray())
			.filter(isLegacyRow)
			.map((r) => answerKey({ ...r, childId: r.childId ?? '' }))
			.filter((k) => !sealedAnswers.has(JSON.stringify(k))),
		plans: (await db.plans.toArray())
			.filter((r) => isLegacyRow(r) && !plans.some((p) => p.conversationId === r.conversationId))
			.map((r) => r.conversationId)
	};
	return { conversations, answers, plans, leftovers };
}
