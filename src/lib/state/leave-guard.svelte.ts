import { beforeNavigate } from '$app/navigation';
import { onLeave } from '$lib/platform/lifecycle';
import { registerFlusher } from './pending';

/** A screen's unsaved edits: `flush` writes them; `flushUrgently` starts that at once. */
export interface Unsaved {
	flush(): Promise<void>;
	/** For a page that may be closing: writes issued synchronously (see ConversationSession). */
	flushUrgently?(): void;
}

/**
 * Keeps a screen's edits when it is left: before an in-app navigation, when the page is hidden
 * or goes away, and before an app update (`flushAll`). Call it while the component initialises.
 */
export function saveOnLeave(session: Unsaved): void {
	$effect(() =>
		onLeave(() => (session.flushUrgently ? session.flushUrgently() : void session.flush()))
	);
	beforeNavigate(() => void session.flush());
	$effect(() => registerFlusher(() => session.flush()));
}
