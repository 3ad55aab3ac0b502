import type { ChildVoice } from '$lib/domain/child-voice';
import type { CoachNote } from '$lib/domain/coach-note';
import {
	childVoiceRowsForRestore,
	childVoicesForBackup,
	parseChildVoices
} from './backup-child-voices';
import { classRecordSchema, type ClassRecord } from '$lib/domain/class-session';
import {
	checkClassSessionIds,
	classSessionsForBackup,
	classSessionsForRestore,
	MAX_CLASS_SESSIONS
} from './backup-class-sessions';
import {
	coachNoteRowsForRestore,
	coachNotesForBackup,
	parseCoachNotes
} from './backup-coach-notes';
import { z } from 'zod';
import { answerSchema, type Answer } from '$lib/domain/answer';
import {
	conversationSchema,
	newId,
	resolveChildIds,
	type Conversation
} from '$lib/domain/conversation';
import { planSchema, type Plan } from '$lib/domain/plan';
import { countDone } from '$lib/domain/progress';
import { isoTimestampSchema } from '$lib/domain/time';
import { BACKUP_ERROR_KEYS, type BackupErrorKey, type RestoreChoice } from '$lib/domain/backup';
import { ID_FIELDS, isAppId, isIdIssue, withAppIds, type RecordKind } from './backup-ids';
import { MissingRecordError } from './errors';
import type { Table } from 'dexie';
import type { ConversationRow, KansDb } from './db';
import { boxOpen, boxSchema, boxSeal, WrongSecretError } from '$lib/platform/crypto';
import { TaskBudget, yieldToPage } from '$lib/platform/yield';
import {
	answerFromRow,
	answerToRow,
	classSessionToRow,
	conversationFromRow,
	conversationToRow,
	planFromRow,
	planToRow,
	type Cipher
} from './mapping';

// Backup files: a versioned JSON envelope around the domain records (see docs/backup-format.md).
// Reading is strict and happens completely before anything is written; writing a restore is one
// Dexie transaction. Each released format version keeps its own parser (parseV1, …) so old
// files keep opening; they all return the same current ParsedBackup.

export const BACKUP_FORMAT = 'kansencirkel-backup';
export const BACKUP_FORMAT_VERSION = 1;

/**
 * The largest file read, in bytes (25 MB, as the message says): checked on `File.size` before
 * reading and on the bytes before decoding.
 */
export const MAX_BACKUP_BYTES = 25_000_000;
export const MAX_CONVERSATIONS = 1_000;
export const MAX_ANSWERS = 50_000;
/** At most one plan per conversation. */
export const MAX_PLANS = MAX_CONVERSATIONS;
const MAX_APP_VERSION = 64;

export const BACKUP_SCOPES = ['all', 'conversation'] as const;
export type BackupScope = (typeof BACKUP_SCOPES)[number];

/** Record keys that could reach an object's prototype; no backup file ever contains them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export { BACKUP_ERROR_KEYS, type BackupErrorKey, type RestoreChoice };
export { ID_FIELDS, isAppId, MAX_CLASS_SESSIONS };

// ---------------------------------------------------------------------------------------------
// The file as written

export interface BackupData {
	conversations: Conversation[];
	answers: Answer[];
	plans: Plan[];
	/** Notes only for the coach (backup-coach-notes.ts); absent in files of older versions. */
	coachNotes?: CoachNote[];
	/** Class discussions (backup-class-sessions.ts), in "all" files; absent: none. */
	classSessions?: ClassRecord[];
	/** The child's voice about the conversation (backup-child-voices.ts); absent: none. */
	childVoices?: ChildVoice[];
}

export interface PlainPayload {
	encoding: 'plain';
	data: BackupData;
}

/** An encrypted backup: see aesGcmPayloadSchema. */
export type AesGcmPayload = z.output<typeof aesGcmPayloadSchema>;

export type BackupPayload = PlainPayload | AesGcmPayload;

export interface BackupEnvelope<P extends BackupPayload = BackupPayload> {
	format: typeof BACKUP_FORMAT;
	formatVersion: number;
	appVersion: string;
	/** ISO 8601 date-time. */
	createdAt: string;
	scope: BackupScope;
	payload: P;
}

/** The records read for a backup, before they are encrypted for the file. */
export type BackupFile = BackupEnvelope<PlainPayload> & {
	formatVersion: typeof BACKUP_FORMAT_VERSION;
};

/** What this version of the app writes: the same envelope, its records encrypted. */
export type EncryptedBackupFile = BackupEnvelope<AesGcmPayload> & {
	formatVersion: typeof BACKUP_FORMAT_VERSION;
};

// ---------------------------------------------------------------------------------------------
// The file as read

declare const parsedBrand: unique symbol;

/**
 * A backup that passed every check, in the current domain shape whatever version it was
 * written in. Only parseBackup makes one, so a restore never sees an unchecked file.
 */
export interface ParsedBackup {
	/** The format version of the file as it was read. */
	readonly formatVersion: number;
	readonly appVersion: string;
	readonly createdAt: string;
	readonly scope: BackupScope;
	readonly conversations: readonly Conversation[];
	readonly answers: readonly Answer[];
	readonly plans: readonly Plan[];
	/** Present when the file has notes only for the coach. */
	readonly coachNotes?: readonly CoachNote[];
	/** The file's class sessions; empty for files without any (and older ones). */
	readonly classSessions: readonly ClassRecord[];
	/** The child's voice about each conversation; empty for files without any. */
	readonly childVoices: readonly ChildVoice[];
	readonly [parsedBrand]: true;
}

export type ParseResult =
	{ ok: true; backup: ParsedBackup } | { ok: false; error: BackupErrorKey; detail?: string };

// ---------------------------------------------------------------------------------------------
// The repository: one profile's backups and restores

export class BackupRepo {
	constructor(
		private readonly db: KansDb,
		private readonly cipher: Cipher
	) {}

	/** Everything of this profile, or one conversation, as a backup file (not yet encrypted). */
	create(opts: { conversationId?: string; appVersion: string; now?: number }): Promise<BackupFile> {
		return createBackup(this.db, this.cipher, opts);
	}

	/** What restoring would add, and which conversations are already here. Writes nothing. */
	preview(backup: ParsedBackup): Promise<RestorePreview> {
		return previewRestore(this.db, this.cipher, backup);
	}

	/** Writes a checked backup, all or nothing; see applyRestore. */
	restore(backup: ParsedBackup, choice: RestoreChoice, now?: number): Promise<RestoreResult> {
		return applyRestore(this.db, this.cipher, backup, choice, now);
	}
}

// ---------------------------------------------------------------------------------------------
// Writing

async function createBackup(
	db: KansDb,
	cipher: Cipher,
	opts: { conversationId?: string; appVersion: string; now?: number }
): Promise<BackupFile> {
	const now = opts.now ?? Date.now();
	const id = opts.conversationId;
	// One read transaction: a consistent snapshot even while an autosave is writing.
	const data = await db.transaction('r', [db.conversations, db.answers, db.plans], async () => {
		const rows = (
			id === undefined
				? await db.conversations.where('profileId').equals(cipher.profileId).toArray()
				: [await db.conversations.get(id)]
		).filter((r) => r !== undefined && r.profileId === cipher.profileId);
		rows.sort((a, b) => a!.updatedAt - b!.updatedAt);
		const ids = rows.map((r) => r!.id);
		const answerRows = await db.answers.where('conversationId').anyOf(ids).toArray();
		const planRows = await db.plans.bulkGet(ids);
		return { rows, answerRows, planRows };
	});

	// Rows the app itself cannot read are left out, as in the home list: the file must parse.
	const conversations = (
		await Promise.all(data.rows.map((r) => conversationFromRow(r, cipher)))
	).filter((c): c is Conversation => c !== undefined);
	if (id !== undefined && conversations.length === 0) throw new MissingRecordError('conversation');

	const participants = new Map(
		conversations.map((c) => [c.id, new Set(c.participants.map((p) => p.id))])
	);
	const answers = (await Promise.all(data.answerRows.map((r) => answerFromRow(r, cipher)))).filter(
		(a): a is Answer =>
			a !== undefined && participants.get(a.conversationId)?.has(a.participantId) === true
	);
	const plans = (
		await Promise.all(data.planRows.map((r) => (r ? planFromRow(r, cipher) : undefined)))
	).filter((p): p is Plan => p !== undefined && participants.has(p.conversationId));

	const coachNotes = await coachNotesForBackup(db, cipher, conversations);
	const childVoices = await childVoicesForBackup(db, cipher, conversations);
	// Class sessions belong to no conversation: only a backup of everything holds them.
	const classSessions = id === undefined ? await classSessionsForBackup(db, cipher) : [];

	return {
		format: BACKUP_FORMAT,
		formatVersion: BACKUP_FORMAT_VERSION,
		appVersion: opts.appVersion,
		createdAt: new Date(now).toISOString(),
		scope: id === undefined ? 'all' : 'conversation',
		payload: {
			encoding: 'plain',
			// Coach notes and class sessions only when there are any: files without them stay
			// as they always were.
			data: {
				conversations,
				answers: upgradeAnswerRecords(conversations, answers),
				plans,
				...(coachNotes.length > 0 ? { coachNotes } : {}),
				...(classSessions.length > 0 ? { classSessions } : {}),
				...(childVoices.length > 0 ? { childVoices } : {})
			}
		}
	};
}

/**
 * Encrypts a backup's records with a passphrase chosen at export (its own salt and key, not
 * the profile's): the file can be opened on another device with that passphrase only.
 */
export async function encryptBackup(
	file: BackupFile,
	passphrase: string,
	opts?: { iterations?: number }
): Promise<EncryptedBackupFile> {
	const box = await boxSeal(JSON.stringify(file.payload.data), passphrase, opts);
	return { ...file, payload: { encoding: 'aes-gcm', ...box } };
}

export function serializeBackup(file: BackupFile | EncryptedBackupFile): string {
	return JSON.stringify(file, null, '\t') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Reading

const fail = (error: BackupErrorKey, detail?: string): ParseResult =>
	detail === undefined ? { ok: false, error } : { ok: false, error, detail };

/** Where and what, never the value itself: details may end up in a log. */
function describeIssue(error: Pick<z.ZodError, 'issues'>, prefix: string): string {
	const issue = error.issues[0];
	if (!issue) return prefix;
	const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`));
	// The domain's own message keys (name.tooLong) say most; zod's sentences can list options.
	const what = /^[\w.]+$/.test(issue.message) ? issue.message : issue.code;
	return `${prefix}${path.join('')}: ${what}`;
}

/**
 * A refused envelope or payload: wrong fields say `invalidEnvelope`; only keys the app does not
 * know say `unknownParts` (strict objects: a part the app does not know is never skipped).
 */
function envelopeFail(error: z.ZodError, prefix: string): ParseResult {
	const wrong = error.issues.filter((issue) => issue.code !== 'unrecognized_keys');
	if (wrong.length > 0) return fail('invalidEnvelope', describeIssue({ issues: wrong }, prefix));
	return fail('unknownParts', describeIssue(error, prefix));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only: nothing is ever read through a prototype. */
function own(obj: Record<string, unknown>, key: string): unknown {
	return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/**
 * Reads a backup file's bytes: refused before decoding when larger than MAX_BACKUP_BYTES, and
 * decoded as strict UTF-8 (a byte sequence that is not UTF-8 is a damaged file, never a name
 * with U+FFFD in it). Never throws and never writes.
 */
export function parseBackupBytes(bytes: Uint8Array): ParseResult {
	const text = decodeBackup(bytes);
	return typeof text === 'string' ? parseBackup(text) : text;
}

/** The file's text, or why it has none; a leading byte order mark is dropped. */
export function decodeBackup(bytes: Uint8Array): string | ParseResult {
	if (bytes.byteLength > MAX_BACKUP_BYTES) return fail('tooLarge', `${bytes.byteLength} bytes`);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return fail('corrupt', 'not UTF-8');
	}
}

/**
 * Reads a backup file's text. Never throws and never writes: every record is checked
 * before the caller may restore anything.
 */
export function parseBackup(text: string): ParseResult {
	return guarded(() => readEnvelope(text).result);
}

function guarded(read: () => ParseResult): ParseResult {
	try {
		return read();
	} catch (e) {
		// Not expected; a file must never crash the app.
		return fail('corrupt', e instanceof Error ? e.name : 'unknown');
	}
}

/**
 * Opens an encrypted backup with its passphrase, then checks it exactly like a plain one.
 * A wrong passphrase and a changed byte look the same to AES-GCM: both say `wrongPassphrase`.
 * The envelope and the decrypted records are two separate JSON documents: the decrypted text
 * is parsed on its own, so it can only ever be the payload's `data`. Never throws, never writes.
 */
export async function decryptBackup(text: string, passphrase: string): Promise<ParseResult> {
	try {
		const { result, raw } = readEnvelope(text);
		if (result.ok || result.error !== 'encrypted' || !raw) return result;
		const payload = aesGcmPayloadSchema.safeParse(own(raw, 'payload'));
		if (!payload.success) return envelopeFail(payload.error, 'payload');
		let plain: string;
		try {
			const { kdf, iv, ciphertext } = payload.data;
			plain = await boxOpen({ kdf, iv, ciphertext }, passphrase);
		} catch (e) {
			if (e instanceof WrongSecretError) return fail('wrongPassphrase');
			return fail('invalidEnvelope', 'payload');
		}
		const data = readJson(plain);
		if ('error' in data) return data.error;
		if (data.forbidden !== undefined) return fail('forbiddenKey', data.forbidden);
		// The decrypted records go through the very same checks as a plain file's.
		return guarded(() =>
			checkEnvelope({ ...raw, payload: { encoding: 'plain', data: data.value } }, undefined)
		);
	} catch (e) {
		return fail('corrupt', e instanceof Error ? e.name : 'unknown');
	}
}

/** How far reading a file is, for a progress bar: bytes read, then checking. */
export type ReadProgress = { phase: 'reading'; fraction: number } | { phase: 'checking' };

/**
 * Reads a backup file (a File or Blob) completely and checks it: size first (`blob.size`,
 * before any byte is read), then strict UTF-8, then the envelope and every record, decrypted
 * with `passphrase` when given. Runs in backup.worker.ts; see readBackupFile.
 */
export async function readBackupBlob(
	blob: Blob,
	opts: { passphrase?: string; onProgress?: (p: ReadProgress) => void } = {}
): Promise<ParseResult> {
	if (blob.size > MAX_BACKUP_BYTES) return fail('tooLarge', `${blob.size} bytes`);
	let bytes: Uint8Array;
	try {
		bytes = await readAll(blob, (fraction) => opts.onProgress?.({ phase: 'reading', fraction }));
	} catch (e) {
		return fail('corrupt', e instanceof RangeError ? 'grew while reading' : 'unreadable');
	}
	opts.onProgress?.({ phase: 'checking' });
	const text = decodeBackup(bytes);
	if (typeof text !== 'string') return text;
	return opts.passphrase === undefined ? parseBackup(text) : decryptBackup(text, opts.passphrase);
}

async function readAll(blob: Blob, progress: (fraction: number) => void): Promise<Uint8Array> {
	// Not blob.bytes(): the stream reports progress, and a file never grows past its size.
	if (typeof blob.stream !== 'function') return new Uint8Array(await blob.arrayBuffer());
	const out = new Uint8Array(blob.size);
	const reader = blob.stream().getReader();
	let offset = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		if (offset + value.byteLength > out.byteLength) throw new RangeError('file grew');
		out.set(value, offset);
		offset += value.byteLength;
		progress(out.byteLength === 0 ? 1 : offset / out.byteLength);
	}
	return out.subarray(0, offset);
}

/** JSON without prototype keys: they are dropped and the first one is named. */
function readJson(
	text: string
): { value: unknown; forbidden: string | undefined } | { error: ParseResult } {
	let forbidden: string | undefined;
	try {
		const value: unknown = JSON.parse(text, (key, value: unknown) => {
			if (!FORBIDDEN_KEYS.has(key)) return value;
			forbidden ??= key;
			return undefined;
		});
		return { value, forbidden };
	} catch (e) {
		// A RangeError is nesting deep enough to exhaust the stack: no backup looks like that.
		return { error: fail('corrupt', e instanceof RangeError ? 'nested too deep' : 'not JSON') };
	}
}

/** The envelope as parsed (for decryptBackup) and what it says. */
function readEnvelope(text: string): { result: ParseResult; raw?: Record<string, unknown> } {
	if (typeof text !== 'string') return { result: fail('corrupt', 'not text') };
	// Characters, a cheap first bound: a UTF-8 file has at least as many bytes as characters.
	if (text.length > MAX_BACKUP_BYTES) {
		return { result: fail('tooLarge', `${text.length} characters`) };
	}
	const body = text.replace(/^\uFEFF/, '');
	if (body.trim() === '') return { result: fail('empty') };
	const json = readJson(body);
	if ('error' in json) return { result: json.error };
	const raw = json.value;
	const result = checkEnvelope(raw, json.forbidden);
	return isPlainObject(raw) ? { result, raw } : { result };
}

function checkEnvelope(raw: unknown, forbidden: string | undefined): ParseResult {
	if (!isPlainObject(raw)) return fail('notBackup', Array.isArray(raw) ? 'array' : typeof raw);
	if (own(raw, 'format') !== BACKUP_FORMAT) return fail('notBackup', 'format');
	if (forbidden !== undefined) return fail('forbiddenKey', forbidden);

	const version = own(raw, 'formatVersion');
	if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
		return fail('unknownVersion', 'formatVersion');
	}
	if (version > BACKUP_FORMAT_VERSION) return fail('newerVersion', `formatVersion ${version}`);
	const parser = PARSERS.get(version);
	return parser ? parser(raw) : fail('unknownVersion', `formatVersion ${version}`);
}

// --- format version 1 ------------------------------------------------------------------------

// The envelope, the payload and its data are strict: a key the app does not know is a part of
// the file it would otherwise skip without a word (`unknownParts`). A new part needs a new
// formatVersion. Records keep their own rule: their schemas drop fields they do not know.
const envelopeV1 = z.strictObject({
	format: z.literal(BACKUP_FORMAT),
	formatVersion: z.literal(1),
	appVersion: z.string().min(1).max(MAX_APP_VERSION),
	createdAt: isoTimestampSchema,
	scope: z.enum(BACKUP_SCOPES),
	// Only which encoding: the payload's own schema below is strict.
	payload: z.object({ encoding: z.string() })
});

const plainPayloadV1 = z.strictObject({
	encoding: z.literal('plain'),
	data: z.strictObject({
		conversations: z.array(z.unknown()),
		answers: z.array(z.unknown()),
		plans: z.array(z.unknown()),
		coachNotes: z.unknown().optional(),
		classSessions: z.array(z.unknown()).optional(),
		childVoices: z.unknown().optional()
	})
});

/**
 * An encrypted payload: the ciphertext is the UTF-8 JSON of a plain payload's `data`, with a
 * key derived from the backup's passphrase (KDF parameters bounded, so a hostile file cannot
 * make the app derive for minutes); binary as base64.
 */
export const aesGcmPayloadSchema = z
	.strictObject({
		encoding: z.literal('aes-gcm'),
		kdf: z.unknown(),
		iv: z.unknown(),
		ciphertext: z.unknown()
	})
	.pipe(
		z.transform((p, ctx) => {
			const box = boxSchema.safeParse({ kdf: p.kdf, iv: p.iv, ciphertext: p.ciphertext });
			if (box.success) return { encoding: p.encoding, ...box.data };
			for (const issue of box.error.issues) {
				ctx.issues.push({ code: 'custom', message: issue.message, path: issue.path, input: p });
			}
			return z.NEVER;
		})
	);

const ENCODINGS: readonly string[] = ['plain', 'aes-gcm'];

/** Each record against its domain schema; an id that is no usable text has its own key. */
function parseRecords<T>(
	schema: z.ZodType<T>,
	items: readonly unknown[],
	kind: RecordKind
):
	{ ok: true; records: T[] } | { ok: false; error: 'invalidRecord' | 'invalidId'; detail: string } {
	const records: T[] = [];
	for (const [i, item] of items.entries()) {
		const parsed = schema.safeParse(item);
		if (!parsed.success) {
			const error = isIdIssue(kind, parsed.error.issues[0]) ? 'invalidId' : 'invalidRecord';
			return { ok: false, error, detail: describeIssue(parsed.error, `${kind}[${i}]`) };
		}
		records.push(parsed.data);
	}
	return { ok: true, records };
}

function parseV1(raw: Record<string, unknown>): ParseResult {
	const envelope = envelopeV1.safeParse(raw);
	if (!envelope.success) return envelopeFail(envelope.error, 'file');
	const { encoding } = envelope.data.payload;
	if (encoding === 'aes-gcm') {
		const sealed = aesGcmPayloadSchema.safeParse(own(raw, 'payload'));
		if (!sealed.success) return envelopeFail(sealed.error, 'payload');
		return fail('encrypted');
	}
	if (!ENCODINGS.includes(encoding)) return fail('unknownEncoding');

	const payload = plainPayloadV1.safeParse(own(raw, 'payload'));
	if (!payload.success) return envelopeFail(payload.error, 'payload');
	const data = payload.data.data;

	if (data.conversations.length > MAX_CONVERSATIONS) return fail('tooMany', 'conversations');
	if (data.answers.length > MAX_ANSWERS) return fail('tooMany', 'answers');
	if (data.plans.length > MAX_PLANS) return fail('tooMany', 'plans');
	const sessions = data.classSessions ?? [];
	if (sessions.length > MAX_CLASS_SESSIONS) return fail('tooMany', 'classSessions');
	if (envelope.data.scope === 'conversation' && data.conversations.length !== 1) {
		return fail('scopeMismatch', `${data.conversations.length} conversations`);
	}
	if (envelope.data.scope === 'conversation' && sessions.length > 0) {
		return fail('scopeMismatch', `${sessions.length} class sessions`);
	}

	// Ids first: an id of another format (a word, longer than the app's) is replaced, not refused.
	const notes = data.coachNotes;
	const voices = data.childVoices;
	const mapped = withAppIds({
		conversations: data.conversations,
		answers: data.answers,
		plans: data.plans,
		coachNotes: Array.isArray(notes) ? notes : [],
		classSessions: sessions,
		childVoices: Array.isArray(voices) ? voices : []
	});

	const conversations = parseRecords(conversationSchema, mapped.conversations, 'conversations');
	if (!conversations.ok) return fail(conversations.error, conversations.detail);
	const answers = parseRecords(answerSchema, mapped.answers, 'answers');
	if (!answers.ok) return fail(answers.error, answers.detail);
	const plans = parseRecords(planSchema, mapped.plans, 'plans');
	if (!plans.ok) return fail(plans.error, plans.detail);

	const upgraded = upgradeAnswerRecords(conversations.records, answers.records);
	const links = checkLinks(conversations.records, upgraded, plans.records);
	if (links) return fail(links.error, links.detail);
	const coachNotes = parseCoachNotes(
		Array.isArray(notes) ? mapped.coachNotes : notes,
		conversations.records
	);
	if (!coachNotes.ok) return fail(coachNotes.error, coachNotes.detail);
	const childVoices = parseChildVoices(
		Array.isArray(voices) ? mapped.childVoices : voices,
		conversations.records
	);
	if (!childVoices.ok) return fail(childVoices.error, childVoices.detail);
	const classSessions = parseRecords(classRecordSchema, mapped.classSessions, 'classSessions');
	if (!classSessions.ok) return fail(classSessions.error, classSessions.detail);
	const sessionIds = checkClassSessionIds(classSessions.records);
	if (sessionIds) return fail(sessionIds.error, sessionIds.detail);

	const backup = {
		formatVersion: 1,
		appVersion: envelope.data.appVersion,
		createdAt: envelope.data.createdAt,
		scope: envelope.data.scope,
		conversations: conversations.records,
		answers: upgraded,
		plans: plans.records,
		coachNotes: coachNotes.notes,
		classSessions: classSessions.records,
		childVoices: childVoices.voices
	};
	return { ok: true, backup: backup as unknown as ParsedBackup };
}

/**
 * A file made before answers were per child has answers without `childId`: each gets its
 * child from its conversation (a child's own answer: themself; an adult's: the first child),
 * as the v4 migration does for stored rows. Answers of a newer file keep theirs.
 */
export function upgradeAnswerRecords(
	conversations: readonly Conversation[],
	answers: readonly Answer[]
): Answer[] {
	const byId = new Map(conversations.map((c) => [c.id, c]));
	return answers.map((a) => {
		const c = byId.get(a.conversationId);
		return c ? resolveChildIds(c, [a])[0]! : a;
	});
}

/** Ids are unique within the file; answers and plans belong to a conversation in it. */
function checkLinks(
	conversations: readonly Conversation[],
	answers: readonly Answer[],
	plans: readonly Plan[]
): { error: BackupErrorKey; detail: string } | undefined {
	const participants = new Map<string, Set<string>>();
	for (const [i, c] of conversations.entries()) {
		if (participants.has(c.id)) return { error: 'duplicate', detail: `conversations[${i}].id` };
		participants.set(c.id, new Set(c.participants.map((p) => p.id)));
	}
	const answerKeys = new Set<string>();
	for (const [i, a] of answers.entries()) {
		const people = participants.get(a.conversationId);
		if (!people) return { error: 'brokenReference', detail: `answers[${i}].conversationId` };
		if (!people.has(a.participantId)) {
			return { error: 'brokenReference', detail: `answers[${i}].participantId` };
		}
		const key = JSON.stringify([a.conversationId, a.participantId, a.childId, a.elementId]);
		if (answerKeys.has(key)) return { error: 'duplicate', detail: `answers[${i}]` };
		answerKeys.add(key);
	}
	const planned = new Set<string>();
	for (const [i, p] of plans.entries()) {
		if (!participants.has(p.conversationId)) {
			return { error: 'brokenReference', detail: `plans[${i}].conversationId` };
		}
		if (planned.has(p.conversationId)) return { error: 'duplicate', detail: `plans[${i}]` };
		planned.add(p.conversationId);
	}
	return undefined;
}

/** One parser per released format version; append only, like the database migrations. */
const PARSERS = new Map<number, (raw: Record<string, unknown>) => ParseResult>([[1, parseV1]]);

// ---------------------------------------------------------------------------------------------
// Restoring

export interface RestorePreviewItem {
	id: string;
	title: string;
	kind: Conversation['kind'];
	participantCount: number;
	answerCount: number;
	hasPlan: boolean;
	createdAt: number;
	updatedAt: number;
	/** The same conversation (same id) is already on this device, as it is there now. */
	existing?: { title: string; updatedAt: number };
}

export interface RestorePreview {
	scope: BackupScope;
	createdAt: string;
	appVersion: string;
	conversations: RestorePreviewItem[];
	/** Conversations not on this device yet. */
	newCount: number;
	/** Conversations that are already on this device: the choice is about these. */
	existingCount: number;
	/** When the file has class sessions: how many, and how many are already on this device. */
	classSessions?: { total: number; existing: number };
}

export interface RestoreResult {
	added: number;
	replaced: number;
	skipped: number;
	/** When the file has class sessions: what happened to them (the same choice decides). */
	classSessions?: { added: number; replaced: number; skipped: number };
}

/** The items per conversation, a budget of page time per task (a file has up to 50,000). */
async function group<T extends { conversationId: string }>(
	items: readonly T[],
	budget: TaskBudget
): Promise<Map<string, T[]>> {
	const out = new Map<string, T[]>();
	for (const item of items) {
		const list = out.get(item.conversationId);
		if (list) list.push(item);
		else out.set(item.conversationId, [item]);
		if (budget.spent) await budget.pause();
	}
	return out;
}

/**
 * Rows per bulkPut, bulkGet or sealing round. IndexedDB clones each row on the page's thread
 * as it is put (about a quarter of a millisecond per sealed answer row on a 2-core test
 * machine, four times that on a slow tablet), and a slice is one task: 50 keeps it far under
 * the 200 ms budget (profile in docs/storage.md, "Big imports").
 */
const SLICE = 50;

/**
 * `crypt` (seal or open) over every item, a slice at a time, in order. WebCrypto answers a
 * whole round within one task, so the page gets a turn after each slice.
 */
async function cryptAll<T, R>(items: readonly T[], crypt: (item: T) => Promise<R>): Promise<R[]> {
	const out: R[] = [];
	for (const slice of slices(items)) {
		out.push(...(await Promise.all(slice.map(crypt))));
		await yieldToPage();
	}
	return out;
}

function slices<T>(items: readonly T[]): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += SLICE) out.push(items.slice(i, i + SLICE));
	return out;
}

/**
 * Rows by id, a slice at a time: Dexie's bulkGet asks IndexedDB once per key, all in one task
 * (for 1,000 ids, 150 ms of page time on a slow tablet). Inside a transaction it stays one:
 * awaiting its own requests keeps it open.
 */
async function getRows(
	db: KansDb,
	ids: readonly string[]
): Promise<(ConversationRow | undefined)[]> {
	return getSliced(db.conversations, ids);
}

async function getSliced<R>(table: Table<R, string>, ids: readonly string[]) {
	const out: (R | undefined)[] = [];
	for (const slice of slices(ids)) out.push(...(await table.bulkGet(slice)));
	return out;
}

async function previewRestore(
	db: KansDb,
	cipher: Cipher,
	backup: ParsedBackup
): Promise<RestorePreview> {
	const budget = new TaskBudget();
	const ids = backup.conversations.map((c) => c.id);
	const rows = await getRows(db, ids);
	const existing = await cryptAll(rows, (row) =>
		row ? conversationFromRow(row, cipher) : Promise.resolve(undefined)
	);
	const answers = await group(backup.answers, budget);
	const planned = new Set(backup.plans.map((p) => p.conversationId));
	const conversations = backup.conversations.map((c, i): RestorePreviewItem => {
		const here = existing[i];
		return {
			id: c.id,
			title: c.title,
			kind: c.kind,
			participantCount: c.participants.length,
			answerCount: answers.get(c.id)?.length ?? 0,
			hasPlan: planned.has(c.id),
			createdAt: c.createdAt,
			updatedAt: c.updatedAt,
			...(here ? { existing: { title: here.title, updatedAt: here.updatedAt } } : {})
		};
	});
	const existingCount = conversations.filter((c) => c.existing).length;
	const sessions = backup.classSessions;
	const sessionRows = await getSliced(
		db.classSessions,
		sessions.map((r) => r.session.id)
	);
	const existingSessions = sessionRows.filter((r) => r?.profileId === cipher.profileId).length;
	return {
		scope: backup.scope,
		createdAt: backup.createdAt,
		appVersion: backup.appVersion,
		conversations,
		newCount: conversations.length - existingCount,
		existingCount,
		...(sessions.length > 0
			? { classSessions: { total: sessions.length, existing: existingSessions } }
			: {})
	};
}

/**
 * Writes a checked backup in one transaction: everything lands or nothing does. New
 * conversations are added; for ones already on this device (same id) `choice` decides:
 * skip them, replace them (with their answers and plan) by the file's, or keep both, the
 * file's as a copy with a new id (same title; its `updatedAt` is `now`, so it shows on top).
 * Everything before the transaction (grouping, progress, sealing) takes the page's thread a
 * few milliseconds at a time: a 50,000-answer file never freezes the page.
 */
async function applyRestore(
	db: KansDb,
	cipher: Cipher,
	backup: ParsedBackup,
	choice: RestoreChoice,
	now = Date.now()
): Promise<RestoreResult> {
	const budget = new TaskBudget();
	const answersOf = await group(backup.answers, budget);
	const planOf = new Map(backup.plans.map((p) => [p.conversationId, p]));
	const ids = backup.conversations.map((c) => c.id);
	const before = await getRows(db, ids);

	// Sealing happens before the transaction (crypto is not an IndexedDB request).
	const result: RestoreResult = { added: 0, replaced: 0, skipped: 0 };
	const conversations: { conversation: Conversation; progress: number }[] = [];
	const answers: Answer[] = [];
	const plans: Plan[] = [];
	const replacedIds: string[] = [];
	const restoredIds = new Map<string, string>();
	for (const [i, file] of backup.conversations.entries()) {
		const row = before[i];
		const exists = row !== undefined && row.profileId === cipher.profileId;
		// The same id in another profile: that one is not this profile's to replace or skip.
		const elsewhere = row !== undefined && !exists;
		if (exists && choice === 'skip') {
			result.skipped++;
			continue;
		}
		let conversation: Conversation = file;
		if ((exists && choice === 'keep-both') || elsewhere) {
			conversation = { ...file, id: newId(), updatedAt: Math.max(now, file.updatedAt) };
		}
		const id = conversation.id;
		restoredIds.set(file.id, id);
		const theirs = answersOf.get(file.id) ?? [];
		const own = id === file.id ? theirs : theirs.map((a) => ({ ...a, conversationId: id }));
		const plan = planOf.get(file.id);
		conversations.push({ conversation, progress: countDone(conversation, own) });
		for (const a of own) answers.push(a);
		if (plan) plans.push({ ...plan, conversationId: id });
		if (exists && choice === 'replace') {
			replacedIds.push(id);
			result.replaced++;
		} else {
			result.added++;
		}
		// Progress of a conversation of 12 people is thousands of comparisons.
		await budget.pause();
	}
	// A follow-up names the first conversation of its series: when that one came in as a copy,
	// the follow-up points to the copy, so a copied series stays one series.
	for (const c of conversations) {
		const series = c.conversation.seriesId;
		const moved = series === undefined ? undefined : restoredIds.get(series);
		if (moved !== undefined && moved !== series) {
			c.conversation = { ...c.conversation, seriesId: moved };
		}
		const lookBack = c.conversation.lookBack;
		const previous = lookBack && restoredIds.get(lookBack.previousId);
		if (lookBack && previous !== undefined && previous !== lookBack.previousId) {
			c.conversation = { ...c.conversation, lookBack: { ...lookBack, previousId: previous } };
		}
	}
	// Many at a time: one by one, 50,000 answers wait on 50,000 round trips to WebCrypto.
	const conversationRows = await cryptAll(conversations, (c) =>
		conversationToRow(c.conversation, c.progress, cipher)
	);
	const answerRows = await cryptAll(answers, (a) => answerToRow(a, cipher));
	const planRows = await cryptAll(plans, (p) => planToRow(p, cipher));

	const noteRows = await coachNoteRowsForRestore(backup.coachNotes ?? [], restoredIds, cipher);
	const voiceRows = await childVoiceRowsForRestore(backup.childVoices, restoredIds, cipher);
	const sessions = classSessionsForRestore(
		backup.classSessions,
		await getSliced(
			db.classSessions,
			backup.classSessions.map((r) => r.session.id)
		),
		cipher,
		choice,
		now
	);
	const sessionRows = await cryptAll(sessions.records, (r) => classSessionToRow(r, cipher));
	if (backup.classSessions.length > 0) result.classSessions = sessions.counts;

	const tables = [
		db.conversations,
		db.answers,
		db.plans,
		db.coachNotes,
		db.classSessions,
		db.childVoices
	];
	return db.transaction('rw', tables, async () => {
		// Whatever changed since the preview: a row of another profile is never overwritten.
		const now = await getRows(
			db,
			conversationRows.map((r) => r.id)
		);
		if (now.some((r) => r !== undefined && r.profileId !== cipher.profileId)) {
			throw new MissingRecordError('conversation');
		}
		const sessionsNow = await getSliced(
			db.classSessions,
			sessionRows.map((r) => r.id)
		);
		if (sessionsNow.some((r) => r !== undefined && r.profileId !== cipher.profileId)) {
			throw new MissingRecordError('classSession');
		}
		if (replacedIds.length > 0) {
			await db.answers.where('conversationId').anyOf(replacedIds).delete();
			await db.plans.bulkDelete(replacedIds);
			await db.coachNotes.where('conversationId').anyOf(replacedIds).delete();
			await db.childVoices.where('conversationId').anyOf(replacedIds).delete();
		}
		// In slices: one bulkPut of 50,000 rows is a long task that freezes the page; between
		// slices the page gets a turn, and the transaction stays one (it only waits on its own
		// requests).
		for (const rows of slices(conversationRows)) await db.conversations.bulkPut(rows);
		for (const rows of slices(answerRows)) await db.answers.bulkPut(rows);
		for (const rows of slices(planRows)) await db.plans.bulkPut(rows);
		for (const rows of slices(noteRows)) await db.coachNotes.bulkPut(rows);
		for (const rows of slices(voiceRows)) await db.childVoices.bulkPut(rows);
		for (const rows of slices(sessionRows)) await db.classSessions.bulkPut(rows);
		return result;
	});
}
