import { language } from './language.svelte';

// Dates in the current language ("23 november 2026", "23 November 2026").

// A formatter is costly to make (a home list of 500 rows made 1,000): one per locale and style.
const formatters = new Map<string, Intl.DateTimeFormat>();

// A calendar day is formatted in UTC from its UTC midnight, so no time zone can shift it.
function formatter(style: 'date' | 'dateTime' | 'day' | 'month'): Intl.DateTimeFormat {
	const key = `${style} ${language.locale}`;
	let made = formatters.get(key);
	if (!made) {
		made = new Intl.DateTimeFormat(
			language.locale,
			style === 'dateTime'
				? { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }
				: style === 'month'
					? { month: 'long', year: 'numeric' }
					: {
							day: 'numeric',
							month: 'long',
							year: 'numeric',
							...(style === 'day' ? { timeZone: 'UTC' } : {})
						}
		);
		formatters.set(key, made);
	}
	return made;
}

export function formatDate(ms: number): string {
	return formatter('date').format(ms);
}

/** A moment's month ("september 2026"), for "dan in september 2026". */
export function formatMonth(ms: number): string {
	return formatter('month').format(ms);
}

export function formatDateTime(ms: number): string {
	return formatter('dateTime').format(ms);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD as a local calendar day ("23 november 2026"), never shifted by a time zone. */
export function formatDay(iso: string): string {
	const match = ISO_DAY.exec(iso.trim());
	if (!match) return iso;
	const [, y, mo, d] = match.map(Number) as [number, number, number, number];
	const date = new Date(Date.UTC(y, mo - 1, d));
	// 2026-02-31 is not a day: keep what was typed rather than show 3 March.
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
		return iso;
	return formatter('day').format(date);
}

/** An action's "when": a date becomes a date in words, words ("elke week") stay as typed. */
export function formatWhen(when: string): string {
	return ISO_DAY.test(when.trim()) ? formatDay(when) : when;
}
