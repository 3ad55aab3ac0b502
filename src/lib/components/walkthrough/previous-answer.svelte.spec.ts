import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyAnswer } from '$lib/domain/answer';
import type { Participant } from '$lib/domain/participant';
import type { PreviousAnswer as Previous } from '$lib/domain/previous-answers';
import { language } from '$lib/i18n';
import AnswerCard from './answer-card.svelte';
import PreviousAnswer from './previous-answer.svelte';
import PreviousSwitch from './previous-switch.svelte';

beforeEach(() => {
	void language.set('nl', false);
});

const base = { participantId: 'p', childId: 'p', elementId: 'heard', shared: true } as const;

/** WCAG relative luminance of an `rgb(r, g, b)` colour. */
function luminance(rgb: string): number {
	const [r, g, b] = rgb
		.match(/\d+(\.\d+)?/g)!
		.slice(0, 3)
		.map((v) => {
			const c = Number(v) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

describe('PreviousAnswer', () => {
	it("says last time's score and notes in words, muted but with AA contrast", async () => {
		const previous: Previous = {
			...base,
			value: { kind: 'score', score: 6 },
			notes: [
				{ field: 'strengths', text: 'Mama luistert' },
				{ field: 'wishes', text: 'Vaker samen eten' }
			]
		};
		const screen = await render(PreviousAnswer, { previous });
		await expect.element(page.getByText('Vorige keer: 6')).toBeVisible();
		await expect.element(page.getByText('Mama luistert')).toBeVisible();
		expect(screen.container.textContent).toContain('Wat gaat goed? Mama luistert');
		expect(screen.container.textContent).toContain('Wat is nodig? Wensen: Vaker samen eten');
		// Label and text start on one line.
		const note = page.getByText('Mama luistert').element().getBoundingClientRect();
		const label = page.getByText('Wat gaat goed?').element().getBoundingClientRect();
		expect(Math.abs(note.top - label.top)).toBeLessThan(4);
		// No controls: last time's answer cannot be changed from here.
		expect(screen.container.querySelectorAll('input, button, textarea, a')).toHaveLength(0);
		const box = screen.container.querySelector('.previous')!;
		const style = getComputedStyle(box);
		expect(contrast(style.color, style.backgroundColor)).toBeGreaterThanOrEqual(4.5);
		// Muted: not the ink of today's answer.
		expect(style.color).not.toBe(getComputedStyle(document.body).color);
	});

	it('shows a face given last time as that face, named in words', async () => {
		const screen = await render(PreviousAnswer, {
			previous: { ...base, value: { kind: 'face', face: 4 }, notes: [] }
		});
		await expect.element(page.getByText('Vorige keer: het gezicht Blij')).toBeVisible();
		const svg = screen.container.querySelector('svg')!;
		expect(svg.getAttribute('aria-hidden')).toBe('true');
		expect(svg.getBoundingClientRect().width).toBeGreaterThan(20);
	});

	it('says there was no score when only notes were given', async () => {
		await render(PreviousAnswer, {
			previous: { ...base, value: null, notes: [{ field: 'worries', text: 'Moe' }] }
		});
		await expect.element(page.getByText('Vorige keer: geen cijfer')).toBeVisible();
		await expect.element(page.getByText('Moe')).toBeVisible();
	});
});

describe('AnswerCard with last time', () => {
	const noor: Participant = { id: 'noor', name: 'Noor', role: 'child', ageGroup: '8-12' };

	it("shows last time's answer inside the person's card, under the score", async () => {
		const screen = await render(AnswerCard, {
			participant: noor,
			elementId: 'heard',
			answer: emptyAnswer('c', 'noor', 'heard'),
			onedit: () => {},
			previous: { ...base, value: { kind: 'score', score: 3 }, notes: [] }
		});
		const region = page.getByRole('region', { name: /^Noor/ });
		await expect.element(region.getByText('Vorige keer: 3')).toBeVisible();
		const group = page.getByRole('group', { name: 'Cijfer van Noor' }).element();
		const shown = screen.container.querySelector('.previous')!;
		expect(group.compareDocumentPosition(shown) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
		// Today's score is still empty: last time's is not filled in for them.
		await expect.element(page.getByRole('radio', { name: 'Nog geen antwoord' })).toBeChecked();
	});

	it('has no trace of last time without one', async () => {
		const screen = await render(AnswerCard, {
			participant: noor,
			elementId: 'heard',
			answer: emptyAnswer('c', 'noor', 'heard'),
			onedit: () => {}
		});
		await expect.element(page.getByRole('group', { name: 'Cijfer van Noor' })).toBeVisible();
		expect(screen.container.textContent).not.toContain('Vorige keer');
	});
});

describe('PreviousSwitch', () => {
	it('is a named switch, on by default, that turns off by tap and by keyboard', async () => {
		const onchange = vi.fn();
		await render(PreviousSwitch, { checked: true, onchange });
		const toggle = page.getByRole('switch', { name: 'Vorige keer tonen' });
		await expect.element(toggle).toBeChecked();
		await toggle.click();
		expect(onchange).toHaveBeenLastCalledWith(false);
		await expect.element(toggle).not.toBeChecked();
		(toggle.element() as HTMLElement).focus();
		await userEvent.keyboard(' ');
		expect(onchange).toHaveBeenLastCalledWith(true);
		// A large enough target, one line.
		const label = toggle.element().closest('label')!.getBoundingClientRect();
		expect(label.height).toBeGreaterThanOrEqual(24);
		expect(label.height).toBeLessThan(60);
	});
});
