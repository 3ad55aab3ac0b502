import { compile, plural, select, type Compiled } from './compile';
import type { Bundle, CatalogueJson } from './shape';

// The part of the catalogue's shape the lock screen needs (the start texts, see
// scripts/vite-start-texts.js), apart from the rest, so the start page does not carry the
// shape of every screen. shape.ts builds the whole shape on it.

export type Secret = 'passphrase' | 'pin';
export const SECRET = ['passphrase', 'pin'] as const satisfies readonly Secret[];

export const LOCK = {
	repeat: select<[kind: Secret]>('kind', SECRET, 'kind'),
	mismatch: select<[kind: Secret]>('kind', SECRET, 'kind'),
	wrong: select<[kind: Secret]>('kind', SECRET, 'kind'),
	emptyAttempt: select<[kind: Secret]>('kind', SECRET, 'kind'),
	triesLeft: plural<[n: number]>('n', 'n'),
	wait: {
		minutes: plural<[n: number]>('n', 'n'),
		seconds: plural<[n: number]>('n', 'n')
	}
};

/** The lock screen's messages, with the wait in whole minutes or seconds. */
export function lockTexts(m: Compiled<CatalogueJson['messages']['lock'], typeof LOCK>) {
	return {
		...m,
		/** Whole minutes from two minutes on, seconds below. */
		wait: (seconds: number) =>
			seconds >= 120 ? m.wait.minutes(Math.ceil(seconds / 60)) : m.wait.seconds(seconds)
	};
}

/**
 * The start texts as a bundle: only their groups exist until the whole catalogue is loaded
 * (language.svelte.ts), and the screens that read other groups show only after that.
 */
export function startBundle(json: { messages: Record<string, unknown> }, locale: string): Bundle {
	const m = compile(json.messages, { lock: LOCK }, locale) as {
		lock: Compiled<CatalogueJson['messages']['lock'], typeof LOCK>;
	};
	return {
		m: { ...m, lock: lockTexts(m.lock) },
		export: {},
		backup: {},
		elements: {}
	} as unknown as Bundle;
}
