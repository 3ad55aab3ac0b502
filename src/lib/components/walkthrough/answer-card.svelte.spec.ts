import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyAnswer } from '$lib/domain/answer';
import type { Participant } from '$lib/domain/participant';
import { language } from '$lib/i18n';
import { stubSpeech, voice, type FakeSynth } from '$test/speech-fake';
import { elementsEn, elementsNl } from '$test/catalogues';
import AnswerCard from './answer-card.svelte';
import ElementHeader from './element-header.svelte';

const DUTCH = voice('nl-NL', 'Xander');
const ENGLISH = voice('en-GB', 'Daniel');
let synth: FakeSynth;

beforeEach(() => {
	void language.set('nl', false);
	synth = stubSpeech([voice('de-DE'), ENGLISH, DUTCH]);
});

afterEach(() => {
	vi.unstubAllGlobals();
	void language.set('nl', false);
});

function card(participant: Participant, more: { alone?: boolean; named?: boolean } = {}) {
	return render(AnswerCard, {
		participant,
		elementId: 'heard',
		answer: emptyAnswer('c', participant.id, 'heard'),
		onedit: () => {},
		...more
	});
}

const mo: Participant = { id: 'p1', name: 'Mo', role: 'child', ageGroup: '4-7' };
const sam: Participant = { id: 'p2', name: 'Sam', role: 'child', ageGroup: '8-12' };

describe('AnswerCard questions', () => {
	it('reads each question aloud, exactly as shown, with a Dutch voice', async () => {
		await card(sam);
		const region = page.getByRole('region', { name: /^Sam/ });
		const items = region.getByRole('listitem');
		const questions = elementsNl.heard.questions['child-8-12'];
		await expect.element(items.nth(0)).toBeVisible();
		expect(items.elements()).toHaveLength(questions.length);
		for (const [i, q] of questions.entries()) {
			const item = items.nth(i);
			await expect.element(item).toHaveTextContent(q);
			await item.getByRole('button', { name: /^Lees voor: / }).click();
			const spoken = synth.spoken.at(-1)!;
			expect(spoken.text).toBe(item.element().querySelector('.text')!.textContent);
			expect(spoken.text).toBe(q);
			expect(spoken.lang).toBe('nl-NL');
			expect(spoken.voice).toBe(DUTCH);
		}
		// Each new reading silences the one before.
		expect(synth.cancel).toHaveBeenCalledTimes(questions.length);
	});

	it('4–7: short questions in big type, the fuller question for the helper in small print', async () => {
		await card(mo);
		const short = elementsNl.heard.questions['child-4-7'];
		const fuller = elementsNl.heard.questions['child-8-12'];
		const items = page.getByRole('listitem');
		await expect.element(items.nth(0)).toBeVisible();
		for (const [i, q] of short.entries()) {
			const item = items.nth(i);
			await expect.element(item.getByText(q, { exact: true })).toBeVisible();
			await expect.element(item.getByRole('button', { name: `Lees voor: ${q}` })).toBeVisible();
			const helper = item.element().querySelector('.helper') as HTMLElement;
			expect(helper.textContent?.replace(/\s+/g, ' ').trim()).toBe(
				`Voor de volwassene die helpt: ${fuller[i]}`
			);
			const questionSize = parseFloat(
				getComputedStyle(item.element().querySelector('.text')!).fontSize
			);
			const helperSize = parseFloat(getComputedStyle(helper).fontSize);
			expect(helperSize).toBeLessThan(questionSize);
		}
		// The element's picture carries the meaning too, next to the faces.
		expect(document.querySelector('.question-block .element-icon')).not.toBeNull();
		await expect.element(page.getByRole('radio', { name: 'Heel blij' })).toBeInTheDocument();
	});

	it('older participants get neither the picture nor helper questions', async () => {
		await card(sam);
		await expect.element(page.getByRole('listitem').nth(0)).toBeVisible();
		expect(document.querySelector('.helper')).toBeNull();
		expect(document.querySelector('.question-block .element-icon')).toBeNull();
	});

	it("shows a participant's questions in their own language, the rest in the app's", async () => {
		await card({ ...sam, language: 'en' });
		const questions = elementsEn.heard.questions['child-8-12'];
		const block = document.querySelector('.question-block') as HTMLElement;
		expect(block.lang).toBe('en-GB');
		expect(block.dir).toBe('ltr');
		await expect.element(page.getByText(questions[0]!, { exact: true })).toBeVisible();
		await expect.element(page.getByText('Vragen in het English')).toBeVisible();
		// Labels and buttons stay Dutch.
		await expect.element(page.getByRole('group', { name: 'Cijfer van Sam' })).toBeVisible();
		await expect
			.element(page.getByRole('button', { name: 'Wat gaat goed?', exact: true }))
			.toBeVisible();

		await page.getByRole('button', { name: `Lees voor: ${questions[1]}` }).click();
		const spoken = synth.spoken.at(-1)!;
		expect(spoken.text).toBe(questions[1]);
		expect(spoken.lang).toBe('en-GB');
		expect(spoken.voice).toBe(ENGLISH);
	});

	it('says nothing about language when it is the app language', async () => {
		await card({ ...sam, language: 'nl' });
		await expect.element(page.getByRole('listitem').nth(0)).toBeVisible();
		expect(document.querySelector('.language-note')).toBeNull();
		expect((document.querySelector('.question-block') as HTMLElement).lang).toBe('nl-NL');
	});

	it('right-to-left questions are marked so, and read with an Arabic voice if there is one', async () => {
		synth.voices = [DUTCH, voice('ar-SA', 'Maged')];
		// Other languages load on first use; a moment later the card shows them.
		await language.ensure('ar');
		await card({ ...mo, language: 'ar' });
		const block = document.querySelector('.question-block') as HTMLElement;
		expect(block.lang).toBe('ar');
		expect(block.dir).toBe('rtl');
		await expect.element(page.getByText('Vragen in het العربية')).toBeVisible();
		const first = block.querySelector('.text')!.textContent!;
		await page.getByRole('button', { name: `Lees voor: ${first}` }).click();
		expect(synth.spoken.at(-1)!.voice?.name).toBe('Maged');
	});

	it('has no read-aloud buttons for a language without a voice', async () => {
		synth.voices = [DUTCH];
		await card({ ...sam, language: 'en' });
		await expect.element(page.getByRole('listitem').nth(0)).toBeVisible();
		expect(page.getByRole('listitem').getByRole('button').elements()).toHaveLength(0);
	});
});

describe('AnswerCard, compact', () => {
	it('notes are buttons until tapped; the score has "Nog geen antwoord" beside its legend', async () => {
		await card(sam);
		for (const label of ['Wat gaat goed?', 'Zorgen', 'Wat is nodig? Wensen']) {
			await expect.element(page.getByRole('button', { name: label, exact: true })).toBeVisible();
		}
		const legend = page.getByText('Cijfer van Sam', { exact: true }).element();
		const none = page.getByRole('radio', { name: 'Nog geen antwoord' }).element().closest('label')!;
		const [a, b] = [legend.getBoundingClientRect(), none.getBoundingClientRect()];
		// On one line: the two overlap in height.
		expect(b.top).toBeLessThan(a.bottom);
		expect(b.height).toBeGreaterThanOrEqual(44);
		await page.getByRole('button', { name: 'Zorgen', exact: true }).click();
		await expect.element(page.getByLabelText('Zorgen')).toHaveFocus();
	});

	it('alone, the card speaks to "jij"', async () => {
		await card(mo, { alone: true });
		await expect
			.element(page.getByRole('group', { name: 'Hoe voel jij je hierover?' }))
			.toBeVisible();
		await card(sam, { alone: true });
		await expect.element(page.getByRole('group', { name: 'Jouw cijfer' })).toBeVisible();
	});

	it('in a private turn the card leaves its name to the turn, but says about whom', async () => {
		await card(sam, { named: false });
		const heading = page.getByRole('heading', { level: 2, name: /^Sam/ });
		expect(heading.element().classList.contains('visually-hidden')).toBe(true);
		await expect.element(page.getByRole('region', { name: /^Sam/ })).toBeInTheDocument();
		await render(AnswerCard, {
			participant: { id: 'p3', name: 'Ans', role: 'parent' },
			about: { id: 'p2', name: 'Sam' },
			elementId: 'heard',
			answer: emptyAnswer('c', 'p3', 'heard', 0, 'p2'),
			named: false,
			onedit: () => {}
		});
		await expect
			.element(page.getByRole('heading', { level: 2, name: /^Ans.*over Sam$/ }))
			.toBeVisible();
	});

	it('4–7: the faces stay big, at least 48 px', async () => {
		await card(mo);
		await expect.element(page.getByRole('radio', { name: 'Heel blij' })).toBeInTheDocument();
		for (const svg of document.querySelectorAll('.faces .option svg')) {
			const box = svg.getBoundingClientRect();
			expect(box.width).toBeGreaterThanOrEqual(48);
			expect(box.height).toBeGreaterThanOrEqual(48);
		}
	});
});

describe('ElementHeader', () => {
	it("reads the element's explanation aloud in the app language", async () => {
		await render(ElementHeader, { elementId: 'heard' });
		const explanation = elementsNl.heard.explanation;
		await expect.element(page.getByText(explanation)).toBeVisible();
		await page.getByRole('button', { name: /^Lees voor: / }).click();
		expect(synth.spoken[0]!.text).toBe(explanation);
		expect(synth.spoken[0]!.lang).toBe('nl-NL');
		expect(synth.spoken[0]!.voice).toBe(DUTCH);
	});

	it('reads in English when the app speaks English', async () => {
		await language.set('en', false);
		await render(ElementHeader, { elementId: 'heard' });
		await page.getByRole('button', { name: /^Read aloud: / }).click();
		expect(synth.spoken[0]!.text).toBe(elementsEn.heard.explanation);
		expect(synth.spoken[0]!.voice).toBe(ENGLISH);
	});
});
