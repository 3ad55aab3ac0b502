import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardScanner } from './card-scan.svelte';

// The detector breaks mid-scan (a worker that dies, a device without the right support): the
// scan says so, and the camera must not stay on behind the message.
vi.mock('$lib/platform/cards/reader', () => ({
	openCardReader: async () => ({
		read: () => Promise.reject(new Error('The card reader stopped')),
		close: () => undefined
	})
}));

function camera() {
	const canvas = Object.assign(document.createElement('canvas'), { width: 320, height: 180 });
	const context = canvas.getContext('2d')!;
	let on = true;
	const paint = () => {
		context.fillStyle = '#777';
		context.fillRect(0, 0, 320, 180);
		if (on) requestAnimationFrame(paint);
	};
	paint();
	return { stream: canvas.captureStream(10), stop: () => (on = false) };
}

afterEach(() => vi.restoreAllMocks());

describe('CardScanner', () => {
	it('turns the camera off when the detector fails, and says why', async () => {
		const cam = camera();
		vi.spyOn(navigator.mediaDevices, 'getUserMedia').mockResolvedValue(cam.stream);
		const scanner = new CardScanner();
		expect(await scanner.open()).toBe(true);
		const video = document.createElement('video');
		video.muted = true;
		video.srcObject = scanner.stream;
		await video.play();
		await scanner.run(video);
		expect(scanner.problem).toBe('detector');
		expect(scanner.stream).toBeNull();
		expect(cam.stream.getVideoTracks()[0]!.readyState).toBe('ended');
		cam.stop();
	});
});
