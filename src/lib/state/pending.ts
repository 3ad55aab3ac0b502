// Everything that may hold unsaved edits registers here, so that an app update (or any
// other moment that must not lose typing) can first write them all.
const flushers = new Set<() => Promise<void>>();

export function registerFlusher(flush: () => Promise<void>): () => void {
	flushers.add(flush);
	return () => flushers.delete(flush);
}

export async function flushAll(): Promise<void> {
	await Promise.all([...flushers].map((f) => f()));
}
