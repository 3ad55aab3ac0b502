import { z } from 'zod';

// A hand-over too big for one QR code travels as a loop of numbered frames ("animated QR"):
// `KC1:<id>:<index>/<count>:<part>`. The scanner collects them in any order, ignores repeats
// and frames of another hand-over, and has the whole text once every index has been seen. The
// text itself is already sealed (platform/crypto/handover.ts), so a frame reveals nothing and a
// changed one is caught when the whole is opened.

const PREFIX = 'KC1';
/** Frames per hand-over at most: with ~600 characters each, about 120 KB, far above a preparation. */
export const MAX_FRAMES = 200;
/** Characters of payload per frame: a QR code a tablet camera reads at arm's length. */
export const FRAME_CHARS = 600;

const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

const frameIdSchema = z.string().regex(/^[A-Za-z0-9]{8}$/);

const frameSchema = z
	.object({
		id: frameIdSchema,
		index: z.int().min(0),
		count: z.int().min(1).max(MAX_FRAMES),
		part: z.string().min(1).max(FRAME_CHARS).regex(PRINTABLE_ASCII)
	})
	.refine((f) => f.index < f.count, 'index past count');
export type Frame = z.output<typeof frameSchema>;

const ID_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

function newFrameId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(8));
	return Array.from(bytes, (b) => ID_ALPHABET[b % ID_ALPHABET.length]).join('');
}

/**
 * Splits `text` into the frames to show, one QR code each. Only printable ASCII (a sealed
 * package is JSON of base64): a split can then never cut a character in two.
 */
export function toFrames(text: string, size = FRAME_CHARS, id = newFrameId()): string[] {
	if (text.length === 0) throw new RangeError('Nothing to hand over');
	if (!PRINTABLE_ASCII.test(text)) throw new RangeError('Frames carry printable ASCII only');
	const count = Math.ceil(text.length / size);
	if (count > MAX_FRAMES) throw new RangeError('Too big to hand over as QR codes');
	return Array.from(
		{ length: count },
		(_, i) => `${PREFIX}:${id}:${i}/${count}:${text.slice(i * size, (i + 1) * size)}`
	);
}

/** One scanned QR text as a frame, or null when it is not one of ours (any other QR code). */
export function parseFrame(scanned: string): Frame | null {
	const m = /^KC1:([^:]*):(\d{1,4})\/(\d{1,4}):([\s\S]*)$/.exec(scanned);
	if (!m) return null;
	const r = frameSchema.safeParse({
		id: m[1],
		index: Number(m[2]),
		count: Number(m[3]),
		part: m[4]
	});
	return r.success ? r.data : null;
}

export type AddResult = 'added' | 'repeat' | 'ignored';

/** Collects the frames of one hand-over: the first valid frame decides which one. */
export class FrameCollector {
	#id: string | null = null;
	#count = 0;
	#parts = new Map<number, string>();

	/** 'ignored': not a frame, or a frame of another hand-over (or one that contradicts the first). */
	add(scanned: string): AddResult {
		const frame = parseFrame(scanned);
		if (!frame) return 'ignored';
		if (this.#id === null) {
			this.#id = frame.id;
			this.#count = frame.count;
		}
		if (frame.id !== this.#id || frame.count !== this.#count) return 'ignored';
		const known = this.#parts.get(frame.index);
		if (known !== undefined) return known === frame.part ? 'repeat' : 'ignored';
		this.#parts.set(frame.index, frame.part);
		return 'added';
	}

	/** Frames seen so far and in all (0 of 0 before the first). */
	get progress(): { seen: number; count: number } {
		return { seen: this.#parts.size, count: this.#count };
	}

	get complete(): boolean {
		return this.#count > 0 && this.#parts.size === this.#count;
	}

	/** The whole text once complete, else null. */
	text(): string | null {
		if (!this.complete) return null;
		return Array.from({ length: this.#count }, (_, i) => this.#parts.get(i)!).join('');
	}
}
