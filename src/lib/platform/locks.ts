// One thing at a time, across tabs: the Web Locks API where the browser has it (Chromium,
// Firefox, Safari 15.4+), else one at a time within this page.

/** Runs `task` while holding the lock `name`; the next task for that name starts after it ends. */
export type Exclusive = <T>(name: string, task: () => Promise<T>) => Promise<T>;

/** The part of `navigator.locks` we use. */
export interface LockRequester {
	request<T>(name: string, options: { mode: 'exclusive' }, task: () => Promise<T>): Promise<T>;
}

/** Holds `locks` (every tab of the origin shares them), or queues within this page without. */
export function exclusiveWith(locks: LockRequester | undefined): Exclusive {
	const tails = new Map<string, Promise<void>>();
	return (name, task) => {
		if (locks) return locks.request(name, { mode: 'exclusive' }, task);
		const run = (tails.get(name) ?? Promise.resolve()).then(task);
		const tail = run.then(
			() => {},
			() => {}
		);
		tails.set(name, tail);
		void tail.then(() => {
			if (tails.get(name) === tail) tails.delete(name);
		});
		return run;
	};
}

const inPage = exclusiveWith(undefined);

/** The browser's own locks, looked up at each call; this page's queue where there are none. */
export const exclusive: Exclusive = (name, task) => {
	const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
	return locks
		? (locks as LockRequester).request(name, { mode: 'exclusive' }, task)
		: inPage(name, task);
};
