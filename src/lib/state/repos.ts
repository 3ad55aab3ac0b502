import { createRepos, type Repos } from '$lib/db';
import { replayJournal } from '$lib/db/journal';
import { flushAll } from './pending';
import { stepAsideOnUpgrade } from './tabs';

let repos: Repos | undefined;

/** The app's one database, opened on first use in the browser. */
export function getRepos(): Repos {
	if (!repos) {
		repos = createRepos();
		stepAsideOnUpgrade(repos.db, flushAll, () => location.reload());
	}
	return repos;
}

/** Tests point the state classes at their own database. */
export function useRepos(next: Repos): void {
	repos = next;
}

/** At start: restore answers typed just before the page went away last time. */
export function recoverUnsaved(): Promise<number> {
	return replayJournal(getRepos(), localStorage);
}
