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

describe('Age groups', () => {
	// Plain and without overlap: a child of 12 or of 7 fits exactly one group (issue 10).
	const LABELS = {
		nl: ['4 tot en met 7 jaar', '8 tot en met 11 jaar', '12 tot en met 18 jaar'],
		en: ['4 to 7 years old', '8 to 11 years old', '12 to 18 years old'],
		ar: ['من 4 إلى 7 سنوات', 'من 8 إلى 11 سنة', 'من 12 إلى 18 سنة']
	} as const;

	for (const [code, labels] of Object.entries(LABELS))
		it(`${code}: every age from 4 to 18 fits one group`, async () => {
			await language.set(code as keyof typeof LABELS, false);
			await show(new SetupForm());
			const select = page.getByLabelText(m.setup.ageLabel).first();
			await expect.element(select).toBeVisible();
			const options = [...(select.element() as HTMLSelectElement).options].filter(
				(o) => !o.disabled
			);
			expect(options.map((o) => [o.value, o.textContent?.trim()])).toEqual([
				['4-7', labels[0]],
				['8-12', labels[1]],
				['12-18', labels[2]]
			]);
			// The numbers in the labels: from–to, each age in exactly one group.
			const ranges = labels.map((l) => l.match(/\d+/g)!.map(Number));
			for (let age = 4; age <= 18; age++)
				expect(ranges.filter(([from, to]) => from! <= age && age <= to!)).toHaveLength(1);
		});
});

describe('Removing someone from the set-up', () => {
	it('names the child or participant the button removes, also before a name is typed', async () => {
		const form = new SetupForm();
		await show(form);
		await page.getByRole('button', { name: /Nog een kind/ }).click();
		await expect.element(page.getByRole('button', { name: 'Kind 2 verwijderen' })).toBeVisible();
		await expect
			.element(page.getByRole('button', { name: 'Deelnemer 1 verwijderen' }))
			.toBeVisible();
		await page
			.getByRole('group', { name: 'Kind 2', exact: true })
			.getByLabelText('Voornaam of bijnaam')
			.fill('Daan');
		await expect.element(page.getByRole('button', { name: 'Daan verwijderen' })).toBeVisible();
	});
});
