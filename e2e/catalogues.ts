import { readFileSync } from 'node:fs';

export type Catalogue = typeof import('../src/lib/i18n/catalogues/nl.json');

/** A language's catalogue file, the same JSON the app ships. */
export function catalogue(language: string): Catalogue {
	const file = new URL(`../src/lib/i18n/catalogues/${language}.json`, import.meta.url);
	return JSON.parse(readFileSync(file, 'utf8')) as Catalogue;
}
