// Every language's catalogues, compiled and at hand without waiting for the lazy load, for specs
// that compare the screen with the catalogue (`elementsEn.heard.name`).
import { LANGUAGE_IDS, LANGUAGES, type Language } from '$lib/domain/languages';
import { compileBundle, type Bundle, type CatalogueJson } from '$lib/i18n/shape';

const files = import.meta.glob<CatalogueJson>('/src/lib/i18n/catalogues/*.json', {
	eager: true,
	import: 'default'
});

/** A language's catalogue file as it is, before compiling. */
export function catalogueJson(language: Language): CatalogueJson {
	const json = files[`/src/lib/i18n/catalogues/${language}.json`];
	if (!json) throw new Error(`No catalogue for ${language}`);
	return json;
}

export const bundles = Object.fromEntries(
	LANGUAGE_IDS.map((l) => [l, compileBundle(catalogueJson(l), LANGUAGES[l].locale)])
) as Record<Language, Bundle>;

export const elementsNl = bundles.nl.elements;
export const elementsEn = bundles.en.elements;
export const elementsAr = bundles.ar.elements;
export const backupNl = bundles.nl.backup;
