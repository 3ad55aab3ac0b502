import { z } from 'zod';

/**
 * Every moment the app stores (createdAt, updatedAt, an agreement's `at`) lies in this range.
 * Bounded so one implausible value can never make a screen throw while formatting it
 * (`new Date(9007199254740991)` is an Invalid Date; Intl throws a RangeError on it). The lower
 * bound is 1970, not the app's birth: a tablet whose clock battery ran out starts at 1970, and
 * what is typed then must still be saved. Past 2100 is a crafted file, not a clock.
 */
export const MIN_TIMESTAMP = 0;
export const MAX_TIMESTAMP = Date.UTC(2100, 0, 1);

/** Milliseconds since 1970 (UTC), a whole number within [MIN_TIMESTAMP, MAX_TIMESTAMP]. */
export const timestampSchema = z
	.int({ error: 'time.invalid' })
	.min(MIN_TIMESTAMP, { error: 'time.invalid' })
	.max(MAX_TIMESTAMP, { error: 'time.invalid' });

export function isPlausibleTime(value: unknown): value is number {
	return timestampSchema.safeParse(value).success;
}

/** An ISO 8601 date-time (a backup's createdAt) whose moment is in the same range. */
export const isoTimestampSchema = z.iso
	.datetime({ offset: true })
	.refine((s) => isPlausibleTime(Date.parse(s)), { error: 'time.invalid' });
