import type { Database } from '$lib/db';

/**
 * When another tab opens a newer schema, this tab saves what is pending, closes its
 * connection (so the other tab is not blocked) and reloads onto the new version.
 */
export function stepAsideOnUpgrade(
	database: Pick<Database, 'onVersionChange' | 'close'>,
	flush: () => Promise<void>,
	reload: () => void
): void {
	database.onVersionChange((newVersion) => {
		// Deleting the database (newVersion null): let the connection close as usual.
		if (!newVersion) return;
		void flush()
			.catch(() => {})
			.finally(() => {
				database.close();
				reload();
			});
		return 'stay-open';
	});
}
