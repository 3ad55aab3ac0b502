import { z } from 'zod';
import { backupNl } from './backup.nl';
import { elementsNl } from './elements.nl';
import { exportNl } from './export.nl';
import { nl } from './nl';
import type { ElementCatalogue } from './types';

/** Every catalogue of one language. Dutch is built in; the others load when first needed. */
export interface Bundle {
	m: typeof nl;
	backup: typeof backupNl;
	export: typeof exportNl;
	elements: ElementCatalogue;
}

const DUTCH: Bundle = { m: nl, backup: backupNl, export: exportNl, elements: elementsNl };

const LOADERS: Record<Exclude<Language, 'nl'>, () => Promise<{ bundle: Bundle }>> = {
	en: () => import('./bundle.en'),
	ar: () => import('./bundle.ar')
};

/**
 * The languages the app speaks. Adding one is a catalogue per file (nl.ts, elements.nl.ts, …),
 * a bundle file and a line here; Arabic is a concept translation, to prove right-to-left, and
 * says so in the picker until a native speaker has checked it.
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
	#bundles = $state.raw<Partial<Record<Language, Bundle>>>({ nl: DUTCH });
	#loading = new Map<Language, Promise<void>>();

	/** Loads a language's catalogues (once); until then its texts come from Dutch. */
	ensure(language: Language): Promise<void> {
		if (this.#bundles[language]) return Promise.resolve();
		let loading = this.#loading.get(language);
		if (!loading) {
			loading = LOADERS[language as Exclude<Language, 'nl'>]().then(({ bundle }) => {
				this.#bundles = { ...this.#bundles, [language]: bundle };
			});
			this.#loading.set(language, loading);
		}
		return loading;
	}

	/** A language's catalogues, reactive: texts update when a language finishes loading. */
	bundle(language: Language = this.current): Bundle {
		const bundle = this.#bundles[language];
		if (!bundle) void this.ensure(language).catch(() => {});
		return bundle ?? DUTCH;
	}

	/** Reads the remembered choice (a broken value falls back to Dutch). */
	load(): Promise<void> {
		let stored: string | null = null;
		try {
			stored = localStorage.getItem(KEY);
		} catch {
			// Storage blocked: Dutch it is.
		}
		const parsed = languageSchema.safeParse(stored);
		return this.set(parsed.success ? parsed.data : 'nl', false);
	}

	/** Switches once the language's texts are there, so a screen never shows half of each. */
	set(language: Language, remember = true): Promise<void> {
		if (this.#bundles[language]) {
			this.#apply(language, remember);
			return Promise.resolve();
		}
		return this.ensure(language).then(() => this.#apply(language, remember));
	}

	#apply(language: Language, remember: boolean): void {
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
export function localized<K extends Exclude<keyof Bundle, 'elements'>>(part: K): Bundle[K] {
	const current = () => language.bundle()[part];
	return new Proxy(DUTCH[part], {
		get: (_, key) => Reflect.get(current(), key),
		has: (_, key) => Reflect.has(current(), key),
		ownKeys: () => Reflect.ownKeys(current()),
		getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(current(), key)
	});
}
