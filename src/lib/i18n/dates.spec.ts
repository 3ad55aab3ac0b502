import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDay, formatWhen } from './dates';
import { language } from './language.svelte';

afterEach(async () => {
	await language.set('nl', false);
});

const NOV_23 = new Date(2026, 10, 23, 14, 30).getTime();

describe('dates in the current language', () => {
	it('writes a date in words, and follows a language switch (formatters are kept per language)', async () => {
		await language.set('nl', false);
		expect(formatDate(NOV_23)).toBe('23 november 2026');
		expect(formatDateTime(NOV_23)).toMatch(/^23 nov\.?,? (om )?14:30$/);
		await language.set('en', false);
		expect(formatDate(NOV_23)).toMatch(/^(23 November 2026|November 23, 2026)$/);
		await language.set('nl', false);
		expect(formatDate(NOV_23)).toBe('23 november 2026');
	});

	it('reads a calendar day without a time-zone shift, and keeps what is not a day', () => {
		expect(formatDay('2026-11-23')).toBe('23 november 2026');
		expect(formatDay('2026-02-31')).toBe('2026-02-31');
		expect(formatWhen('elke week')).toBe('elke week');
	});
});
