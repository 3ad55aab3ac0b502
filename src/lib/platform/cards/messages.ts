import type { Sighting } from './sightings';

/** What the page sends the detector worker: the codes once, then frames (their buffer moves). */
export type DetectRequest =
	| { type: 'codes'; codes: number[] }
	| { type: 'frame'; id: number; width: number; height: number; data: Uint8ClampedArray };

/** What it answers: ready after the codes, then per frame the cards seen, or what went wrong. */
export type DetectReply =
	| { type: 'ready' }
	| { type: 'seen'; id: number; sightings: Sighting[] }
	| { type: 'failed'; id: number; error: string };
