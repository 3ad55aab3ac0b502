import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { language } from '$lib/i18n';
import { stubSpeech, voice, type FakeSynth } from '$test/speech-fake';
import ReadAloud from './read-aloud.svelte';

let synth: FakeSynth;

beforeEach(() => {
	void language.set('nl', false);
	synth = stubSpeech();
});

afterEach(() => {
	vi.unstubAllGlobals();
});

const TEXT = 'Wie luistert goed naar jou?';

describe('ReadAloud', () => {
	it('reads the text in its language with a matching voice', async () => {
		const dutch = voice('nl-NL', 'Xander');
		synth.voices = [voice('en-GB'), voice('nl-BE'), dutch];
		await render(ReadAloud, { text: TEXT, lang: 'nl-NL' });
		const button = page.getByRole('button', { name: `Lees voor: ${TEXT}` });
		await expect.element(button).toHaveAttribute('type', 'button');
		await button.click();
		expect(synth.speak).toHaveBeenCalledTimes(1);
		const spoken = synth.spoken[0]!;
		expect(spoken.text).toBe(TEXT);
		expect(spoken.lang).toBe('nl-NL');
		expect(spoken.voice).toBe(dutch);
	});

	it('shows a stop state while reading, and stops when pressed again', async () => {
		synth.voices = [voice('nl-NL')];
		await render(ReadAloud, { text: TEXT, lang: 'nl-NL' });
		await page.getByRole('button', { name: `Lees voor: ${TEXT}` }).click();
		const stop = page.getByRole('button', { name: 'Stop met voorlezen' });
		await expect.element(stop).toBeVisible();
		const cancels = synth.cancel.mock.calls.length;
		await stop.click();
		expect(synth.cancel.mock.calls.length).toBe(cancels + 1);
		await expect.element(page.getByRole('button', { name: `Lees voor: ${TEXT}` })).toBeVisible();
	});

	it('returns to "read aloud" when the reading ends by itself', async () => {
		synth.voices = [voice('nl-NL')];
		await render(ReadAloud, { text: TEXT, lang: 'nl-NL' });
		await page.getByRole('button', { name: `Lees voor: ${TEXT}` }).click();
		await expect.element(page.getByRole('button', { name: 'Stop met voorlezen' })).toBeVisible();
		synth.spoken[0]!.onend?.(new Event('end') as SpeechSynthesisEvent);
		await expect.element(page.getByRole('button', { name: `Lees voor: ${TEXT}` })).toBeVisible();
	});

	it('is absent without a voice for the language', async () => {
		synth.voices = [voice('en-GB')];
		const { container } = await render(ReadAloud, { text: TEXT, lang: 'nl-NL' });
		expect(container.querySelector('button')).toBeNull();
	});

	it('is absent when the browser cannot speak at all', async () => {
		vi.stubGlobal('speechSynthesis', undefined);
		const { container } = await render(ReadAloud, { text: TEXT, lang: 'nl-NL' });
		expect(container.querySelector('button')).toBeNull();
	});

	it('appears when the voices arrive later', async () => {
		await render(ReadAloud, { text: TEXT, lang: 'nl-NL' });
		const button = page.getByRole('button', { name: `Lees voor: ${TEXT}` });
		await expect.element(button).not.toBeInTheDocument();
		synth.setVoices([voice('nl-NL')]);
		await expect.element(button).toBeVisible();
	});

	it('stops reading when it goes away', async () => {
		synth.voices = [voice('nl-NL')];
		const { unmount } = await render(ReadAloud, { text: TEXT, lang: 'nl-NL' });
		await page.getByRole('button', { name: `Lees voor: ${TEXT}` }).click();
		const cancels = synth.cancel.mock.calls.length;
		await unmount();
		expect(synth.cancel.mock.calls.length).toBe(cancels + 1);
	});

	it('stops reading when the text changes (the next element) or the page is hidden', async () => {
		synth.voices = [voice('nl-NL')];
		const { rerender } = await render(ReadAloud, { text: TEXT, lang: 'nl-NL' });
		await page.getByRole('button', { name: `Lees voor: ${TEXT}` }).click();
		let cancels = synth.cancel.mock.calls.length;
		await rerender({ text: 'Met wie speel je graag?' });
		expect(synth.cancel.mock.calls.length).toBe(cancels + 1);
		await expect
			.element(page.getByRole('button', { name: 'Lees voor: Met wie speel je graag?' }))
			.toBeVisible();

		await page.getByRole('button', { name: 'Lees voor: Met wie speel je graag?' }).click();
		cancels = synth.cancel.mock.calls.length;
		window.dispatchEvent(new PageTransitionEvent('pagehide'));
		expect(synth.cancel.mock.calls.length).toBe(cancels + 1);
		await expect
			.element(page.getByRole('button', { name: 'Lees voor: Met wie speel je graag?' }))
			.toBeVisible();
	});

	it('shortens a long text in its name and is at least 44×44 px', async () => {
		synth.voices = [voice('nl-NL')];
		const long =
			'Mensen luisteren naar je, nemen je serieus en je mag meepraten over wat jou aangaat.';
		await render(ReadAloud, { text: long, lang: 'nl-NL' });
		const button = page.getByRole('button', { name: /^Lees voor: Mensen luisteren/ });
		await expect
			.element(button)
			.toHaveAccessibleName(
				'Lees voor: Mensen luisteren naar je, nemen je serieus en je mag meepraten over wat jou…'
			);
		const box = button.element().getBoundingClientRect();
		expect(box.width).toBeGreaterThanOrEqual(44);
		expect(box.height).toBeGreaterThanOrEqual(44);
		await button.click();
		expect(synth.spoken[0]!.text).toBe(long);
	});
});
