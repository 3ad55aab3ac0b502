/**
 * Reading texts aloud with the browser's own voices (Web Speech API), offline on most devices.
 * Nothing is sent anywhere by this app; a device without a voice for a language simply gets
 * no read-aloud button for it.
 */
import { createSubscriber } from 'svelte/reactivity';

function synth(): SpeechSynthesis | undefined {
	if (typeof globalThis.speechSynthesis === 'undefined') return undefined;
	if (typeof globalThis.SpeechSynthesisUtterance !== 'function') return undefined;
	return globalThis.speechSynthesis;
}

const normal = (lang: string) => lang.replace(/_/g, '-').toLowerCase();
const primary = (lang: string) => normal(lang).split('-')[0] ?? '';

/**
 * The best voice for a BCP-47 locale: the exact locale first (nl-NL), else any voice of that
 * language (nl-BE); among equals, the device's default and then an offline voice.
 */
export function findVoice(
	voices: readonly SpeechSynthesisVoice[],
	locale: string
): SpeechSynthesisVoice | undefined {
	const want = normal(locale);
	const language = primary(locale);
	const rank = (v: SpeechSynthesisVoice) =>
		(normal(v.lang) === want ? 4 : 0) + (v.default ? 2 : 0) + (v.localService ? 1 : 0);
	let best: SpeechSynthesisVoice | undefined;
	for (const voice of voices) {
		if (!voice.lang || primary(voice.lang) !== language) continue;
		if (!best || rank(voice) > rank(best)) best = voice;
	}
	return best;
}

// Voices often arrive after the page loads (Chrome announces them with `voiceschanged`).
const voicesChanged = createSubscriber((update) => {
	const s = synth();
	if (!s || typeof s.addEventListener !== 'function') return;
	s.addEventListener('voiceschanged', update);
	return () => s.removeEventListener('voiceschanged', update);
});

/**
 * The voice that would read `locale`, or undefined when there is none (or no speech at all).
 * Reactive: read inside a component or `$derived`, it updates when the voices change.
 */
export function voiceFor(locale: string): SpeechSynthesisVoice | undefined {
	voicesChanged();
	const s = synth();
	return s ? findVoice(s.getVoices(), locale) : undefined;
}

let active: { utterance: SpeechSynthesisUtterance; done: () => void } | undefined;

function finish(utterance: SpeechSynthesisUtterance): void {
	if (active?.utterance !== utterance) return;
	const { done } = active;
	active = undefined;
	done();
}

/**
 * Reads `text` aloud in `locale`, after silencing whatever was being read. `ondone` is called
 * once when this reading ends, fails or is stopped (also by the next `speak`).
 * Returns false when there is nothing to read with.
 */
export function speak(text: string, locale: string, ondone: () => void = () => {}): boolean {
	const s = synth();
	if (!s) return false;
	stop();
	const utterance = new SpeechSynthesisUtterance(text);
	utterance.lang = locale;
	const voice = findVoice(s.getVoices(), locale);
	if (voice) utterance.voice = voice;
	utterance.onend = () => finish(utterance);
	utterance.onerror = () => finish(utterance);
	active = { utterance, done: ondone };
	s.speak(utterance);
	return true;
}

/** Silences any reading. */
export function stop(): void {
	const current = active;
	active = undefined;
	synth()?.cancel();
	current?.done();
}
