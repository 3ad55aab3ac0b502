import { flushAll } from './pending';

/** A new version of the app is waiting; it is applied only when the person chooses. */
class AppUpdate {
	available = $state(false);
	dismissed = $state(false);
	updating = $state(false);
	#activate: ((reload?: boolean) => Promise<void>) | undefined;

	async start(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		// Loaded after the page is interactive, so it never slows the first screen.
		const { startServiceWorker } = await import('$lib/platform/pwa');
		this.#activate = startServiceWorker({
			onUpdateReady: () => {
				this.available = true;
				this.dismissed = false;
			}
		});
	}

	/** Saves everything that is still being typed, then switches to the new version. */
	async apply(): Promise<void> {
		if (!this.#activate) return;
		this.updating = true;
		await flushAll();
		await this.#activate(true);
	}
}

export const appUpdate = new AppUpdate();
