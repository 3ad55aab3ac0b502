import { isLanguage, LANGUAGES, SOURCE_LANGUAGE, type Language } from '$lib/domain/languages';
import startTexts from 'virtual:start-texts';
import type { Bundle, CatalogueJson } from './shape';
import { startBundle } from './shape-start';

export type { Bundle } from './shape';

// The start page carries only the Dutch texts of the screens before unlocking (the lock screen,
// see scripts/vite-start-texts.js); the rest of every screen's texts are there before any of
// those screens shows (`prepare`, awaited by the layout).
const START: Bundle = startBundle(startTexts, LANGUAGES[SOURCE_LANGUAGE].locale);

// Every catalogue is its own chunk, fetched (from the app's own origin, precached for offline
// use) when first needed: Dutch-only use never downloads English or Arabic. A new
// catalogues/<code>.json is found without a line of code here.
const FILES = import.meta.glob<CatalogueJson>('./catalogues/*.json', { import: 'default' });

function loadBundle(language: Language): Promise<Bundle> {
	const file = FILES[`./catalogues/${language}.json`];
	if (!file) return Promise.reject(new Error(`No catalogue for ${language}`));
	return Promise.all([file(), import('./shape')]).then(([json, shape]) =>
		shape.compileBundle(json, LANGUAGES[language].locale)
	);
}

const KEY = 'kansencirkel.language';

/** The interface language: switchable at any time, remembered on this device. */
class CurrentLanguage {
	current = $state<Language>(SOURCE_LANGUAGE);
	#bundles = $state.raw<Partial<Record<Language, Bundle>>>({});
	#loading = new Map<Language, Promise<void>>();
	#requests = 0;

	/** Loads a language's catalogues (once); until then its texts come from Dutch. */
	ensure(language: Language): Promise<void> {
		if (this.#bundles[language]) return Promise.resolve();
		let loading = this.#loading.get(language);
		if (!loading) {
			loading = loadBundle(language).then(
				(bundle) => {
					this.#bundles = { ...this.#bundles, [language]: bundle };
				},
				(error: unknown) => {
					// Offline before the precache was complete, for instance: a later call tries again.
					this.#loading.delete(language);
					throw error;
				}
			);
			this.#loading.set(language, loading);
		}
		return loading;
	}

	/**
	 * Loads everything the screens behind the lock need: the whole Dutch catalogue (the
	 * reference every other language falls back on) and the current language's.
	 */
	prepare(): Promise<void> {
		return Promise.all([this.ensure(SOURCE_LANGUAGE), this.ensure(this.current)]).then(() => {});
	}

	/** Whether every text of the current language is there (see `prepare`). */
	get complete(): boolean {
		return !!this.#bundles[SOURCE_LANGUAGE] && !!this.#bundles[this.current];
	}

	/**
	 * A language's catalogues, reactive: texts update when a language finishes loading. Until
	 * then they come from Dutch; before `prepare`, only the lock screen's Dutch texts exist.
	 */
	bundle(language: Language = this.current): Bundle {
		const bundle = this.#bundles[language];
		// Dutch loads only through `prepare`: the lock screen must not fetch it on its own.
		if (!bundle && language !== SOURCE_LANGUAGE) void this.ensure(language).catch(() => {});
		return bundle ?? this.#bundles[SOURCE_LANGUAGE] ?? START;
	}

	/** Reads the remembered choice (a broken value falls back to Dutch). */
	load(): Promise<void> {
		let stored: string | null = null;
		try {
			stored = localStorage.getItem(KEY);
		} catch {
			// Storage blocked: Dutch it is.
		}
		return this.set(isLanguage(stored) ? stored : SOURCE_LANGUAGE, false);
	}

	/**
	 * Switches once the language's texts are there, so a screen never shows half of each. The
	 * last choice wins: a language still loading does not switch once another was chosen.
	 */
	set(language: Language, remember = true): Promise<void> {
		const request = ++this.#requests;
		// Dutch switches at once: its lock-screen texts are built in, the rest come with `prepare`.
		if (this.#bundles[language] || language === SOURCE_LANGUAGE) {
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
	return new Proxy(START[part], {
		get: (_, key) => Reflect.get(current(), key),
		has: (_, key) => Reflect.has(current(), key),
		ownKeys: () => Reflect.ownKeys(current()),
		getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(current(), key)
	});
}
