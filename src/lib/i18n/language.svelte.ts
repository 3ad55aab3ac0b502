import { LANGUAGES, languageSchema, SOURCE_LANGUAGE, type Language } from '$lib/domain/languages';
import dutch from './catalogues/nl.json';
import { compileBundle, type Bundle, type CatalogueJson } from './shape';

export type { Bundle } from './shape';

const DUTCH: Bundle = compileBundle(dutch, LANGUAGES[SOURCE_LANGUAGE].locale);

// Every other language is its own chunk, fetched (from the app's own origin, precached for
// offline use) when first chosen: Dutch-only use never downloads English or Arabic. A new
// catalogues/<code>.json is found without a line of code here.
const FILES = import.meta.glob<CatalogueJson>(['./catalogues/*.json', '!./catalogues/nl.json'], {
	import: 'default'
});

function loadBundle(language: Language): Promise<Bundle> {
	const file = FILES[`./catalogues/${language}.json`];
	if (!file) return Promise.reject(new Error(`No catalogue for ${language}`));
	return file().then((json) => compileBundle(json, LANGUAGES[language].locale));
}

const KEY = 'kansencirkel.language';

/** The interface language: switchable at any time, remembered on this device. */
class CurrentLanguage {
	current = $state<Language>(SOURCE_LANGUAGE);
	#bundles = $state.raw<Partial<Record<Language, Bundle>>>({ [SOURCE_LANGUAGE]: DUTCH });
	#loading = new Map<Language, Promise<void>>();
	#requests = 0;

	/** Loads a language's catalogues (once); until then its texts come from Dutch. */
	ensure(language: Language): Promise<void> {
		if (this.#bundles[language]) return Promise.resolve();
		let loading = this.#loading.get(language);
		if (!loading) {
			loading = loadBundle(language).then((bundle) => {
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
		return this.set(parsed.success ? parsed.data : SOURCE_LANGUAGE, false);
	}

	/**
	 * Switches once the language's texts are there, so a screen never shows half of each. The
	 * last choice wins: a language still loading does not switch once another was chosen.
	 */
	set(language: Language, remember = true): Promise<void> {
		const request = ++this.#requests;
		if (this.#bundles[language]) {
			this.#apply(language, remember);
			return Promise.resolve();
		}
		return this.ensure(language).then(() => {
			if (request === this.#requests) this.#apply(language, remember);
		});
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
