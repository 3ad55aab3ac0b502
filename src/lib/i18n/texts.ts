// The messages themselves, apart from the rest of $lib/i18n (element texts, dates), so the
// screens before unlocking can import them without the rest: the lock screen, the layout and
// the language picker import from here, every other component from $lib/i18n.
import { LANGUAGES, type Language } from '$lib/domain/languages';
import { localized } from './language.svelte';
import type { Messages } from './shape';

export type { Messages } from './shape';

export const m: Messages = localized('m');
export const backupText = localized('backup');
export const exportText = localized('export');

/** A language as the pickers show it: its own name, and "(concept)" until it is checked. */
export function languageLabel(id: Language): string {
	const { name, status } = LANGUAGES[id];
	return status === 'concept' ? `${name} (${m.app.concept})` : name;
}

export { language } from './language.svelte';
export { LANGUAGES, LANGUAGE_IDS, type Language } from '$lib/domain/languages';
