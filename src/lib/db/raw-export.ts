/**
 * Reads every store of a database with plain IndexedDB, at whatever version it is, without
 * upgrading it. The way out when the app cannot open its data (a failed or newer schema):
 * nothing is lost, the person can take a raw copy with them.
 */
export interface RawExport {
	format: 'kansencirkel-raw-export';
	database: string;
	version: number;
	exportedAt: string;
	stores: Record<string, unknown[]>;
}

export function rawExport(name: string, idb: IDBFactory = indexedDB): Promise<RawExport> {
	return new Promise((resolve, reject) => {
		const open = idb.open(name);
		// Never create or upgrade anything here.
		open.onupgradeneeded = () => open.transaction?.abort();
		open.onerror = () => reject(open.error);
		open.onsuccess = () => {
			const db = open.result;
			const names = [...db.objectStoreNames];
			const out: RawExport = {
				format: 'kansencirkel-raw-export',
				database: name,
				version: db.version,
				exportedAt: new Date().toISOString(),
				stores: {}
			};
			if (names.length === 0) {
				db.close();
				resolve(out);
				return;
			}
			const tx = db.transaction(names, 'readonly');
			for (const store of names) {
				const req = tx.objectStore(store).getAll();
				req.onsuccess = () => (out.stores[store] = req.result);
			}
			tx.oncomplete = () => {
				db.close();
				resolve(out);
			};
			tx.onerror = () => {
				db.close();
				reject(tx.error);
			};
		};
	});
}
