import {
	CARD_CODES,
	emptyScan,
	faceOfCorners,
	recordReadings,
	scanTotals,
	seenCards,
	type CardScan
} from '$lib/domain/class-cards';
import type { FaceCounts } from '$lib/domain/class-session';
import {
	FrameGrabber,
	closeCamera,
	openRearCamera,
	type CameraProblem
} from '$lib/platform/camera';

export type ScanProblem = CameraProblem | 'detector';

interface Reader {
	read(frame: ImageData): Promise<readonly { card: number; face: 1 | 2 | 3 | 4 | 5 }[]>;
	close(): void;
}

/**
 * One scan of class cards. The camera's frames go to the detector (a worker, loaded only now),
 * one at a time; each reading updates which card shows which face, in memory only. The screen
 * gets the numbers seen, never the faces; `totals()` is all that leaves this class, and `stop()`
 * forgets the readings.
 */
export class CardScanner {
	#scan = $state.raw<CardScan>(emptyScan());
	#stream = $state.raw<MediaStream | null>(null);
	#problem = $state<ScanProblem | null>(null);
	#starting = $state(true);
	#reader: Reader | null = null;
	#grabber = new FrameGrabber();
	#running = false;
	/** Counts `stop()`s, so a camera that opens after its scan was stopped is closed at once. */
	#generation = 0;

	get stream(): MediaStream | null {
		return this.#stream;
	}

	get problem(): ScanProblem | null {
		return this.#problem;
	}

	/** The camera and the detector are still starting. */
	get starting(): boolean {
		return this.#starting;
	}

	/** The card numbers seen so far, in order. */
	get seen(): number[] {
		return seenCards(this.#scan);
	}

	get count(): number {
		return this.#scan.counted.size;
	}

	/** Opens the camera and loads the detector; false when either failed (see `problem`). */
	async open(): Promise<boolean> {
		const generation = this.#generation;
		this.#problem = null;
		this.#starting = true;
		const [camera, reader] = await Promise.all([openRearCamera(), loadReader()]);
		if (generation !== this.#generation) {
			// Stopped while the camera was starting (the teacher went back): nothing may stay on.
			if ('stream' in camera) closeCamera(camera.stream);
			reader?.close();
			return false;
		}
		this.#starting = false;
		if ('problem' in camera) {
			reader?.close();
			this.#problem = camera.problem;
			return false;
		}
		if (!reader) {
			closeCamera(camera.stream);
			this.#problem = 'detector';
			return false;
		}
		this.#reader = reader;
		this.#stream = camera.stream;
		return true;
	}

	/** Reads frames from the playing video until `stop()`: one frame at a time, never queued. */
	async run(video: HTMLVideoElement): Promise<void> {
		if (this.#running || !this.#reader) return;
		this.#running = true;
		while (this.#running && this.#reader) {
			const frame = this.#grabber.grab(video);
			if (frame) {
				try {
					const readings = await this.#reader.read(frame);
					if (this.#running) this.#scan = recordReadings(this.#scan, readings);
				} catch {
					// The detector stopped: say so, and let the camera go at once.
					this.#problem = 'detector';
					this.#release();
					break;
				}
			}
			await nextFrame(video);
		}
		this.#running = false;
	}

	/** The counts per face of every card seen, each card once with its latest face. */
	totals(): FaceCounts {
		return scanTotals(this.#scan);
	}

	/** Camera off, worker gone, readings forgotten. */
	stop(): void {
		this.#generation += 1;
		this.#running = false;
		this.#release();
		this.#scan = emptyScan();
	}

	#release(): void {
		closeCamera(this.#stream);
		this.#stream = null;
		this.#reader?.close();
		this.#reader = null;
	}
}

async function loadReader(): Promise<Reader | null> {
	try {
		const { openCardReader } = await import('$lib/platform/cards/reader');
		return await openCardReader({ codes: CARD_CODES, faceOf: faceOfCorners });
	} catch {
		return null;
	}
}

/** Waits for the video's next picture (or a short while where the browser cannot tell). */
function nextFrame(video: HTMLVideoElement): Promise<void> {
	return new Promise((resolve) => {
		if ('requestVideoFrameCallback' in video) video.requestVideoFrameCallback(() => resolve());
		else setTimeout(resolve, 50);
	});
}
