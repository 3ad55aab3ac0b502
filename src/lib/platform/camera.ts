// The device's camera, for reading class cards. Nothing is recorded or kept: frames are read
// from the live picture and dropped.

/** Why the camera could not be opened, each with its own message for the teacher. */
export type CameraProblem =
	/** The app is not served from https or localhost: browsers give no camera then. */
	| 'insecure'
	/** This browser has no camera access at all. */
	| 'unsupported'
	/** The person (or the device's settings) refused the camera. */
	| 'refused'
	/** There is no camera. */
	| 'missing'
	/** Another app holds the camera, or it failed to start. */
	| 'busy';

export type CameraResult = { stream: MediaStream } | { problem: CameraProblem };

/** The largest frame read: more pixels make detection slower without reading cards better. */
export const FRAME_WIDTH = 1280;
export const FRAME_HEIGHT = 720;

/**
 * Opens the camera that faces away from the screen (the rear camera of a tablet or phone; a
 * laptop's only camera otherwise), asking for 1280 × 720.
 */
export async function openRearCamera(): Promise<CameraResult> {
	if (typeof window !== 'undefined' && !window.isSecureContext) return { problem: 'insecure' };
	if (!navigator.mediaDevices?.getUserMedia) return { problem: 'unsupported' };
	try {
		const stream = await navigator.mediaDevices.getUserMedia({
			audio: false,
			video: {
				facingMode: { ideal: 'environment' },
				width: { ideal: FRAME_WIDTH },
				height: { ideal: FRAME_HEIGHT }
			}
		});
		return { stream };
	} catch (error) {
		return { problem: problemOf(error) };
	}
}

export function problemOf(error: unknown): CameraProblem {
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	if (name === 'NotAllowedError' || name === 'SecurityError') return 'refused';
	if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'missing';
	return 'busy';
}

/** Stops every track: the camera light goes off. */
export function closeCamera(stream: MediaStream | null | undefined): void {
	for (const track of stream?.getTracks() ?? []) track.stop();
}

/**
 * Reads the video's current picture as pixels, scaled down to at most FRAME_WIDTH wide. One
 * canvas is reused for every frame. null while the video has no picture yet.
 */
export class FrameGrabber {
	#canvas: OffscreenCanvas | HTMLCanvasElement | null = null;
	#context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null = null;

	grab(video: HTMLVideoElement): ImageData | null {
		const vw = video.videoWidth;
		const vh = video.videoHeight;
		if (!vw || !vh) return null;
		const scale = Math.min(1, FRAME_WIDTH / vw);
		const width = Math.round(vw * scale);
		const height = Math.round(vh * scale);
		const context = this.#contextOf(width, height);
		if (!context) return null;
		context.drawImage(video, 0, 0, width, height);
		return context.getImageData(0, 0, width, height);
	}

	#contextOf(width: number, height: number) {
		if (!this.#canvas) {
			this.#canvas =
				typeof OffscreenCanvas !== 'undefined'
					? new OffscreenCanvas(width, height)
					: Object.assign(document.createElement('canvas'), { width, height });
			this.#context = this.#canvas.getContext('2d', { willReadFrequently: true }) as
				OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
		}
		if (this.#canvas.width !== width) this.#canvas.width = width;
		if (this.#canvas.height !== height) this.#canvas.height = height;
		return this.#context;
	}
}
