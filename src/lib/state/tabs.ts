import type Dexie from 'dexie';

/**
 * When another tab opens a newer schema, this tab saves what is pending, closes its
 * connection (so the other tab is not blocked) and reloads onto the new version.
 */
export function stepAsideOnUpgrade(
	db: Dexie,
	flush: () => Promise<void>,
	reload: () => void
): void {
	db.on('versionchange', (event) => {
		// Deleting the database (newVersion null): let Dexie close as usual.
		if (!event.newVersion) return;
		void flush()
			.catch(() => {})
			.finally(() => {
				db.close();
				reload();
			});
		return false;
	});
}
