// Test support (only tests import it): a stand-in for the browser's speechSynthesis.
import { vi } from 'vitest';

/** Records what it is asked to read; voices can arrive later, as in real browsers. */
export class FakeSynth extends EventTarget {
	voices: SpeechSynthesisVoice[] = [];
	spoken: SpeechSynthesisUtterance[] = [];
	getVoices = () => this.voices;
	speak = vi.fn((u: SpeechSynthesisUtterance) => void this.spoken.push(u));
	cancel = vi.fn();
	setVoices(voices: SpeechSynthesisVoice[]) {
		this.voices = voices;
		this.dispatchEvent(new Event('voiceschanged'));
	}
}

export class FakeUtterance {
	lang = '';
	voice: SpeechSynthesisVoice | null = null;
	onend: (() => void) | null = null;
	onerror: (() => void) | null = null;
	constructor(public text = '') {}
}

export const voice = (lang: string, name = lang) =>
	({ lang, name, voiceURI: name, default: false, localService: true }) as SpeechSynthesisVoice;

/** Puts a fresh fake in place of the browser's; undo with `vi.unstubAllGlobals()`. */
export function stubSpeech(voices: SpeechSynthesisVoice[] = []): FakeSynth {
	const synth = new FakeSynth();
	synth.voices = voices;
	vi.stubGlobal('speechSynthesis', synth);
	vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
	return synth;
}
