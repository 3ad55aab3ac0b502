import { beforeNavigate } from '$app/navigation';
import { JOURNAL_KEY } from '$lib/db/journal';
import { onLeave } from '$lib/platform/lifecycle';
import { registerFlusher } from './pending';

/** A screen's unsaved edits: `flush` writes them; `flushUrgently` starts that at once. */
export interface Unsaved {
	flush(): Promise<void>;
	/** For a page that may be closing: writes issued synchronously (see ConversationSession). */
	flushUrgently?(): void;
	/** Writes are failing (device full): closing the page now could lose what is shown. */
	readonly failing?: boolean;
	/** Takes changes another tab left in the page-leave journal (see ConversationSession). */
	adoptJournal?(): Promise<void>;
}

/**
 * Keeps a screen's edits when it is left: before an in-app navigation, when the page is hidden
 * or goes away, and before an app update (`flushAll`). While writes fail, the browser asks
 * before the page is closed or reloaded. When another tab closes with unsaved changes of the
 * same conversation, this screen takes them over. Call it while the component initialises.
 */
export function saveOnLeave(session: Unsaved): void {
	$effect(() =>
		onLeave(() => (session.flushUrgently ? session.flushUrgently() : void session.flush()))
	);
	beforeNavigate(() => void session.flush());
	$effect(() => registerFlusher(() => session.flush()));
	$effect(() => {
		const ask = (event: BeforeUnloadEvent) => {
			if (!session.failing) return;
			event.preventDefault();
			// Older browsers ask only when returnValue is set.
			event.returnValue = '';
		};
		window.addEventListener('beforeunload', ask);
		return () => window.removeEventListener('beforeunload', ask);
	});
	$effect(() => {
		const adopt = session.adoptJournal?.bind(session);
		if (!adopt) return;
		const onStorage = (event: StorageEvent) => {
			if (event.key === JOURNAL_KEY && event.newValue) void adopt().catch(() => {});
		};
		window.addEventListener('storage', onStorage);
		return () => window.removeEventListener('storage', onStorage);
	});
}
