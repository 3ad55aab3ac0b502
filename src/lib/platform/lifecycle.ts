/**
 * Calls `flush` when the page may go away: tab closed, app switched, tablet locked.
 * `pagehide` covers closing and navigation, `visibilitychange` covers hiding on mobile,
 * where pagehide often never fires.
 */
export function onLeave(flush: () => void): () => void {
	const onHide = () => flush();
	const onVisibility = () => {
		if (document.visibilityState === 'hidden') flush();
	};
	window.addEventListener('pagehide', onHide);
	document.addEventListener('visibilitychange', onVisibility);
	return () => {
		window.removeEventListener('pagehide', onHide);
		document.removeEventListener('visibilitychange', onVisibility);
	};
}
