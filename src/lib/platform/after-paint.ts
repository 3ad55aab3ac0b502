/** How long `afterPaint` waits for a frame at most (a page hidden meanwhile paints none). */
const FRAME_WAIT_MS = 100;

/**
 * Runs `fn` once the page has painted what the current task changed: the next animation frame,
 * then a new task after it, so work that can wait never holds up the frame a tap or a key is
 * waiting for. A hidden page paints no frames: there (and where there is no `document`, or no
 * frame comes within 100 ms) it is a plain new task.
 */
export function afterPaint(fn: () => void): void {
	let done = false;
	const once = () => {
		if (done) return;
		done = true;
		fn();
	};
	const visible = typeof document !== 'undefined' && document.visibilityState === 'visible';
	if (!visible || typeof requestAnimationFrame !== 'function') {
		setTimeout(once, 0);
		return;
	}
	requestAnimationFrame(() => setTimeout(once, 0));
	setTimeout(once, FRAME_WAIT_MS);
}
