import { registerSW } from 'virtual:pwa-register';

export interface ServiceWorkerHooks {
	/** A new version is installed and waiting: ask the person. */
	onUpdateReady: () => void;
	onOfflineReady?: () => void;
}

/**
 * Registers the service worker (Workbox, via workbox-window). Returns the function that
 * activates a waiting new version; the page then reloads to the same address.
 */
export function startServiceWorker(hooks: ServiceWorkerHooks): (reload?: boolean) => Promise<void> {
	return registerSW({
		immediate: true,
		onNeedRefresh: hooks.onUpdateReady,
		onOfflineReady: hooks.onOfflineReady
	});
}
