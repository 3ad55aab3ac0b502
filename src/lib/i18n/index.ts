// The app's texts. Today only Dutch; a later issue adds languages by adding catalogues
// with the same shape, so components only ever import from here.
import type { ElementId } from '$lib/domain/elements';
import { elementsNl } from './elements.nl';
import { nl } from './nl';
import type { ElementText } from './types';

export const m = nl;
export type Messages = typeof nl;

export function elementText(id: ElementId): ElementText {
	return elementsNl[id];
}

export const locale = 'nl-NL';

export function formatDate(ms: number): string {
	return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(
		ms
	);
}

export function formatDateTime(ms: number): string {
	return new Intl.DateTimeFormat(locale, {
		day: 'numeric',
		month: 'short',
		hour: '2-digit',
		minute: '2-digit'
	}).format(ms);
}
