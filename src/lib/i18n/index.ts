// The app's texts. Components only ever import from here; every export answers in the current
// language (see language.svelte.ts). The texts themselves are JSON, one file per language in
// catalogues/ (docs/translating.md); Dutch is the reference, and every catalogue loads when
// first needed (language.svelte.ts). The screens before unlocking import from ./texts instead,
// which holds the messages without the rest of this module.
import type { ElementId } from '$lib/domain/elements';
import type { Audience } from '$lib/domain/participant';
import { LANGUAGES, type Language } from '$lib/domain/languages';
import { language } from './language.svelte';
import type { ElementText } from './types';

export { m, backupText, exportText, languageLabel, type Messages } from './texts';

/** An element's texts, in the given language (a participant's own) or the app's. */
export function elementText(id: ElementId, lang: Language = language.current): ElementText {
	return language.bundle(lang).elements[id];
}

/**
 * An element's questions for one audience, in the given language. The adults' questions name
 * the child they are about ({child}: "Wanneer merk je dat Noor zich gehoord voelt?"); without a
 * named child they say "je kind" / "het kind" as before.
 */
export function questionsFor(
	id: ElementId,
	audience: Audience,
	lang: Language = language.current,
	child?: string
): string[] {
	const bundle = language.bundle(lang);
	const fallback =
		audience === 'parent' ? bundle.m.walk.childFallback.parent : bundle.m.walk.childFallback.other;
	const name = child?.trim() || fallback;
	return bundle.elements[id].questions[audience].map((q) => {
		const filled = q.replaceAll('{child}', name);
		// "je kind" at the start of a sentence: a capital, as the sentence needs.
		return q.startsWith('{child}') && !child?.trim()
			? filled.charAt(0).toLocaleUpperCase(LANGUAGES[lang].locale) + filled.slice(1)
			: filled;
	});
}

export { language } from './language.svelte';
export { LANGUAGES, LANGUAGE_IDS, type Language } from '$lib/domain/languages';
export { formatDate, formatDateTime, formatDay, formatMonth, formatWhen } from './dates';
