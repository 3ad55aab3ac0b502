import { z } from 'zod';

/**
 * The languages the app speaks. Adding one is a catalogue per file (nl.ts, elements.nl.ts, …)
 * and a line here; Arabic is a concept translation of the chrome and one element, to prove
 * right-to-left, and says so in the picker.
 */
export const LANGUAGES = {
	nl: { name: 'Nederlands', locale: 'nl-NL', dir: 'ltr', concept: false },
	en: { name: 'English', locale: 'en-GB', dir: 'ltr', concept: false },
	ar: { name: 'العربية', locale: 'ar', dir: 'rtl', concept: true }
} as const;

export type Language = keyof typeof LANGUAGES;
export const LANGUAGE_IDS = Object.keys(LANGUAGES) as Language[];
export const languageSchema = z.enum(['nl', 'en', 'ar']);

const KEY = 'kansencirkel.language';

/** The interface language: switchable at any time, remembered on this device. */
class CurrentLanguage {
	current = $state<Language>('nl');

	/** Reads the remembered choice (a broken value falls back to Dutch). */
	load(): void {
		let stored: string | null = null;
		try {
			stored = localStorage.getItem(KEY);
		} catch {
			// Storage blocked: Dutch it is.
		}
		const parsed = languageSchema.safeParse(stored);
		this.set(parsed.success ? parsed.data : 'nl', false);
	}

	set(language: Language, remember = true): void {
		this.current = language;
		if (typeof document !== 'undefined') {
			document.documentElement.lang = LANGUAGES[language].locale;
			document.documentElement.dir = LANGUAGES[language].dir;
		}
		if (!remember) return;
		try {
			localStorage.setItem(KEY, language);
		} catch {
			// Not remembered, but switched.
		}
	}

	get locale(): string {
		return LANGUAGES[this.current].locale;
	}
}

export const language = new CurrentLanguage();

/**
 * One catalogue object that always answers in the current language. Reading a message reads
 * `language.current`, so Svelte re-renders whatever shows it when the language changes.
 */
export function localized<T extends object>(byLanguage: Record<Language, T>): T {
	return new Proxy(byLanguage.nl, {
		get: (_, key) => Reflect.get(byLanguage[language.current], key),
		has: (_, key) => Reflect.has(byLanguage[language.current], key),
		ownKeys: () => Reflect.ownKeys(byLanguage[language.current]),
		getOwnPropertyDescriptor: (_, key) =>
			Reflect.getOwnPropertyDescriptor(byLanguage[language.current], key)
	});
}

/** A partial (concept) catalogue on top of a complete one: missing messages come from `base`. */
export function withFallback<T>(base: T, partial: unknown): T {
	if (partial === undefined) return base;
	if (
		typeof base !== 'object' ||
		base === null ||
		Array.isArray(base) ||
		typeof partial !== 'object' ||
		partial === null
	) {
		return partial as T;
	}
	const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
	for (const [key, value] of Object.entries(partial)) {
		out[key] = withFallback((base as Record<string, unknown>)[key], value);
	}
	return out as T;
}
