import type { Moment, SeriesPerson, Value } from '$lib/domain/series-change';
import { scoreToFace } from '$lib/domain/score';
import { formatDate, m } from '$lib/i18n';

// How the over-time views name a moment and a compared score, in the current language.

/** "Gesprek 2": the conversation's place in its series, as home's card counts it. */
export const momentName = (mo: Moment): string => m.overTime.moment(mo.sequence);

/** "Gesprek 2, 13 april 2026". */
export const momentFull = (mo: Moment): string =>
	m.overTime.momentOn(mo.sequence, formatDate(mo.createdAt));

/** A compared score in words: the number, or the face's name on the five-face scale. */
export function valueText(
	value: Exclude<Value, null>,
	person: Pick<SeriesPerson, 'scale'>
): string {
	return person.scale === 'faces' ? m.faces[scoreToFace(value)] : String(value);
}
