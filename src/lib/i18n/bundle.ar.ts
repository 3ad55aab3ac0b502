// Arabic: a concept translation of the chrome and one element; every other message falls back
// to English, message by message.
import { arPartial, elementsArPartial } from './ar';
import { bundle as en } from './bundle.en';
import { withFallback, type Bundle } from './language.svelte';

export const bundle: Bundle = {
	m: withFallback(en.m, arPartial),
	backup: en.backup,
	export: en.export,
	elements: withFallback(en.elements, elementsArPartial)
};
