// The app's texts. Components only ever import from here; every export answers in the current
// language (see language.svelte.ts). Dutch is the source and built in; English and Arabic (a
// concept translation, to be checked by a native speaker) load when first used.
import type { ElementId } from '$lib/domain/elements';
import { language, localized, type Language } from './language.svelte';
import type { nl } from './nl';
import type { ElementText } from './types';

export type Messages = typeof nl;

export const m: Messages = localized('m');
export const backupText = localized('backup');
export const exportText = localized('export');

/** An element's texts, in the given language (a participant's own) or the app's. */
export function elementText(id: ElementId, lang: Language = language.current): ElementText {
	return language.bundle(lang).elements[id];
}

export { language, LANGUAGES, LANGUAGE_IDS, type Language } from './language.svelte';
export { formatDate, formatDateTime, formatDay, formatWhen } from './dates';
