import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { describe, expect, it, vi } from 'vitest';
import ScoreInput from './score-input.svelte';

function setup(value: number | null = null) {
	const onchange = vi.fn();
	return {
		onchange,
		rendered: render(ScoreInput, { value, name: 's', legend: 'Cijfer van Sam', onchange })
	};
}

describe('ScoreInput', () => {
	it('offers the marks 1–10 and "nog geen antwoord" as one labelled group', async () => {
		await setup().rendered;
		const group = page.getByRole('group', { name: 'Cijfer van Sam' });
		await expect.element(group).toBeVisible();
		for (let i = 1; i <= 10; i++) {
			await expect
				.element(group.getByRole('radio', { name: String(i), exact: true }))
				.toBeVisible();
		}
		await expect.element(page.getByRole('radio', { name: 'Nog geen antwoord' })).toBeChecked();
	});

	it('shows a stored score as selected, distinct from no answer', async () => {
		await setup(7).rendered;
		await expect.element(page.getByRole('radio', { name: '7', exact: true })).toBeChecked();
		await expect.element(page.getByRole('radio', { name: 'Nog geen antwoord' })).not.toBeChecked();
	});

	it('reports a tapped score', async () => {
		const { onchange, rendered } = setup();
		await rendered;
		await page.getByRole('radio', { name: '8', exact: true }).click();
		expect(onchange).toHaveBeenLastCalledWith(8);
	});

	it('works with the keyboard: arrow keys move the choice', async () => {
		const { onchange, rendered } = setup(5);
		await rendered;
		(page.getByRole('radio', { name: '5', exact: true }).element() as HTMLElement).focus();
		await userEvent.keyboard('{ArrowRight}');
		expect(onchange).toHaveBeenLastCalledWith(6);
		await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
		expect(onchange).toHaveBeenLastCalledWith(4);
	});

	it('has touch targets of at least 44×44 px for every mark', async () => {
		await setup().rendered;
		const labels = document.querySelectorAll('label');
		expect(labels.length).toBe(11);
		for (const label of labels) {
			const box = label.getBoundingClientRect();
			expect(box.width).toBeGreaterThanOrEqual(44);
			expect(box.height).toBeGreaterThanOrEqual(44);
		}
	});
});
