import type { LockRequester } from '$lib/platform/locks';

/**
 * A stand-in for `navigator.locks` shared by several "tabs" (ProfileRepos on their own
 * connections): exclusive locks granted in the order asked, and a log of what was asked for.
 */
export function fakeLocks(): LockRequester & { requested: string[]; maxHeld: number } {
	const tails = new Map<string, Promise<void>>();
	let held = 0;
	const fake = {
		requested: [] as string[],
		maxHeld: 0,
		request<T>(name: string, _options: { mode: 'exclusive' }, task: () => Promise<T>) {
			fake.requested.push(name);
			const run = (tails.get(name) ?? Promise.resolve()).then(async () => {
				fake.maxHeld = Math.max(fake.maxHeld, ++held);
				try {
					return await task();
				} finally {
					held--;
				}
			});
			tails.set(
				name,
				run.then(
					() => {},
					() => {}
				)
			);
			return run;
		}
	};
	return fake;
}
