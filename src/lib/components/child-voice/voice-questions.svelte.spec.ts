import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { describe, expect, it, vi } from 'vitest';
import VoiceQuestions from './voice-questions.svelte';

const QUESTIONS = [
	'Werd er naar mij geluisterd?',
	'Hebben we gepraat over wat ik belangrijk vind?',
	'Vond ik het zo goed?'
];

describe('VoiceQuestions', () => {
	it('asks a child three questions with five faces each and gives the chosen faces on "Klaar"', async () => {
		const ondone = vi.fn(async () => {});
		await render(VoiceQuestions, { name: 'Noor', youth: false, ondone, onskip: () => {} });
		await expect
			.element(page.getByRole('heading', { name: 'Noor, hoe vond jij dit gesprek?' }))
			.toBeVisible();
		for (const q of QUESTIONS) {
			const group = page.getByRole('group', { name: q });
			await expect.element(group.getByRole('radio', { name: 'Heel blij' })).toBeVisible();
			await expect.element(group.getByRole('radio', { name: 'Heel verdrietig' })).toBeVisible();
		}
		await page
			.getByRole('group', { name: QUESTIONS[0] })
			.getByRole('radio', { name: 'Heel blij' })
			.click();
		await page
			.getByRole('group', { name: QUESTIONS[2] })
			.getByRole('radio', { name: 'Verdrietig', exact: true })
			.click();
		// Changeable: another face replaces the first choice.
		await page
			.getByRole('group', { name: QUESTIONS[2] })
			.getByRole('radio', { name: 'Gaat wel' })
			.click();
		await page.getByRole('button', { name: 'Klaar' }).click();
		expect(ondone).toHaveBeenCalledWith({ heard: 5, important: null, overall: 3 });
	});

	it('uses slightly older words for a young person of 12–18', async () => {
		await render(VoiceQuestions, {
			name: 'Sem',
			youth: true,
			ondone: async () => {},
			onskip: () => {}
		});
		await expect
			.element(page.getByRole('group', { name: 'Voelde ik me gehoord in dit gesprek?' }))
			.toBeVisible();
		await expect.element(page.getByText('Werd er naar mij geluisterd?')).not.toBeInTheDocument();
	});

	it('can be skipped without giving anything, and says so when saving fails', async () => {
		const onskip = vi.fn();
		const ondone = vi.fn(async () => {
			throw new Error('vol');
		});
		await render(VoiceQuestions, { name: 'Noor', youth: false, ondone, onskip });
		await page.getByRole('button', { name: 'Overslaan' }).click();
		expect(onskip).toHaveBeenCalledOnce();
		expect(ondone).not.toHaveBeenCalled();
		await page.getByRole('button', { name: 'Klaar' }).click();
		await expect.element(page.getByRole('alert')).toHaveTextContent('Bewaren lukte niet');
	});

	it('works by keyboard, with large targets', async () => {
		const ondone = vi.fn(async () => {});
		await render(VoiceQuestions, { name: 'Noor', youth: false, ondone, onskip: () => {} });
		const first = page
			.getByRole('group', { name: QUESTIONS[0] })
			.getByRole('radio', { name: 'Blij', exact: true });
		(first.element() as HTMLElement).focus();
		await userEvent.keyboard(' ');
		await userEvent.keyboard('{ArrowRight}');
		(page.getByRole('button', { name: 'Klaar' }).element() as HTMLElement).focus();
		await userEvent.keyboard('{Enter}');
		expect(ondone).toHaveBeenCalledWith({ heard: 5, important: null, overall: null });
		for (const el of document.querySelectorAll('label.option, button')) {
			const box = el.getBoundingClientRect();
			expect(box.width).toBeGreaterThanOrEqual(44);
			expect(box.height).toBeGreaterThanOrEqual(44);
		}
	});
});
