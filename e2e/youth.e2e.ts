import { myScore, next, note, open, planStep, waitSaved, ready } from './app';
import { expect, expectAccessible, readStore, shot, test } from './fixtures';

const MINE = [8, 4, 7, 6, 9, 5, 7, 3];

test('a youth completes a self-reflection alone and sees what to talk about', async ({ page }) => {
	await open(page, '/');
	await page.getByRole('link', { name: 'Nieuw gesprek' }).click();
	await page.getByLabel('Zelfreflectie').check();
	// Alone: one person, no roles, no "om de beurt".
	await expect(page.getByRole('group', { name: 'Over jou' })).toBeVisible();
	await expect(page.getByLabel('Rol')).toHaveCount(0);
	await expect(page.getByText('Om de beurt')).toHaveCount(0);
	await page.getByLabel('Titel').fill('Mijn kansencirkel');
	await page.getByLabel('Voornaam of bijnaam').fill('Noor');
	await expect(page.getByLabel('Leeftijd')).toHaveValue('12-18');
	await shot(page, 'youth-setup');
	await page.getByRole('button', { name: 'Start het gesprek' }).click();

	for (let i = 0; i < 8; i++) {
		await expect(page.getByText(`Element ${i + 1} van 8`)).toBeVisible();
		// Alone, the card speaks to "jij": "Jouw cijfer", and no list of people to manage.
		if (i === 0) {
			await expect(page.getByRole('group', { name: 'Cijfer van Noor' })).toHaveCount(0);
			await expect(page.getByRole('link', { name: 'Deelnemers' })).toHaveCount(0);
			await expect(page.getByRole('link', { name: 'Gesprek aanpassen' })).toBeVisible();
		}
		await myScore(page, MINE[i]!);
		if (i === 1) {
			await note(page, null, 'Zorgen', 'In de pauze sta ik vaak alleen');
			await page.getByRole('switch', { name: 'Hier wil ik over praten' }).check();
			await expectAccessible(page, 'youth-element');
			await shot(page, 'youth-element-tablet');
			await page.setViewportSize({ width: 390, height: 844 });
			await shot(page, 'youth-element-phone');
			await page.setViewportSize({ width: 1024, height: 768 });
		}
		await waitSaved(page);
		if (i < 7) await next(page);
	}
	await page.getByRole('link', { name: /Naar het overzicht/ }).click();
	// Alone, the overview speaks to "jij": nobody is named, and no one-person legend.
	const agenda = page.getByRole('region', { name: 'Waar wil jij over praten?' });
	await expect(agenda.getByRole('heading', { name: 'Hier wil jij over praten' })).toBeVisible();
	await expect(
		agenda.getByRole('listitem').filter({ hasText: 'Erbij horen' }).first()
	).not.toContainText('Genoemd door');
	const lowest = agenda.getByRole('list').last().getByRole('listitem');
	await expect(lowest).toHaveCount(3);
	await expect(lowest.first()).toContainText('Veilig zijn');
	await expect(lowest.first()).toContainText('jij gaf 3');
	await expect(agenda).not.toContainText('Noor');
	await expect(page.getByRole('list', { name: 'Wie is wie' })).toHaveCount(0);
	await expectAccessible(page, 'youth-overview');
	await shot(page, 'youth-overview');

	// The plan speaks to the youth too: their own plan, their own yes.
	await page.getByRole('link', { name: 'Maak een plan' }).click();
	await expect(page.getByText('Maak een plan waar jij achter staat.')).toBeVisible();
	await expect(page.getByText('het kind ook')).toHaveCount(0);
	await planStep(page, 'Afspreken');
	await expect(page.getByRole('heading', { name: 'Sta jij achter dit plan?' })).toBeVisible();

	const [stored] = await readStore<{ kind: string; progress: number }>(page, 'conversations');
	expect(stored).toMatchObject({ kind: 'self', progress: 8 });
	const answers = await readStore<{ worries: string; wantsToTalk: boolean }>(page, 'answers');
	expect(answers).toHaveLength(8);
	expect(answers.find((a) => a.wantsToTalk)?.worries).toBe('In de pauze sta ik vaak alleen');

	await open(page, '/');
	await expect(page.getByRole('listitem').filter({ hasText: 'Mijn kansencirkel' })).toContainText(
		'Zelfreflectie'
	);
});

test('text typed right before closing, reloading or leaving is not lost', async ({
	page,
	context
}) => {
	await open(page, '/nieuw/');
	await page.getByLabel('Zelfreflectie').check();
	await page.getByLabel('Titel').fill('Snel weg');
	await page.getByLabel('Voornaam of bijnaam').fill('Jay');
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	await expect(page.getByText('Element 1 van 8')).toBeVisible();
	const url = page.url();
	const field = (p = page) => p.getByLabel('Wat gaat goed?');

	// Each time: type and leave at once, well within the autosave delay.
	await page.getByRole('button', { name: 'Wat gaat goed?', exact: true }).click();
	await field().pressSequentially('Op voetbal', { delay: 0 });
	await page.reload();
	await ready(page);
	await expect(field()).toHaveValue('Op voetbal');

	await field().pressSequentially(' gaat het goed', { delay: 0 });
	await page.goto('about:blank');
	await open(page, url);
	await expect(field()).toHaveValue('Op voetbal gaat het goed');

	await field().pressSequentially('!', { delay: 0 });
	await page.close({ runBeforeUnload: true });
	const again = await context.newPage();
	await open(again, url);
	await expect(field(again)).toHaveValue('Op voetbal gaat het goed!');
	// Restored into IndexedDB itself, and the emergency copy is gone again.
	const answers = await readStore<{ strengths: string }>(again, 'answers');
	expect(answers.map((a) => a.strengths)).toEqual(['Op voetbal gaat het goed!']);
	expect(await again.evaluate(() => localStorage.getItem('kansencirkel.unsaved'))).toBeNull();
});

test('home filters conversations by title', async ({ page }) => {
	for (const title of ['Gezin A.', 'Gezin B.', 'Mijn cirkel']) {
		await open(page, '/nieuw/');
		await page.getByLabel('Zelfreflectie').check();
		await page.getByLabel('Titel').fill(title);
		await page.getByLabel('Voornaam of bijnaam').fill('Kim');
		await page.getByRole('button', { name: 'Start het gesprek' }).click();
		await expect(page.getByText('Element 1 van 8')).toBeVisible();
		await myScore(page, 7);
		await waitSaved(page);
	}
	await open(page, '/');
	const items = page.getByRole('main').getByRole('listitem');
	// Newest first.
	await expect(items).toHaveText([/Mijn cirkel/, /Gezin B\./, /Gezin A\./]);
	await expect(items.first()).toContainText('1 van 8 elementen');
	await page.getByLabel('Zoek op titel').fill('gezin');
	await expect(items).toHaveText([/Gezin B\./, /Gezin A\./]);
	await page.getByLabel('Zoek op titel').fill('xyz');
	await expect(page.getByText('Geen gesprek gevonden')).toBeVisible();
});
