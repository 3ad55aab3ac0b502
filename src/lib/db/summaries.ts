import { KINDS, type Kind } from '$lib/domain/conversation';
import { isSealed } from '$lib/platform/crypto';

// The home list's summaries of one profile, sealed as one record (schema 8, issue 15): with 500
// conversations home opens this one record instead of 500 conversations and their plans. It is
// a cache, never the truth: each entry keeps the fingerprints of the rows it was read from (the
// conversation's sealed blob and its plan's look-back part), and an entry is used only while
// both rows are byte for byte what they were. Every write seals with a fresh random IV, so any
// change to a row — an edit, a restore, another tab, a damaged byte — makes its entry unused and
// that conversation is read from its rows again; no code that writes has to remember the cache.

/**
 * Bump when what an entry holds, or how a row becomes an entry, changes: every entry of an
 * older version is ignored and read again from its rows.
 */
export const SUMMARIES_VERSION = 1;

/** What the home list needs of one conversation beyond its clear fields, with fingerprints. */
export interface SummaryEntry {
	/** Fingerprint of the conversation row's `sealed`. */
	row: string;
	/** Fingerprint of the plan row's look-back part ('' without a plan). */
	plan: string;
	kind: Kind;
	title: string;
	participantCount: number;
	seriesId?: string;
	sequence?: number;
	/** YYYY-MM-DD, or null without a plan or a date. */
	evaluationDate: string | null;
}

export interface Summaries {
	version: typeof SUMMARIES_VERSION;
	entries: Record<string, SummaryEntry>;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isText = (x: unknown, min = 0): x is string => typeof x === 'string' && x.length >= min;
const isCount = (x: unknown, min: number): x is number =>
	Number.isInteger(x) && (x as number) >= min;

function isEntry(x: unknown): x is SummaryEntry {
	if (typeof x !== 'object' || x === null) return false;
	const e = x as Record<string, unknown>;
	return (
		isText(e.row, 1) &&
		isText(e.plan) &&
		KINDS.includes(e.kind as Kind) &&
		isText(e.title, 1) &&
		isCount(e.participantCount, 0) &&
		(e.seriesId === undefined || isText(e.seriesId, 1)) &&
		(e.sequence === undefined || isCount(e.sequence, 1)) &&
		(e.evaluationDate === null || (isText(e.evaluationDate) && ISO_DAY.test(e.evaluationDate)))
	);
}

/**
 * The opened summaries record, checked; undefined when it is of another version or not what
 * this code writes (then every conversation is read from its rows). Checked by hand, not with
 * zod: zod runs jitless here (the CSP allows no eval) and took 8–30 ms for 500 entries at 1×
 * CPU, which is what this record exists to save; an entry that fails is left out (its
 * conversation is read from its rows).
 */
export function readSummaries(x: unknown): Summaries | undefined {
	if (typeof x !== 'object' || x === null) return;
	const { version, entries } = x as Record<string, unknown>;
	if (version !== SUMMARIES_VERSION || typeof entries !== 'object' || entries === null) return;
	const out: Record<string, SummaryEntry> = {};
	for (const [id, e] of Object.entries(entries)) if (isEntry(e)) out[id] = e;
	return { version, entries: out };
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * A sealed blob's fingerprint: its IV (random for every seal), its length and an FNV-1a hash of
 * its ciphertext, so a rewritten row and a changed byte both give another one. Not a security
 * check (opening the row is: AES-GCM); it only says whether the cached entry still describes
 * this row. Undefined for what is not a sealed blob.
 */
export function fingerprint(sealed: unknown): string | undefined {
	if (!isSealed(sealed)) return undefined;
	let iv = '';
	for (const b of sealed.iv) iv += HEX[b];
	const data = new Uint8Array(sealed.data);
	let h = 0x811c9dc5;
	for (let i = 0; i < data.length; i++) h = Math.imul(h ^ data[i]!, 0x01000193);
	return `${iv}.${data.length}.${(h >>> 0).toString(36)}`;
}

/** The part of a plan row home reads: `due` since issue 14, else the whole sealed plan. */
export function planFingerprint(row: unknown): string {
	if (typeof row !== 'object' || row === null) return '';
	const r = row as { due?: unknown; sealed?: unknown };
	return 'due' in r ? `d${fingerprint(r.due) ?? '?'}` : `s${fingerprint(r.sealed) ?? '?'}`;
}
