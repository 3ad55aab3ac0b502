import { createMarkerDetector } from './detector';
import type { DetectReply, DetectRequest } from './messages';

// Reading a 1280 × 720 frame takes tens of milliseconds; here it leaves the camera preview smooth.
// Only the little of the worker scope we use, typed with our own messages.
const scope = self as unknown as {
	onmessage: ((event: MessageEvent<DetectRequest>) => void) | null;
	postMessage(reply: DetectReply): void;
};

let detector: ReturnType<typeof createMarkerDetector> | undefined;

scope.onmessage = ({ data }) => {
	if (data.type === 'codes') {
		detector = createMarkerDetector(data.codes);
		scope.postMessage({ type: 'ready' });
		return;
	}
	// Every failure becomes an error reply, so the page always hears back.
	try {
		if (!detector) throw new Error('No codes yet');
		const sightings = detector.detect({ width: data.width, height: data.height, data: data.data });
		scope.postMessage({ type: 'seen', id: data.id, sightings });
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		scope.postMessage({ type: 'failed', id: data.id, error: message });
	}
};
