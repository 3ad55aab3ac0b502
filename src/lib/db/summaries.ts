import { z } from 'zod';
import { KINDS } from '$lib/domain/conversation';
import { isoDateSchema } from '$lib/domain/plan';
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
export const summaryEntrySchema = z.object({
	/** Fingerprint of the conversation row's `sealed`. */
	row: z.string().min(1),
	/** Fingerprint of the plan row's look-back part ('' without a plan). */
	plan: z.string(),
	kind: z.enum(KINDS),
	title: z.string(),
	participantCount: z.int().min(0),
	seriesId: z.string().optional(),
	sequence: z.int().min(1).optional(),
	evaluationDate: isoDateSchema.nullable()
});
export type SummaryEntry = z.output<typeof summaryEntrySchema>;

export const summariesSchema = z.object({
	version: z.literal(SUMMARIES_VERSION),
	entries: z.record(z.string(), summaryEntrySchema)
});
export type Summaries = z.output<typeof summariesSchema>;

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
