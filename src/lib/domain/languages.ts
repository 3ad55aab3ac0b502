/**
 * The one list of languages the app speaks; i18n (catalogues, picker, lang/dir) and the
 * participant schema (a person's own question language) both read it. Adding a language is a
 * line here plus its catalogue, src/lib/i18n/catalogues/<code>.json (see docs/translating.md).
 * A "concept" language is a translation no native speaker has checked yet: the picker says so.
 */
export const LANGUAGES = {
	nl: { name: 'Nederlands', locale: 'nl-NL', dir: 'ltr', status: 'complete' },
	en: { name: 'English', locale: 'en-GB', dir: 'ltr', status: 'complete' },
	ar: { name: 'العربية', locale: 'ar', dir: 'rtl', status: 'concept' }
} as const satisfies Record<string, LanguageInfo>;

export interface LanguageInfo {
	/** The language's name in itself, so anyone can find their own. */
	name: string;
	/** BCP 47 tag for lang="", dates and plural rules. */
	locale: string;
	dir: 'ltr' | 'rtl';
	status: 'concept' | 'complete';
}

export type Language = keyof typeof LANGUAGES;
export const LANGUAGE_IDS = Object.keys(LANGUAGES) as [Language, ...Language[]];

/** A value (a stored choice, a file's field) that names one of the app's languages. */
export function isLanguage(value: unknown): value is Language {
	return typeof value === 'string' && Object.hasOwn(LANGUAGES, value);
}

/** The reference language: built into the app, and the shape every other catalogue follows. */
export const SOURCE_LANGUAGE = 'nl' satisfies Language;
