import { z } from 'zod';

/**
 * How long a text is, as people see it while typing: UTF-16 code units, which is what a
 * textarea's `maxlength` counts (an emoji counts 2). zod's `.max` counts code points, so every
 * length limit on user text goes through this one count: the schema, the counter and the tests.
 */
export function textLength(s: string): number {
	return s.length;
}

/** A string of at most `max` units (textLength). */
export function limitedText(max: number, error: string) {
	return z.string().refine((s) => textLength(s) <= max, { error });
}
