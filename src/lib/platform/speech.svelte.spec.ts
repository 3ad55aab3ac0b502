import { afterEach, describe, expect, it, vi } from 'vitest';
import { findVoice, speak, stop, voiceFor } from './speech';

const voice = (lang: string, name = lang, extra: Partial<SpeechSynthesisVoice> = {}) =>
	({
		lang,
		name,
		voiceURI: name,
		default: false,
		localService: true,
		...extra
	}) as SpeechSynthesisVoice;

function fakeSpeech(voices: SpeechSynthesisVoice[]) {
	const calls: string[] = [];
	const spoken: SpeechSynthesisUtterance[] = [];
	const synth = Object.assign(new EventTarget(), {
		getVoices: () => voices,
		speak: (u: SpeechSynthesisUtterance) => {
			calls.push(`speak ${u.text}`);
			spoken.push(u);
		},
		cancel: () => calls.push('cancel')
	});
	vi.stubGlobal('speechSynthesis', synth);
	vi.stubGlobal(
		'SpeechSynthesisUtterance',
		class {
			lang = '';
			voice: SpeechSynthesisVoice | null = null;
			onend: (() => void) | null = null;
			onerror: (() => void) | null = null;
			constructor(public text: string) {}
		}
	);
	return { calls, spoken };
}

afterEach(() => {
	stop();
	vi.unstubAllGlobals();
});

describe('findVoice', () => {
	it('prefers the exact locale, else any voice of the language', () => {
		const be = voice('nl-BE');
		const nl = voice('nl-NL');
		expect(findVoice([voice('en-GB'), be, nl], 'nl-NL')).toBe(nl);
		expect(findVoice([voice('en-GB'), be], 'nl-NL')).toBe(be);
		expect(findVoice([voice('en-US'), voice('de-DE')], 'nl-NL')).toBeUndefined();
		expect(findVoice([], 'nl-NL')).toBeUndefined();
	});

	it('matches by language prefix, case and separator aside', () => {
		const ar = voice('ar_SA');
		expect(findVoice([voice('en-GB'), ar], 'ar')).toBe(ar);
		const gb = voice('EN-gb');
		expect(findVoice([voice('en-US'), gb], 'en-GB')).toBe(gb);
		// "nl" is not "nn" or "nld-…" by accident.
		expect(findVoice([voice('nn-NO'), voice('')], 'nl-NL')).toBeUndefined();
	});

	it("among equals, takes the device's default voice", () => {
		const plain = voice('en-GB', 'plain');
		const chosen = voice('en-GB', 'chosen', { default: true });
		expect(findVoice([plain, chosen], 'en-GB')).toBe(chosen);
	});
});

describe('speak and stop', () => {
	it('silences what was being read before reading, with the language and voice set', () => {
		const dutch = voice('nl-NL', 'Xander');
		const { calls, spoken } = fakeSpeech([voice('en-GB'), dutch]);
		expect(speak('Hallo', 'nl-NL')).toBe(true);
		expect(calls).toEqual(['cancel', 'speak Hallo']);
		expect(spoken[0]!.lang).toBe('nl-NL');
		expect(spoken[0]!.voice).toBe(dutch);
	});

	it('tells the reader once when its reading is replaced, stopped or done', () => {
		const { spoken } = fakeSpeech([voice('nl-NL')]);
		const first = vi.fn();
		const second = vi.fn();
		speak('een', 'nl-NL', first);
		speak('twee', 'nl-NL', second);
		expect(first).toHaveBeenCalledTimes(1);
		expect(second).not.toHaveBeenCalled();
		// The browser reports the interrupted first reading late: nothing happens to the second.
		spoken[0]!.onerror?.(new Event('error') as SpeechSynthesisErrorEvent);
		expect(second).not.toHaveBeenCalled();
		spoken[1]!.onend?.(new Event('end') as SpeechSynthesisEvent);
		expect(second).toHaveBeenCalledTimes(1);
		stop();
		expect(second).toHaveBeenCalledTimes(1);
	});

	it('does nothing without speech in the browser', () => {
		vi.stubGlobal('speechSynthesis', undefined);
		expect(speak('Hallo', 'nl-NL')).toBe(false);
		expect(voiceFor('nl-NL')).toBeUndefined();
		expect(() => stop()).not.toThrow();
	});
});
