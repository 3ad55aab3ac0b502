import {
	card,
	expectNote,
	expectScore,
	fillFamilySetup,
	next,
	note,
	open,
	personTab,
	ready,
	score,
	showPerson,
	waitSaved
} from './app';
import { expect, expectAccessible, readStore, shot, test } from './fixtures';

// Scores per element for Sam (10), Ans (parent) and Eva (coach). Erbij horen has the
// largest child–parent difference (3 vs 8).
const SCORES: [number, number, number][] = [
	[7, 8, 7], // Gehoord worden
	[3, 8, 5], // Erbij horen
	[6, 7, 6], // Verantwoordelijkheid nemen
	[8, 6, 7], // Kunnen ontwikkelen
	[9, 8, 8], // Actief zijn (om de beurt)
	[6, 5, 6], // Gezond zijn
	[7, 7, 6], // Een thuis hebben
	[8, 9, 8] // Veilig zijn
];
const NAMES = ['Sam', 'Ans', 'Eva'];

test('a coach walks a family through all eight elements and sees the wheel and agenda', async ({
	page
}) => {
	await open(page, '/');
	await expect(page.getByRole('heading', { name: 'Kansencirkel', level: 1 })).toBeVisible();
	await expect(page.getByText('Alles blijft op dit apparaat')).toBeVisible();
	await expectAccessible(page, 'home-empty');
	await shot(page, 'home-empty');

	await page.getByRole('link', { name: 'Nieuw gesprek' }).click();
	await expect(page.getByRole('heading', { name: 'Nieuw gesprek' })).toBeVisible();
	await expect(page.getByLabel('Gezinsgesprek')).toBeChecked();

	// Nothing is stored until the form is valid; the messages say what to fix.
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	await expect(page.getByRole('alert')).toContainText('Controleer de velden');
	await expect(page.getByText('Vul een naam in.').first()).toBeVisible();
	await expectAccessible(page, 'setup-errors');
	await shot(page, 'setup-errors');
	expect(await readStore(page, 'conversations')).toEqual([]);

	await fillFamilySetup(page, 'Gezin J.', [
		{ name: 'Sam', role: 'Kind of jongere', age: '8 tot en met 11 jaar' },
		{ name: 'Ans', role: 'Ouder of verzorger' },
		{ name: 'Eva', role: 'CJG-coach' }
	]);
	await shot(page, 'setup-filled');
	await page.getByRole('button', { name: 'Start het gesprek' }).click();

	// Element 1–4 in open mode: everyone sees the answers as they are given, one person's at a
	// time, with a row that shows who has scored.
	for (let i = 0; i < 4; i++) {
		await expect(page.getByText(`Element ${i + 1} van 8`)).toBeVisible();
		if (i === 0) {
			// One person at a time: Sam first; "Volgende: Ans" once Sam has scored.
			await expect(personTab(page, 'Sam')).toHaveAttribute('aria-selected', 'true');
			await expect(page.getByRole('region', { name: /^(Ans|Eva) / })).toHaveCount(0);
			await expect(page.getByRole('button', { name: /^Volgende: / })).toHaveCount(0);
			await score(page, 'Sam', SCORES[0]![0]!);
			await expect(personTab(page, 'Sam')).toHaveAccessibleName(
				`Sam: heeft geantwoord, ${SCORES[0]![0]}`
			);
			await page.getByRole('button', { name: 'Volgende: Ans' }).click();
			await expect(personTab(page, 'Ans')).toHaveAttribute('aria-selected', 'true');
			await expect(personTab(page, 'Ans')).toBeFocused();
			await expect(page).toHaveURL(/[?&]wie=/);
		}
		for (const [j, name] of NAMES.entries()) await score(page, name, SCORES[i]![j]!);
		if (i === 0) {
			// Everyone has scored: no one left to go to, and the way on is the next element.
			await expect(page.getByRole('button', { name: /^Volgende: / })).toHaveCount(0);
			// The questions fit whoever answers: different for the child and the parent.
			await showPerson(page, 'Sam');
			const kidQuestions = await card(page, 'Sam').getByRole('listitem').allTextContents();
			await showPerson(page, 'Ans');
			const mumQuestions = await card(page, 'Ans').getByRole('listitem').allTextContents();
			expect(kidQuestions.length).toBeGreaterThanOrEqual(2);
			expect(kidQuestions).not.toEqual(mumQuestions);
			await note(page, 'Sam', 'Wat gaat goed?', 'Juf luistert naar mij');
			await page.getByRole('switch', { name: 'Hier wil ik over praten' }).check();
			await note(page, 'Ans', 'Zorgen', 'Hij praat thuis weinig');
			await waitSaved(page);
			await expectAccessible(page, 'element-1-open');
			await shot(page, 'element-1-open');
		}
		if (i === 3) {
			await note(page, 'Eva', 'Wat is nodig? Wensen', 'Talent zichtbaar maken');
		}
		await waitSaved(page);
		if (i < 3) await next(page);
	}

	// Halfway: reload and find everything exactly as it was.
	await page.reload();
	await ready(page);
	await expect(page.getByText('Element 4 van 8')).toBeVisible();
	// The reload keeps who was shown (Eva, in the address).
	await expect(personTab(page, 'Eva')).toHaveAttribute('aria-selected', 'true');
	await expect(card(page, 'Eva').getByLabel('Wat is nodig? Wensen')).toHaveValue(
		'Talent zichtbaar maken'
	);
	for (const [j, name] of NAMES.entries()) await expectScore(page, name, SCORES[3]![j]!);
	await page.getByRole('link', { name: /Element 1: Gehoord worden/ }).click();
	await expectNote(page, 'Sam', 'Wat gaat goed?', 'Juf luistert naar mij');
	await expect(
		card(page, 'Sam').getByRole('switch', { name: 'Hier wil ik over praten' })
	).toBeChecked();
	await expectNote(page, 'Ans', 'Zorgen', 'Hij praat thuis weinig');
	await page.getByRole('link', { name: /Element 5: Actief zijn/ }).click();

	// Element 5 in private turns: pass the tablet, nobody sees the others' answers.
	await expect(page.getByText('Element 5 van 8')).toBeVisible();
	await page.getByRole('switch', { name: /Om de beurt/ }).check();
	for (const [j, name] of NAMES.entries()) {
		await expect(page.getByRole('heading', { name: `Geef de tablet aan ${name}` })).toBeVisible();
		if (j === 1) {
			await expectAccessible(page, 'handover');
			await shot(page, 'handover');
		}
		await page.getByRole('button', { name: `Ik ben ${name}, ik begin` }).click();
		// Only this person's card is on screen, and nothing that leads elsewhere.
		await expect(page.getByRole('group', { name: /^Cijfer van / })).toHaveCount(1);
		await expect(page.getByRole('switch', { name: 'Om de beurt' })).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Overzicht' })).toHaveCount(0);
		for (const other of NAMES.filter((n) => n !== name)) {
			await expect(page.getByRole('group', { name: `Cijfer van ${other}` })).toHaveCount(0);
		}
		await score(page, name, SCORES[4]![j]!);
		await page.getByRole('button', { name: 'Klaar, verberg mijn antwoord' }).click();
	}
	await expect(
		page.getByRole('heading', { name: 'Iedereen heeft een antwoord gegeven' })
	).toBeVisible();
	// The parent's score is not shown anywhere before the deliberate reveal.
	await expect(page.getByRole('group', { name: 'Cijfer van Ans' })).toHaveCount(0);
	await expect(
		page.getByText(
			`Om de beurt — ${NAMES.length} van ${NAMES.length} hebben geantwoord, nog verborgen`
		)
	).toBeVisible();
	// Revealing is one deliberate act: it asks first.
	await page.getByRole('button', { name: 'Laat alle antwoorden zien' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Ja, laat alles zien' }).click();
	await expect(
		page.getByText('Om de beurt — iedereen ziet de antwoorden van dit element')
	).toBeVisible();
	for (const [j, name] of NAMES.entries()) await expectScore(page, name, SCORES[4]![j]!);
	await page.getByRole('switch', { name: /Om de beurt/ }).uncheck();
	await waitSaved(page);
	await next(page);

	for (let i = 5; i < 8; i++) {
		await expect(page.getByText(`Element ${i + 1} van 8`)).toBeVisible();
		for (const [j, name] of NAMES.entries()) await score(page, name, SCORES[i]![j]!);
		await waitSaved(page);
		if (i < 7) await next(page);
	}
	await page.setViewportSize({ width: 390, height: 844 });
	await shot(page, 'element-8-phone');
	await page.setViewportSize({ width: 1024, height: 768 });

	await page.getByRole('link', { name: /Naar het overzicht/ }).click();
	const wheel = page.getByRole('figure', { name: 'Kansencirkel van Gezin J.' });
	await expect(wheel).toBeVisible();
	for (const name of NAMES) await expect(wheel.getByText(name, { exact: true })).toBeVisible();
	const agenda = page.getByRole('region', { name: 'Waar willen we over praten?' });
	await expect(
		agenda.getByRole('heading', { name: 'Hier kijken jullie verschillend tegenaan' })
	).toBeVisible();
	const biggest = agenda.getByRole('listitem').filter({ hasText: 'Erbij horen' }).first();
	await expect(biggest).toContainText('Sam 3');
	await expect(biggest).toContainText('Ans 8');
	await expect(
		agenda.getByRole('listitem').filter({ hasText: 'Gehoord worden' }).first()
	).toContainText('Genoemd door Sam');
	await expect(page.getByRole('table', { name: 'Alle cijfers in een tabel' })).toBeVisible();
	// What everyone wrote, per element, with who wrote it and in which note.
	const notes = page.getByRole('region', { name: 'Wat iedereen schreef' });
	const heard = notes.getByRole('region', { name: 'Gehoord worden' });
	await expect(heard.getByRole('listitem').filter({ hasText: 'Sam' })).toContainText(
		'Wat gaat goed? Juf luistert naar mij'
	);
	await expect(heard.getByRole('listitem').filter({ hasText: 'Ans' })).toContainText(
		'Zorgen Hij praat thuis weinig'
	);
	await expect(
		notes.getByRole('region', { name: 'Kunnen ontwikkelen' }).getByRole('listitem')
	).toContainText('Eva Wat is nodig? Wensen Talent zichtbaar maken');
	await expect(notes.getByRole('region')).toHaveCount(2);
	await expectAccessible(page, 'overview');
	await shot(page, 'overview-tablet');
	await page.setViewportSize({ width: 390, height: 844 });
	await shot(page, 'overview-phone');
	await page.setViewportSize({ width: 1024, height: 768 });

	// Proof from IndexedDB itself: 24 answers, the right scores, full progress.
	const answers = await readStore<{ participantId: string; elementId: string; score: number }>(
		page,
		'answers'
	);
	expect(answers).toHaveLength(24);
	const [conversation] = await readStore<{
		title: string;
		progress: number;
		participants: { id: string; name: string }[];
	}>(page, 'conversations');
	expect(conversation?.title).toBe('Gezin J.');
	expect(conversation?.progress).toBe(8);
	const ans = conversation!.participants.find((p) => p.name === 'Ans')!;
	expect(
		answers.find((a) => a.participantId === ans.id && a.elementId === 'belonging')?.score
	).toBe(8);

	// Tapping an element on the wheel opens it.
	await wheel.getByRole('link', { name: 'Open Veilig zijn' }).click();
	await expect(page.getByText('Element 8 van 8')).toBeVisible();

	await page.getByRole('link', { name: 'Kansencirkel' }).first().click();
	const item = page.getByRole('listitem').filter({ hasText: 'Gezin J.' });
	await expect(item).toContainText('8 van 8 elementen');
	await expect(item).toContainText('Gezinsgesprek');
	await expectAccessible(page, 'home-list');
	await shot(page, 'home-list');
});

test('participants can be renamed and removed; removing someone with answers asks first', async ({
	page
}) => {
	await open(page, '/nieuw/');
	await fillFamilySetup(page, 'Gezin K.', [
		{ name: 'Mo', role: 'Kind of jongere', age: '4 tot en met 7 jaar' },
		{ name: 'Lin', role: 'Ouder of verzorger' }
	]);
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	await expect(page.getByText('Element 1 van 8')).toBeVisible();
	// The youngest answer with faces.
	const blij = page
		.getByRole('group', { name: 'Hoe voelt Mo zich hierover?' })
		.getByRole('radio', { name: 'Blij', exact: true });
	await blij.click();
	await expect(blij).toBeChecked();
	await score(page, 'Lin', 6);
	await waitSaved(page);

	await page.getByRole('link', { name: 'Deelnemers' }).click();
	await page.getByRole('button', { name: /Deelnemer toevoegen/ }).click();
	// The child comes first ("Kind 1"), then the others: Lin is "Deelnemer 1", the new one 2.
	const third = page.getByRole('group', { name: 'Deelnemer 2', exact: true });
	await third.getByLabel('Voornaam of bijnaam').fill('Opa Kees');
	await third.getByLabel('Rol').selectOption({ label: 'Iemand uit het netwerk' });
	await third.getByLabel('Wie is dit voor het kind?').fill('opa');
	await page
		.getByRole('group', { name: 'Deelnemer 1', exact: true })
		.getByLabel('Voornaam of bijnaam')
		.fill('Linda');

	await page.getByRole('button', { name: 'Linda verwijderen' }).click();
	const dialog = page.getByRole('dialog', { name: 'Linda verwijderen?' });
	await expect(dialog).toContainText('al 1 antwoord');
	await expectAccessible(page, 'confirm-remove');
	await dialog.getByRole('button', { name: 'Nee, bewaren' }).click();
	await expect(page.getByRole('group', { name: 'Deelnemer 1', exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Klaar' }).click();

	await expect(page.getByText('Element 1 van 8')).toBeVisible();
	await showPerson(page, 'Linda');
	await expect(card(page, 'Linda')).toBeVisible();
	await showPerson(page, 'Opa Kees');
	await expect(card(page, 'Opa Kees')).toContainText('opa');
	await expectScore(page, 'Linda', 6);
	await showPerson(page, 'Mo');
	await expect(
		page
			.getByRole('group', { name: 'Hoe voelt Mo zich hierover?' })
			.getByRole('radio', { name: 'Blij', exact: true })
	).toBeChecked();

	await page.getByRole('link', { name: 'Deelnemers' }).click();
	await page.getByRole('button', { name: 'Linda verwijderen' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Ja, verwijderen' }).click();
	await page.getByRole('button', { name: 'Klaar' }).click();
	await expect(page.getByText('Element 1 van 8')).toBeVisible();
	await expect(personTab(page, 'Linda')).toHaveCount(0);
	await expect(card(page, 'Linda')).toHaveCount(0);
	const answers = await readStore<{ participantId: string }>(page, 'answers');
	expect(answers).toHaveLength(1);
});

test('an unknown or deleted id shows a friendly message with a way home', async ({ page }) => {
	for (const url of [
		'/gesprek/?id=00000000-0000-0000-0000-000000000000',
		'/gesprek/overzicht/?id=%3Cscript%3E',
		'/gesprek/deelnemers/'
	]) {
		await open(page, url);
		await expect(
			page.getByRole('heading', { name: 'Dit gesprek bestaat niet (meer)' })
		).toBeVisible();
	}
	await expectAccessible(page, 'not-found');
	await page.getByRole('link', { name: 'Naar alle gesprekken' }).click();
	await expect(page).toHaveURL(/\/$/);
});
