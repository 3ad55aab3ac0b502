import type { Page } from '@playwright/test';
import {
	card,
	fillFamilySetup,
	makePlan,
	next,
	note,
	open,
	personTab,
	score,
	showPerson,
	waitSaved,
	type Person
} from './app';
import { expect, expectAccessible, shot, test } from './fixtures';

// Issue 14: walking the elements again in a follow-up, last time's answers are greyed under each
// input. Last time "Gehoord worden" ended "om de beurt" and was never revealed: in the follow-up
// each person sees only their own answer of then, in their own turn; the hand-over shows
// nothing; the group sees only what the group saw last time ("Erbij horen"). Checked as an
// attacker: the page's HTML, not only what is visible.

const PEOPLE: Person[] = [
	{ name: 'Noor', role: 'Kind of jongere', age: '8 tot en met 11 jaar' },
	{ name: 'Ans', role: 'Ouder of verzorger' },
	{ name: 'Eva', role: 'CJG-coach' }
];
// Ans's note on "Gehoord worden" last time: hidden again when "om de beurt" began, never revealed.
const ANS_HIDDEN = 'ANS-VORIGE-61';
// Noor's note on "Erbij horen" last time, seen by everyone then.
const NOOR_SHARED = 'NOOR-GEDEELD-62';
// Noor's note on "Gehoord worden" last time, in her own turn, never revealed.
const NOOR_HIDDEN = 'NOOR-GEHEIM-63';

async function html(page: Page): Promise<string> {
	return page.content();
}

async function expectNone(page: Page, markers: string[], where: string) {
	const content = await html(page);
	for (const marker of markers) expect(content, `${marker} on ${where}`).not.toContain(marker);
}

/** The hand-over for `name`, then into their private turn. */
async function turnOf(page: Page, name: string) {
	await expect(page.getByRole('heading', { name: `Geef de tablet aan ${name}` })).toBeVisible();
	await page.getByRole('button', { name: `Ik ben ${name}, ik begin` }).click();
	await expect(page.getByRole('heading', { name: `De beurt van ${name}` })).toBeVisible();
}

async function finishTurn(page: Page) {
	await page.getByRole('button', { name: 'Klaar, verberg mijn antwoord' }).click();
}

test("a follow-up shows last time's answers greyed, only the own in a private turn, none at the hand-over", async ({
	page
}) => {
	test.setTimeout(180_000);

	// Last time. "Gehoord worden": Ans and Eva score openly, Noor not yet.
	await open(page, '/nieuw/');
	await fillFamilySetup(page, 'Gezin P.', PEOPLE);
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	await expect(page.getByText('Element 1 van 8')).toBeVisible();
	const first = page.url();
	await score(page, 'Ans', 6);
	await note(page, 'Ans', 'Wat gaat goed?', ANS_HIDDEN);
	await score(page, 'Eva', 7);
	await waitSaved(page);
	for (let i = 1; i < 8; i++) {
		await next(page);
		await expect(page.getByText(`Element ${i + 1} van 8`)).toBeVisible();
		for (const [j, p] of PEOPLE.entries()) await score(page, p.name, 5 + j);
		if (i === 1) await note(page, 'Noor', 'Wat gaat goed?', NOOR_SHARED);
		await waitSaved(page);
	}
	// Back to "Gehoord worden", "om de beurt" on: Noor answers in her own turn, and the group
	// never reveals it.
	await open(page, first);
	await expect(page.getByText('Element 1 van 8')).toBeVisible();
	await page.getByRole('switch', { name: 'Om de beurt' }).check();
	await turnOf(page, 'Noor');
	await score(page, 'Noor', 3);
	await note(page, null, 'Zorgen', NOOR_HIDDEN);
	await finishTurn(page);
	await expect(
		page.getByRole('heading', { name: 'Iedereen heeft een antwoord gegeven' })
	).toBeVisible();
	await waitSaved(page);
	await page.getByRole('link', { name: 'Overzicht', exact: true }).click();
	await makePlan(page, PEOPLE);

	// The follow-up, from the plan, with the same people; past the look-back to the elements.
	await page.getByRole('link', { name: 'Vervolggesprek starten' }).click();
	await page.getByRole('button', { name: 'Vervolggesprek beginnen' }).click();
	await page.getByRole('link', { name: /Verder naar de elementen/ }).click();
	await expect(page.getByText('Element 1 van 8')).toBeVisible();

	// Still "om de beurt": the hand-over shows nobody's previous answer, not even in the HTML.
	const shown = page.getByRole('switch', { name: 'Vorige keer tonen' });
	await expect(shown).toBeChecked();
	const turns = page.getByRole('switch', { name: 'Om de beurt' });
	await expect(turns).toBeChecked();
	// Side by side on a tablet: one line, not wrapped under each other.
	const [a, b] = [await turns.boundingBox(), await shown.boundingBox()];
	expect(Math.abs(a!.y - b!.y)).toBeLessThan(4);
	await expect(page.getByRole('heading', { name: 'Geef de tablet aan Noor' })).toBeVisible();
	await expectNone(page, ['Vorige keer:', ANS_HIDDEN, NOOR_HIDDEN], 'the hand-over to Noor');
	await shot(page, 'previous-hand-over');

	// Noor's own turn: her own answer of last time, which nobody else saw; nothing of Ans's.
	await turnOf(page, 'Noor');
	await expect(page.getByText('Vorige keer: 3', { exact: true })).toBeVisible();
	await expect(page.getByText(NOOR_HIDDEN)).toBeVisible();
	await expectNone(page, [ANS_HIDDEN, 'Vorige keer: 6', 'Vorige keer: 7'], "Noor's turn");
	await shot(page, 'previous-own-turn');
	await expectAccessible(page, 'previous-own-turn');
	await score(page, 'Noor', 4);
	await finishTurn(page);

	// Ans: her own shared answer, never Noor's secret.
	await expectNone(page, ['Vorige keer:', ANS_HIDDEN, NOOR_HIDDEN], 'the hand-over to Ans');
	await turnOf(page, 'Ans');
	await expect(page.getByText('Vorige keer: 6', { exact: true })).toBeVisible();
	await expect(page.getByText(ANS_HIDDEN)).toBeVisible();
	await expectNone(page, [NOOR_HIDDEN, 'Vorige keer: 3'], "Ans's turn");
	await score(page, 'Ans', 7);
	await finishTurn(page);
	await turnOf(page, 'Eva');
	await expect(page.getByText('Vorige keer: 7', { exact: true })).toBeVisible();
	await expectNone(page, [NOOR_HIDDEN, ANS_HIDDEN], "Eva's turn");
	await score(page, 'Eva', 8);
	await finishTurn(page);

	// Revealed together: nothing of "Gehoord worden" was shared last time, so the group gets
	// none of it now either.
	await page.getByRole('button', { name: 'Laat alle antwoorden zien' }).click();
	await page.getByRole('button', { name: 'Ja, laat alles zien' }).click();
	await expect(personTab(page, 'Noor')).toBeVisible();
	for (const p of PEOPLE) {
		await showPerson(page, p.name);
		await expect(page.getByRole('group', { name: `Cijfer van ${p.name}` })).toBeVisible();
		await expectNone(page, ['Vorige keer:', NOOR_HIDDEN, ANS_HIDDEN], `the group view, ${p.name}`);
	}

	// "Erbij horen" was seen by everyone last time. The coach turns "om de beurt" off here.
	await next(page);
	await expect(page.getByText('Element 2 van 8')).toBeVisible();
	await expectNone(page, ['Vorige keer:', NOOR_SHARED], 'the hand-over of element 2');
	await turns.uncheck();
	await expect(turns).not.toBeChecked();
	await showPerson(page, 'Noor');
	const noor = card(page, 'Noor');
	await expect(noor.getByText('Vorige keer: 5', { exact: true })).toBeVisible();
	await expect(noor.getByText(NOOR_SHARED)).toBeVisible();
	// Today's score is today's: last time's is not filled in.
	await expect(
		page
			.getByRole('group', { name: 'Cijfer van Noor' })
			.getByRole('radio', { name: 'Nog geen antwoord' })
	).toBeChecked();
	await score(page, 'Noor', 8);
	await expect(noor.getByText('Vorige keer: 5', { exact: true })).toBeVisible();
	await expectNone(page, [NOOR_HIDDEN, ANS_HIDDEN], 'the group view of element 2');
	await waitSaved(page);
	await shot(page, 'previous-group-tablet', false);
	await expectAccessible(page, 'previous-group');
	await showPerson(page, 'Ans');
	await expect(card(page, 'Ans').getByText('Vorige keer: 6', { exact: true })).toBeVisible();

	// The coach switches it off: gone for everyone, not only hidden; on again, back.
	await shown.uncheck();
	await expectNone(page, ['Vorige keer:'], 'the group view, switched off');
	await showPerson(page, 'Noor');
	await expectNone(page, ['Vorige keer:', NOOR_SHARED], "Noor's card, switched off");
	await shown.check();
	await expect(noor.getByText('Vorige keer: 5', { exact: true })).toBeVisible();

	// On a phone: the same, under the input.
	await page.setViewportSize({ width: 390, height: 844 });
	const line = noor.getByText('Vorige keer: 5', { exact: true });
	await line.scrollIntoViewIfNeeded();
	await expect(line).toBeInViewport();
	await shot(page, 'previous-group-phone', false);
	await shown.scrollIntoViewIfNeeded();
	await expect(shown).toBeInViewport();
	await shot(page, 'previous-switches-phone', false);

	// Verloop, from the overview: last time's never-revealed "Gehoord worden" is a gap there too,
	// for Noor and for Ans, in the wheel, the lines and the words; the shared element is drawn.
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.getByRole('link', { name: 'Overzicht', exact: true }).click();
	await page.getByRole('link', { name: 'Verloop bekijken' }).click();
	await expect(page.getByRole('heading', { name: 'Verloop: Gezin P.', level: 1 })).toBeVisible();
	const cells = (element: string, person: string) =>
		page
			.getByRole('figure', { name: element, exact: true })
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader', { name: person, exact: true }) })
			.getByRole('cell');
	await expect(cells('Erbij horen', 'Noor')).toHaveText(['5', '8']);
	// Revealed together this time: today's score is drawn, last time's hidden one is not.
	await expect(cells('Gehoord worden', 'Noor')).toHaveText([/geen antwoord/, '4']);
	await expect(cells('Gehoord worden', 'Ans').first()).toHaveText(/geen antwoord/);
	await expect(page.getByText(/Gehoord worden: Noor/)).toHaveCount(0);
	await expect(
		page
			.getByRole('figure', { name: 'Kansencirkel van Noor over de tijd' })
			.getByRole('group', { name: 'Gehoord worden' })
			.getByRole('img', { name: /^Gesprek 1,/ })
	).toHaveCount(0);
	await expectNone(page, [NOOR_HIDDEN, ANS_HIDDEN], 'Verloop');
});
