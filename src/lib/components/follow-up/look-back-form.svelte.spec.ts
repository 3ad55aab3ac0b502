import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { describe, expect, it, vi } from 'vitest';
import { emptyPlan, type Plan } from '$lib/domain/plan';
import type { ActionLookBack } from '$lib/domain/series';
import LookBackForm from './look-back-form.svelte';

const plan: Plan = {
	...emptyPlan('c1', 1),
	focus: [
		{
			elementId: 'safe',
			childId: 'kid',
			goal: 'Rustig slapen',
			actions: [
				{ id: 'a1', what: 'Elke avond voorlezen', who: 'mum', when: '', support: '' },
				{ id: 'a2', what: 'Nachtlampje kopen', who: 'kid', when: '', support: '' }
			]
		},
		{ elementId: 'heard', childId: null, goal: 'Samen eten', actions: [] }
	]
};
const names: Record<string, string> = { mum: 'Mama', kid: 'Noor' };
const nameOf = (id: string) => names[id] ?? id;
const blank = (actionId: string): ActionLookBack => ({ actionId, outcome: null, note: '' });

describe('LookBackForm', () => {
	it('asks per goal how it is going, on five steps in words, and what became of each action', async () => {
		const onrate = vi.fn();
		const onmark = vi.fn();
		await render(LookBackForm, {
			plan,
			nameOf,
			action: blank,
			rating: () => null,
			onmark,
			onrate
		});
		// Ordered as the wheel: "Gehoord worden" before "Veilig zijn".
		const headings = page.getByRole('heading', { level: 2 }).elements();
		expect(headings.map((h) => h.textContent?.trim())).toEqual(['Gehoord worden', 'Veilig zijn']);
		const safe = page.getByRole('region', { name: 'Veilig zijn' });
		await expect.element(safe.getByText('Voor Noor')).toBeVisible();
		await expect.element(safe.getByText('Doel: Rustig slapen')).toBeVisible();
		const goal = safe.getByRole('group', { name: 'Hoe staat het ervoor?' });
		for (const step of [
			'Veel slechter dan we hoopten',
			'Slechter dan we hoopten',
			'Zoals we hoopten',
			'Beter dan we hoopten',
			'Veel beter dan we hoopten'
		]) {
			await expect.element(goal.getByRole('radio', { name: step, exact: true })).toBeVisible();
		}
		await goal.getByRole('radio', { name: 'Beter dan we hoopten', exact: true }).click();
		expect(onrate).toHaveBeenLastCalledWith('safe', 1);

		const read = safe.getByRole('group', { name: 'Elke avond voorlezen (Mama)' });
		await read.getByRole('radio', { name: 'Deels' }).click();
		expect(onmark).toHaveBeenLastCalledWith('a1', { outcome: 'partly' });
		await read.getByLabelText('Korte notitie (mag leeg blijven)').fill('Soms');
		expect(onmark).toHaveBeenLastCalledWith('a1', { note: 'Soms' });
		const lamp = safe.getByRole('group', { name: 'Nachtlampje kopen (Noor)' });
		for (const o of ['Gedaan', 'Deels', 'Niet gedaan', 'Niet meer nodig']) {
			await expect.element(lamp.getByRole('radio', { name: o, exact: true })).toBeVisible();
		}
		await expect
			.element(
				page.getByRole('region', { name: 'Gehoord worden' }).getByText('Voor het hele gezin')
			)
			.toBeVisible();
		await expect.element(page.getByText('Bij dit doel stonden geen acties.')).toBeVisible();
	});

	it('shows what was marked before, works with the keyboard, and has large targets', async () => {
		const onmark = vi.fn();
		await render(LookBackForm, {
			plan,
			nameOf,
			action: (id: string) =>
				id === 'a1' ? { actionId: id, outcome: 'done' as const, note: 'Elke dag' } : blank(id),
			rating: (e: string) => (e === 'safe' ? 2 : null),
			onmark,
			onrate: () => {}
		});
		const read = page.getByRole('group', { name: 'Elke avond voorlezen (Mama)' });
		await expect.element(read.getByRole('radio', { name: 'Gedaan', exact: true })).toBeChecked();
		await expect
			.element(read.getByLabelText('Korte notitie (mag leeg blijven)'))
			.toHaveValue('Elke dag');
		await expect
			.element(
				page
					.getByRole('region', { name: 'Veilig zijn' })
					.getByRole('radio', { name: 'Veel beter dan we hoopten' })
			)
			.toBeChecked();
		(read.getByRole('radio', { name: 'Gedaan', exact: true }).element() as HTMLElement).focus();
		await userEvent.keyboard('{ArrowRight}');
		expect(onmark).toHaveBeenLastCalledWith('a1', { outcome: 'partly' });
		for (const label of document.querySelectorAll('label.tile')) {
			const box = label.getBoundingClientRect();
			expect(box.width).toBeGreaterThanOrEqual(44);
			expect(box.height).toBeGreaterThanOrEqual(44);
		}
	});

	it('shows faces beside the steps for the youngest', async () => {
		await render(LookBackForm, {
			plan,
			nameOf,
			faces: true,
			action: blank,
			rating: () => null,
			onmark: () => {},
			onrate: () => {}
		});
		const goal = page.getByRole('region', { name: 'Veilig zijn' }).getByRole('group', {
			name: 'Hoe staat het ervoor?'
		});
		expect(goal.element().querySelectorAll('label svg')).toHaveLength(5);
	});
});
