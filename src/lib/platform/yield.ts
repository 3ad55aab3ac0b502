// Long work on the page's thread, cut into tasks: between them the page handles taps and keys
// and paints. A promise that resolves at once is no such break (it runs in the same task).

type Scheduler = { yield?: () => Promise<void> };

/**
 * Ends the current task: `scheduler.yield()` where the browser has it (the rest of the work
 * goes first in the queue), else a MessageChannel message (a real new task, without the 4 ms
 * that nested `setTimeout(0)` calls wait), else `setTimeout(0)`.
 */
export function yieldToPage(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	if (typeof MessageChannel === 'function') {
		return new Promise((resolve) => {
			const { port1, port2 } = new MessageChannel();
			port1.onmessage = () => {
				port1.close();
				port2.close();
				resolve();
			};
			port2.postMessage(null);
		});
	}
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A budget of page time per task: `pause()` yields once `ms` have passed since the task began
 * (or since the last yield), and otherwise returns at once. Call it between small steps.
 */
export class TaskBudget {
	#start = performance.now();

	constructor(private readonly ms = 12) {}

	/** Whether this task has used its budget. */
	get spent(): boolean {
		return performance.now() - this.#start >= this.ms;
	}

	/** Yields when the budget is spent; a fresh budget starts after. */
	async pause(): Promise<void> {
		if (!this.spent) return;
		await yieldToPage();
		this.#start = performance.now();
	}
}
