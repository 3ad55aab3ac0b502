import { liveQuery } from 'dexie';

export interface Subscription {
	unsubscribe(): void;
}

/** Just what the state layer needs of an observable, so no Dexie type leaves db/. */
export interface Observable<T> {
	subscribe(observer: { next: (value: T) => void; error: (error: unknown) => void }): Subscription;
}

/**
 * Runs `query` (reads through the repositories) now and again whenever a row it read changes,
 * in this tab or another one (a Dexie liveQuery).
 */
export function observe<T>(query: () => Promise<T> | T): Observable<T> {
	return liveQuery(query);
}
