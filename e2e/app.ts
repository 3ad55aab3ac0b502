import { expect, type Page } from '@playwright/test';

export interface Person {
	name: string;
	role: 'Kind of jongere' | 'Ouder of verzorger' | 'CJG-coach' | 'Iemand uit het netwerk';
	age?: '4 tot 7 jaar' | '8 tot 12 jaar' | '12 tot 18 jaar';
}

/** Fills the set-up form the way a coach would, by labels. */
export async function fillFamilySetup(page: Page, title: string, people: Person[]) {
	await page.getByLabel('Titel').fill(title);
	const sets = page.getByRole('group', { name: /^Deelnemer \d+$/ });
	while ((await sets.count()) < people.length) {
		await page.getByRole('button', { name: /Deelnemer toevoegen/ }).click();
	}
	// The form starts with three people; remove the ones this family does not need.
	while ((await sets.count()) > people.length) {
		const n = await sets.count();
		await page.getByRole('button', { name: `Deelnemer ${n} verwijderen` }).click();
	}
	for (const [i, person] of people.entries()) {
		const set = page.getByRole('group', { name: `Deelnemer ${i + 1}`, exact: true });
		await set.getByLabel('Voornaam of bijnaam').fill(person.name);
		await set.getByLabel('Rol').selectOption({ label: person.role });
		if (person.age) await set.getByLabel('Leeftijd').selectOption({ label: person.age });
	}
}

/** One participant's answer card on an element screen. */
export function card(page: Page, name: string) {
	return page.getByRole('region', { name: new RegExp(`^${name}( |$)`) });
}

export async function score(page: Page, name: string, value: number) {
	await page
		.getByRole('group', { name: `Cijfer van ${name}` })
		.getByRole('radio', { name: String(value), exact: true })
		.check();
}

export async function expectScore(page: Page, name: string, value: number) {
	await expect(
		page
			.getByRole('group', { name: `Cijfer van ${name}` })
			.getByRole('radio', { name: String(value), exact: true })
	).toBeChecked();
}

export async function waitSaved(page: Page) {
	await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
}

export async function next(page: Page) {
	await page.getByRole('link', { name: /^Volgende/ }).click();
}

/** Opens a page and waits until it is interactive, as a person waits for it to appear. */
export async function open(page: Page, url: string) {
	await page.goto(url);
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

/** Creates a family conversation through the screens and scores all eight elements. */
export async function completeFamily(
	page: Page,
	title: string,
	people: Person[],
	scores: number[][],
	notes: { person: string; element: number; label: string; text: string }[] = []
) {
	await open(page, '/nieuw/');
	await fillFamilySetup(page, title, people);
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	for (let i = 0; i < 8; i++) {
		await expect(page.getByText(`Element ${i + 1} van 8`)).toBeVisible();
		for (const [j, person] of people.entries()) await score(page, person.name, scores[i]![j]!);
		for (const n of notes.filter((x) => x.element === i)) {
			await card(page, n.person).getByLabel(n.label).fill(n.text);
		}
		await waitSaved(page);
		if (i < 7) await next(page);
	}
	await page.getByRole('link', { name: /Naar het overzicht/ }).click();
}
