import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { describe, expect, it, vi } from 'vitest';
import ActionForm from './action-form.svelte';

const people = [
	{ id: 'kid', name: 'Sam' },
	{ id: 'juf', name: 'Mira (juf)' }
];

describe('ActionForm', () => {
	it('does not add an action without wat or wie, and says why', async () => {
		const onadd = vi.fn();
		await render(ActionForm, { idPrefix: 'a', people, onadd });
		await page.getByRole('button', { name: /Actie toevoegen/ }).click();
		await expect.element(page.getByText('Schrijf op wat er gaat gebeuren.')).toBeVisible();
		await expect.element(page.getByLabelText('Wat gaat er gebeuren?')).toHaveFocus();
		await page.getByLabelText('Wat gaat er gebeuren?').fill('Samen lezen');
		await page.getByRole('button', { name: /Actie toevoegen/ }).click();
		await expect.element(page.getByText('Kies wie het doet.')).toBeVisible();
		await expect
			.element(page.getByLabelText('Wie doet het?'))
			.toHaveAttribute('aria-invalid', 'true');
		expect(onadd).not.toHaveBeenCalled();
	});

	it('adds a valid action and clears the form for the next one', async () => {
		const onadd = vi.fn();
		await render(ActionForm, { idPrefix: 'b', people, onadd });
		await page.getByLabelText('Wat gaat er gebeuren?').fill('  Samen lezen  ');
		await page.getByLabelText('Wie doet het?').selectOptions('Mira (juf)');
		await page.getByLabelText('Wanneer?').fill('elke week');
		await page.getByRole('button', { name: /Actie toevoegen/ }).click();
		expect(onadd).toHaveBeenCalledWith(
			expect.objectContaining({ what: 'Samen lezen', who: 'juf', when: 'elke week', support: '' })
		);
		await expect.element(page.getByLabelText('Wat gaat er gebeuren?')).toHaveValue('');
	});
});
