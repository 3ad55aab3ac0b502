// The app's texts. Components only ever import from here; every export answers in the current
// language (see language.svelte.ts). The texts themselves are JSON, one file per language in
// catalogues/ (docs/translating.md); Dutch is the reference and built in, the others load when
// first used.
import type { ElementId } from '$lib/domain/elements';
import { LANGUAGES, type Language } from '$lib/domain/languages';
import { language, localized } from './language.svelte';
import type { Messages } from './shape';
import type { ElementText } from './types';

export type { Messages } from './shape';

export const m: Messages = localized('m');
export const backupText = localized('backup');
export const exportText = localized('export');

/** An element's texts, in the given language (a participant's own) or the app's. */
export function elementText(id: ElementId, lang: Language = language.current): ElementText {
	return language.bundle(lang).elements[id];
}

/** A language as the pickers show it: its own name, and "(concept)" until it is checked. */
export function languageLabel(id: Language): string {
	const { name, status } = LANGUAGES[id];
	return status === 'concept' ? `${name} (${m.app.concept})` : name;
}

export { language } from './language.svelte';
export { LANGUAGES, LANGUAGE_IDS, type Language } from '$lib/domain/languages';
export { formatDate, formatDateTime, formatDay, formatWhen } from './dates';
