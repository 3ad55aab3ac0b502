// The app's texts. Components only ever import from here; every export answers in the current
// language (see language.svelte.ts). Dutch is the source; English is complete; Arabic is a
// concept translation of the chrome and one element, falling back to English.
import type { ElementId } from '$lib/domain/elements';
import { arPartial, elementsArPartial } from './ar';
import { backupEn } from './backup.en';
import { backupNl } from './backup.nl';
import { elementsEn } from './elements.en';
import { elementsNl } from './elements.nl';
import { en } from './en';
import { exportEn } from './export.en';
import { exportNl } from './export.nl';
import { language, localized, withFallback, type Language } from './language.svelte';
import { nl } from './nl';
import type { ElementCatalogue, ElementText } from './types';

export type Messages = typeof nl;

export const m: Messages = localized({ nl, en, ar: withFallback(en, arPartial) });
export const backupText = localized({ nl: backupNl, en: backupEn, ar: backupEn });
export const exportText = localized({ nl: exportNl, en: exportEn, ar: exportEn });

const elements: Record<Language, ElementCatalogue> = {
	nl: elementsNl,
	en: elementsEn,
	ar: withFallback(elementsEn, elementsArPartial)
};

/** An element's texts, in the given language (a participant's own) or the app's. */
export function elementText(id: ElementId, lang: Language = language.current): ElementText {
	return elements[lang][id];
}

export { language, LANGUAGES, LANGUAGE_IDS, type Language } from './language.svelte';

export { formatDate, formatDateTime, formatDay, formatWhen } from './dates';
