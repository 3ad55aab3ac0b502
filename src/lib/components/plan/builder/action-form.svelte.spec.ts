import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { describe, expect, it, vi } from 'vitest';
import type { ActionDraft } from '$lib/domain/plan';
import ActionForm from './action-form.svelte';

const people = [
	{ id: 'kid', name: 'Sam' },
	{ id: 'juf', name: 'Mira (juf)' }
];

/** The form as the builder uses it: the draft lives outside and comes back in. */
async function mount(idPrefix: string, draft?: ActionDraft) {
	const onadd = vi.fn();
	const drafts: ActionDraft[] = [];
	const screen = await render(ActionForm, {
		idPrefix,
		people,
		draft,
		onadd,
		ondraft: (d: ActionDraft) => {
			drafts.push(d);
			void screen.rerender({ draft: d });
		}
	});
	return { onadd, drafts, screen };
}

describe('ActionForm', () => {
	it('does not add an action without wat or wie, and says why', async () => {
		const { onadd } = await mount('a');
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

	it('hands every change over as a draft, so nothing typed lives only in the form', async () => {
		const { drafts } = await mount('c');
		await page.getByLabelText('Wat gaat er gebeuren?').fill('Samen lezen');
		await page.getByLabelText('Wie doet het?').selectOptions('Sam');
		await page.getByLabelText('Wanneer?').fill('elke week');
		expect(drafts.at(-1)).toEqual({
			what: 'Samen lezen',
			who: 'kid',
			when: 'elke week',
			support: ''
		});
		await expect.element(page.getByText(/Wat je hier typt, wordt bewaard/)).toBeVisible();
	});

	it('shows a stored draft, and can empty it', async () => {
		const { drafts } = await mount('d', {
			what: 'Opa belt op zondag',
			who: 'juf',
			when: '',
			support: 'Ans'
		});
		await expect
			.element(page.getByLabelText('Wat gaat er gebeuren?'))
			.toHaveValue('Opa belt op zondag');
		await expect.element(page.getByLabelText('Wie doet het?')).toHaveValue('juf');
		await expect.element(page.getByLabelText('Wie helpt? (mag leeg)')).toHaveValue('Ans');
		await page.getByRole('button', { name: 'Velden leegmaken' }).click();
		expect(drafts.at(-1)).toEqual({ what: '', who: '', when: '', support: '' });
		await expect.element(page.getByLabelText('Wat gaat er gebeuren?')).toHaveValue('');
		await expect
			.element(page.getByRole('button', { name: 'Velden leegmaken' }))
			.not.toBeInTheDocument();
	});

	it('adds a valid action', async () => {
		const { onadd } = await mount('b');
		await page.getByLabelText('Wat gaat er gebeuren?').fill('  Samen lezen  ');
		await page.getByLabelText('Wie doet het?').selectOptions('Mira (juf)');
		await page.getByLabelText('Wanneer?').fill('elke week');
		await page.getByRole('button', { name: /Actie toevoegen/ }).click();
		expect(onadd).toHaveBeenCalledWith(
			expect.objectContaining({ what: 'Samen lezen', who: 'juf', when: 'elke week', support: '' })
		);
	});
});
