import { createRepos, type Repos } from '$lib/db';

let repos: Repos | undefined;

/** The app's one database, opened on first use in the browser. */
export function getRepos(): Repos {
	repos ??= createRepos();
	return repos;
}

/** Tests point the state classes at their own database. */
export function useRepos(next: Repos): void {
	repos = next;
}
