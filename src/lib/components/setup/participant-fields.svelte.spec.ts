import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { language, m } from '$lib/i18n';
import { SetupForm } from '$lib/state/setup-form.svelte';
import SetupFormView from './setup-form.svelte';

beforeEach(() => language.set('nl', false));
afterEach(() => language.set('nl', false));

function show(form: SetupForm) {
	return render(SetupFormView, { form, submitLabel: 'Start', onsubmit: () => {} });
}

describe('Participant language', () => {
	it('offers "same as the app" first, then every language in its own name', async () => {
		await show(new SetupForm());
		const select = page
			.getByRole('group', { name: 'Deelnemer 1', exact: true })
			.getByLabelText('Taal van de vragen');
		await expect.element(select).toHaveValue('');
		const options = [...(select.element() as HTMLSelectElement).options];
		expect(options.map((o) => [o.value, o.textContent?.trim(), o.lang])).toEqual([
			['', 'Zelfde als de app', ''],
			['nl', 'Nederlands', 'nl-NL'],
			['en', 'English', 'en-GB'],
			['ar', `العربية (${m.app.concept})`, 'ar']
		]);
	});

	it('stores the chosen language on the participant', async () => {
		const form = new SetupForm();
		form.title = 'Gezin K.';
		await show(form);
		// The child the conversation is about comes first, then the others at the table.
		const first = page.getByRole('group', { name: 'Kind 1', exact: true });
		await first.getByLabelText('Voornaam of bijnaam').fill('Mo');
		await first.getByLabelText('Leeftijd').selectOptions('8-12');
		await first.getByLabelText('Taal van de vragen').selectOptions('English');
		const second = page.getByRole('group', { name: 'Deelnemer 1', exact: true });
		await second.getByLabelText('Voornaam of bijnaam').fill('Lin');
		const third = page.getByRole('group', { name: 'Deelnemer 2', exact: true });
		await third.getByLabelText('Voornaam of bijnaam').fill('Eva');

		expect(form.participants[0]!.language).toBe('en');
		const participants = form.validParticipants()!;
		expect(participants[0]).toMatchObject({ name: 'Mo', language: 'en' });
		expect(participants[1]).not.toHaveProperty('language');
	});

	it('shows a stored language when editing, and "same as the app" clears it', async () => {
		const form = new SetupForm({
			kind: 'family',
			title: 'Gezin K.',
			mode: 'open',
			participants: [
				{ id: 'a', name: 'Mo', role: 'child', ageGroup: '4-7', language: 'ar' },
				{ id: 'b', name: 'Lin', role: 'parent' }
			]
		});
		await render(SetupFormView, {
			form,
			editing: true,
			submitLabel: 'Klaar',
			onsubmit: () => {}
		});
		const select = page
			.getByRole('group', { name: 'Kind 1', exact: true })
			.getByLabelText('Taal van de vragen');
		await expect.element(select).toHaveValue('ar');
		await select.selectOptions('Zelfde als de app');
		expect(form.validParticipants()![0]).not.toHaveProperty('language');
	});

	it('asks who the conversation is about, and the role of anyone added', async () => {
		const form = new SetupForm();
		await show(form);
		await expect
			.element(page.getByRole('heading', { name: 'Over wie gaat dit gesprek?' }))
			.toBeVisible();
		await page.getByRole('button', { name: '+ Nog een kind (broer of zus)' }).click();
		await expect.element(page.getByRole('group', { name: 'Kind 2', exact: true })).toBeVisible();
		expect(form.children).toHaveLength(2);
		await page.getByRole('button', { name: '+ Deelnemer toevoegen' }).click();
		const added = page.getByRole('group', { name: 'Deelnemer 3', exact: true });
		// No role is preset: the coach chooses one.
		await expect.element(added.getByLabelText('Rol')).toHaveValue('');
		await added.getByLabelText('Rol').selectOptions('Iemand uit het netwerk');
		expect(form.participants.at(-1)!.role).toBe('network');
	});
});
