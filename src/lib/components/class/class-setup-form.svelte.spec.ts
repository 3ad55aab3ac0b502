import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { describe, expect, it } from 'vitest';
import { ClassSetupForm } from '$lib/state/class-setup.svelte';
import ClassSetupFormView from './class-setup-form.svelte';

async function show(form = new ClassSetupForm()) {
	const submitted: number[] = [];
	const kinds: string[] = [];
	await render(ClassSetupFormView, {
		form,
		onsubmit: () => {
			form.submitted = true;
			form.validate();
			submitted.push(1);
		},
		onkind: (k: string) => kinds.push(k)
	});
	return { form, submitted, kinds };
}

describe('the class set-up form', () => {
	it('says what is missing, next to each field, and in one summary', async () => {
		const { form } = await show();
		await page.getByRole('button', { name: 'Start het klasgesprek' }).click();
		await expect.element(page.getByRole('alert')).toHaveTextContent('Controleer de velden');
		await expect.element(page.getByText('Vul een naam in.')).toBeVisible();
		await expect.element(page.getByText('Kies voor welke leeftijd de vragen zijn.')).toBeVisible();
		await expect.element(page.getByText('Kies minstens één element.')).toBeVisible();
		await expect
			.element(page.getByLabelText('Naam van de groep'))
			.toHaveAttribute('aria-invalid', 'true');
		expect(form.errors).toMatchObject({
			group: 'name.empty',
			level: 'level.required',
			elements: 'elements.required'
		});
	});

	it('takes the number present only as a whole number from 1 to 60, or empty', async () => {
		const { form } = await show();
		form.group = 'groep 7';
		form.level = 'po-boven';
		form.toggle('safe');
		for (const [typed, ok] of [
			['', true],
			['24', true],
			['0', false],
			['61', false],
			['2,5', false],
			['twintig', false]
		] as const) {
			form.present = typed;
			expect(form.validate(), typed).toBe(ok);
		}
		form.present = 'twintig';
		await page.getByRole('button', { name: 'Start het klasgesprek' }).click();
		await expect
			.element(page.getByText('Vul een heel getal in van 1 tot 60, of laat het leeg.'))
			.toBeVisible();
	});

	it('keeps the elements in the order they were ticked, and moves them with ↑ and ↓', async () => {
		const { form } = await show();
		await page.getByRole('checkbox', { name: 'Veilig zijn' }).click();
		await page.getByRole('checkbox', { name: 'Gehoord worden' }).click();
		await page.getByRole('checkbox', { name: 'Erbij horen' }).click();
		const order = page.getByRole('region', { name: 'Volgorde van vandaag' }).getByRole('listitem');
		await expect.element(order.nth(0)).toHaveTextContent('Veilig zijn');
		await page.getByRole('button', { name: 'Erbij horen eerder' }).click();
		expect(form.elements).toEqual(['safe', 'belonging', 'heard']);
		await expect.element(page.getByRole('button', { name: 'Veilig zijn eerder' })).toBeDisabled();
		await page.getByRole('checkbox', { name: 'Veilig zijn' }).click();
		expect(form.elements).toEqual(['belonging', 'heard']);
		await page.getByRole('button', { name: 'Kies alle acht' }).click();
		expect(form.elements).toHaveLength(8);
		expect(form.elements.slice(0, 2)).toEqual(['belonging', 'heard']);
	});

	it('lets the teacher go back to a family conversation by the same choice', async () => {
		const { kinds } = await show();
		await expect.element(page.getByLabelText('Klasgesprek')).toBeChecked();
		await page.getByLabelText('Gezinsgesprek').click();
		expect(kinds).toEqual(['family']);
	});
});
