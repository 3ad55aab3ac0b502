const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` after `idleMs` without a tap, key or scroll, and `onHidden` when the page is
 * hidden (tablet put away, other app opened). Returns a function that stops watching.
 */
export function watchActivity(opts: {
	idleMs: number;
	onIdle: () => void;
	onHidden: () => void;
}): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const restart = () => {
		clearTimeout(timer);
		timer = setTimeout(opts.onIdle, opts.idleMs);
	};
	const onVisibility = () => {
		if (document.visibilityState === 'hidden') opts.onHidden();
	};
	for (const type of ACTIVITY)
		window.addEventListener(type, restart, { passive: true, capture: true });
	document.addEventListener('visibilitychange', onVisibility);
	restart();
	return () => {
		clearTimeout(timer);
		for (const type of ACTIVITY) window.removeEventListener(type, restart, { capture: true });
		document.removeEventListener('visibilitychange', onVisibility);
	};
}
