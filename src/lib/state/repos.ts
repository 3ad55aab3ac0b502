import type { Repos } from '$lib/db';
import { vault } from './vault.svelte';

let override: Repos | undefined;

/** The unlocked profile's repositories (throws `LockedError` when the app is locked). */
export function getRepos(): Repos {
	return override ?? vault.repos;
}

/** Tests point the state classes at their own database and key. */
export function useRepos(next: Repos | undefined): void {
	override = next;
}
