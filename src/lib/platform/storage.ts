/** Asks the browser to keep this app's data, even when the device runs low on space. */
export async function requestPersistence(): Promise<boolean> {
	if (!navigator.storage?.persist) return false;
	if (await navigator.storage.persisted()) return true;
	return navigator.storage.persist();
}

export interface StorageStatus {
	/** null when the browser cannot tell. */
	persisted: boolean | null;
	usage: number | null;
	quota: number | null;
}

export async function storageStatus(): Promise<StorageStatus> {
	const persisted = navigator.storage?.persisted ? await navigator.storage.persisted() : null;
	const estimate = navigator.storage?.estimate ? await navigator.storage.estimate() : undefined;
	return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}
