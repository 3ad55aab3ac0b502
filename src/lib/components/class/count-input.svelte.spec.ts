import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { describe, expect, it, vi } from 'vitest';
import { emptyCounts, type FaceCounts } from '$lib/domain/class-session';
import CountInput from './count-input.svelte';

const NAMES = ['Heel verdrietig', 'Verdrietig', 'Gaat wel', 'Blij', 'Heel blij'];

/** The component as a page uses it: every change comes back as the new counts. */
async function counting(start: FaceCounts, present?: number) {
	let counts = start;
	const onchange = vi.fn((next: FaceCounts) => {
		counts = next;
		void screen.rerender({ counts: next });
	});
	const screen = await render(CountInput, {
		label: 'Handen tellen: Gehoord worden',
		counts,
		present,
		onchange
	});
	return { onchange, screen, counts: () => counts };
}

const spin = (face: string) => page.getByRole('spinbutton', { name: `Aantal bij ${face}` });

describe('CountInput', () => {
	it('counts hands per face with large, named − and + buttons', async () => {
		const { onchange, counts } = await counting(emptyCounts());
		const group = page.getByRole('group', { name: 'Handen tellen: Gehoord worden' });
		await expect.element(group).toBeVisible();
		for (const name of NAMES) {
			for (const label of [`Eén meer bij ${name}`, `Eén minder bij ${name}`]) {
				const box = page.getByRole('button', { name: label, exact: true }).element();
				expect(box.getBoundingClientRect().width).toBeGreaterThanOrEqual(44);
				expect(box.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
			}
			await expect.element(spin(name)).toHaveAttribute('aria-valuenow', '0');
		}
		await page.getByRole('button', { name: 'Eén meer bij Blij', exact: true }).click();
		await page.getByRole('button', { name: 'Eén meer bij Blij', exact: true }).click();
		await page.getByRole('button', { name: 'Eén meer bij Heel blij', exact: true }).click();
		expect(counts()).toEqual({ 1: 0, 2: 0, 3: 0, 4: 2, 5: 1 });
		await expect.element(spin('Blij')).toHaveTextContent('2');
		await expect.element(page.getByText('3 keuzes geteld')).toBeVisible();
		// A screen reader hears the new count after a tap.
		await expect.element(page.getByText('Heel blij: 1')).toBeInTheDocument();

		await page.getByRole('button', { name: 'Eén minder bij Blij', exact: true }).click();
		expect(counts()[4]).toBe(1);
		// Never below 0: a tap on − at 0 changes nothing.
		// It stays focusable (aria-disabled), so focus is not lost when a count reaches 0.
		onchange.mockClear();
		const less = page.getByRole('button', { name: 'Eén minder bij Gaat wel', exact: true });
		await expect.element(less).toHaveAttribute('aria-disabled', 'true');
		(less.element() as HTMLElement).click();
		expect(onchange).not.toHaveBeenCalled();
	});

	it('changes a focused row with the arrow keys and with + and −', async () => {
		const { counts } = await counting({ 1: 0, 2: 0, 3: 4, 4: 0, 5: 0 });
		(spin('Gaat wel').element() as HTMLElement).focus();
		await userEvent.keyboard('{ArrowUp}{ArrowUp}');
		expect(counts()[3]).toBe(6);
		await userEvent.keyboard('{ArrowDown}');
		expect(counts()[3]).toBe(5);
		await userEvent.keyboard('+');
		expect(counts()[3]).toBe(6);
		await userEvent.keyboard('-');
		await userEvent.keyboard('-');
		expect(counts()[3]).toBe(4);
		await expect.element(spin('Gaat wel')).toHaveAttribute('aria-valuenow', '4');
		// The same keys on the row's buttons; Tab reaches − , the count and + in turn.
		await userEvent.tab();
		expect(document.activeElement).toBe(
			page.getByRole('button', { name: 'Eén meer bij Gaat wel', exact: true }).element()
		);
		await userEvent.keyboard('{ArrowUp}');
		expect(counts()[3]).toBe(5);
		await userEvent.tab();
		expect(document.activeElement).toBe(
			page.getByRole('button', { name: 'Eén minder bij Blij', exact: true }).element()
		);
		await userEvent.keyboard('{ArrowDown}');
		expect(counts()[4]).toBe(0);
		await userEvent.keyboard('{ArrowUp}');
		expect(counts()).toEqual({ 1: 0, 2: 0, 3: 5, 4: 1, 5: 0 });
	});

	it('asks "Klopt dit?" above 60 on a face until the teacher confirms', async () => {
		const { counts } = await counting({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 60 });
		await expect.element(page.getByText(/Klopt dit\?/)).not.toBeInTheDocument();
		await page.getByRole('button', { name: 'Eén meer bij Heel blij', exact: true }).click();
		await expect.element(page.getByText('61 bij Heel blij. Klopt dit?')).toBeVisible();
		await page.getByRole('button', { name: 'Ja, dat klopt' }).click();
		await expect.element(page.getByText(/Klopt dit\?/)).not.toBeInTheDocument();
		expect(counts()[5]).toBe(61);
		expect(document.activeElement).toBe(spin('Heel blij').element());
		// More than what was confirmed asks again.
		await userEvent.keyboard('{ArrowUp}');
		await expect.element(page.getByText('62 bij Heel blij. Klopt dit?')).toBeVisible();
		// "Nee" puts the teacher on the count to correct it.
		await page.getByRole('button', { name: 'Nee, ik pas het aan' }).click();
		expect(document.activeElement).toBe(spin('Heel blij').element());
		await userEvent.keyboard('{ArrowDown}{ArrowDown}');
		expect(counts()[5]).toBe(60);
		await expect.element(page.getByText(/Klopt dit\?/)).not.toBeInTheDocument();
	});

	it('says kindly when the counts add up to more than the pupils present', async () => {
		await counting({ 1: 2, 2: 4, 3: 6, 4: 8, 5: 4 }, 24);
		await expect.element(page.getByText(/Je telde/)).not.toBeInTheDocument();
		await page.getByRole('button', { name: 'Eén meer bij Verdrietig', exact: true }).click();
		await page.getByRole('button', { name: 'Eén meer bij Verdrietig', exact: true }).click();
		await expect
			.element(
				page.getByText(
					'Je telde 26 keuzes, maar er zijn vandaag 24 leerlingen. Misschien is iemand twee keer geteld. Pas het gerust aan.'
				)
			)
			.toBeVisible();
		// It only informs: the teacher corrects it and it goes.
		await page.getByRole('button', { name: 'Eén minder bij Heel verdrietig', exact: true }).click();
		await page.getByRole('button', { name: 'Eén minder bij Heel verdrietig', exact: true }).click();
		await expect.element(page.getByText(/Je telde/)).not.toBeInTheDocument();
	});

	it('says nothing about the class size when the teacher did not give it', async () => {
		await counting({ 1: 20, 2: 20, 3: 20, 4: 0, 5: 0 });
		await expect.element(page.getByText('60 keuzes geteld')).toBeVisible();
		await expect.element(page.getByText(/leerlingen/)).not.toBeInTheDocument();
	});
});
