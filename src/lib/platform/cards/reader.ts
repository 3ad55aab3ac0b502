/**
 * Reads class cards in camera frames off the main thread: a module worker (detector.worker.ts)
 * runs the detector, so the preview stays smooth. The worker, and with it js-aruco2, loads only
 * when `openCardReader` is called, that is when a scan starts.
 */
import { withFaces, type CardSet, type Image, type Reading } from './sightings';
import type { DetectReply, DetectRequest } from './messages';

export type { CardSet, Corners, Reading } from './sightings';

export interface CardReader<F> {
	/**
	 * The cards in one frame, one reading per card at most. The frame's pixels move to the
	 * worker: the frame is empty afterwards (grab a new one for the next read).
	 */
	read(frame: ImageData | Image): Promise<Reading<F>[]>;
	/** Stops the worker; reads still waiting are refused. */
	close(): void;
}

/** The reader could not start or stopped working (no workers, the script did not load). */
export class CardReaderError extends Error {
	override name = 'CardReaderError';
}

interface Pending {
	resolve: (sightings: Extract<DetectReply, { type: 'seen' }>['sightings']) => void;
	reject: (error: Error) => void;
}

/**
 * Starts the detector worker for the given cards (the domain's CARD_CODES and faceOfCorners)
 * and resolves once it is ready. Rejects with CardReaderError when it cannot start.
 */
export async function openCardReader<F>(cards: CardSet<F>): Promise<CardReader<F>> {
	if (typeof Worker === 'undefined') throw new CardReaderError('No workers here');
	const worker = new Worker(new URL('./detector.worker.ts', import.meta.url), { type: 'module' });
	const pending = new Map<number, Pending>();
	let nextId = 1;
	let broken: CardReaderError | undefined;
	let onReady: (() => void) | undefined;
	let onBroken: ((error: CardReaderError) => void) | undefined;

	const fail = (error: CardReaderError) => {
		if (broken) return;
		broken = error;
		worker.terminate();
		onBroken?.(error);
		for (const call of pending.values()) call.reject(error);
		pending.clear();
	};
	worker.addEventListener('message', ({ data }: MessageEvent<DetectReply>) => {
		if (data.type === 'ready') return onReady?.();
		const call = pending.get(data.id);
		if (!call) return;
		pending.delete(data.id);
		if (data.type === 'seen') call.resolve(data.sightings);
		else call.reject(new CardReaderError(data.error));
	});
	// A script that fails to load (blocked, offline without cache) arrives as 'error'.
	worker.addEventListener('error', (event) => {
		event.preventDefault();
		fail(new CardReaderError(event.message || 'The card reader did not start'));
	});
	worker.addEventListener('messageerror', () => fail(new CardReaderError('Unreadable reply')));

	await new Promise<void>((resolve, reject) => {
		onReady = resolve;
		onBroken = reject;
		send({ type: 'codes', codes: [...cards.codes] });
	});

	function send(request: DetectRequest, transfer: Transferable[] = []) {
		worker.postMessage(request, transfer);
	}

	return {
		read(frame) {
			if (broken) return Promise.reject(broken);
			const id = nextId++;
			const { width, height, data } = frame;
			return new Promise<Reading<F>[]>((resolve, reject) => {
				pending.set(id, {
					resolve: (sightings) => resolve(withFaces(sightings, cards.faceOf)),
					reject
				});
				send({ type: 'frame', id, width, height, data }, [data.buffer]);
			});
		},
		close() {
			fail(new CardReaderError('The card reader is closed'));
		}
	};
}
