import { readFileSync } from 'node:fs';
import {
	card,
	fillFamilySetup,
	note,
	open,
	personTab,
	planStep,
	score,
	showPerson,
	waitSaved
} from './app';
import { expect, expectAccessible, readStore, shot, test } from './fixtures';
import { pdfText } from './pdf';

// Several children at one table: Noor (10) and her brother Daan (14) with their parents Sanne
// and Karim. Each child answers about themself, each parent once about each child; every
// overview, agenda and table is about one child, and the plan has a focus element for Noor and
// one for the whole family, with a child version for each.

interface StoredConversation {
	id: string;
	children: string[];
	participants: { id: string; name: string }[];
}
interface StoredAnswer {
	participantId: string;
	childId: string;
	elementId: string;
	score: number | null;
}
interface StoredPlan {
	focus: { elementId: string; childId: string | null; actions: { what: string }[] }[];
}

async function addAction(
	page: import('@playwright/test').Page,
	element: string,
	what: string,
	who: string
) {
	const goals = page.getByRole('region', { name: 'Doelen en acties' });
	const card = goals.getByRole('article', { name: element });
	// Once a focus element has an action, its form folds to "+ Nog een actie".
	const more = card.getByRole('button', { name: '+ Nog een actie' });
	const form = goals.getByRole('form', { name: `Nieuwe actie voor ${element}` });
	await expect(more.or(form).first()).toBeVisible();
	if (await more.isVisible()) await more.click();
	await form.getByLabel('Wat gaat er gebeuren?').fill(what);
	await form.getByLabel('Wie doet het?').selectOption({ label: who });
	await form.getByLabel('Wanneer?').fill('elke week');
	await form.getByRole('button', { name: /Actie toevoegen/ }).click();
	await expect(goals.getByText(what, { exact: true })).toBeVisible();
}

/** Set-up of Gezin B. through the screens: two children, two parents. Ends on element 1. */
async function setUpFamily(page: import('@playwright/test').Page) {
	await open(page, '/nieuw/');
	await expect(page.getByRole('heading', { name: 'Over wie gaat dit gesprek?' })).toBeVisible();
	await fillFamilySetup(page, 'Gezin B.', [
		{ name: 'Noor', role: 'Kind of jongere', age: '8 tot en met 11 jaar' },
		{ name: 'Daan', role: 'Kind of jongere', age: '12 tot en met 18 jaar' },
		{ name: 'Sanne', role: 'Ouder of verzorger' },
		{ name: 'Karim', role: 'Ouder of verzorger' }
	]);
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	await expect(page.getByText('Element 1 van 8')).toBeVisible();
	const [conversation] = await readStore<StoredConversation>(page, 'conversations');
	const idOf = (name: string) => conversation!.participants.find((p) => p.name === name)!.id;
	return { conversation: conversation!, idOf };
}

test('two children and two parents: each adult answers per child, each child has an overview', async ({
	page
}) => {
	const { conversation, idOf } = await setUpFamily(page);

	// One person at a time: a child's one card about themself, an adult's card per child. The
	// card says about whom, the questions name that child.
	await expect(card(page, 'Noor')).toBeVisible();
	await expect(card(page, 'Noor')).not.toContainText('over Noor');
	await expect(page.getByRole('region', { name: /over / })).toHaveCount(0);
	await showPerson(page, 'Sanne');
	const sanneOverNoor = page.getByRole('region', { name: /^Sanne .*over Noor$/ });
	const sanneOverDaan = page.getByRole('region', { name: /^Sanne .*over Daan$/ });
	await expect(sanneOverNoor).toContainText('Wanneer merk je dat Noor zich gehoord voelt?');
	await expect(sanneOverDaan).toContainText('Wanneer merk je dat Daan zich gehoord voelt?');
	await expect(page.getByRole('region', { name: /over / })).toHaveCount(2);
	await expect(page.getByRole('region', { name: /^(Noor|Daan|Karim) / })).toHaveCount(0);

	// Gehoord worden: Sanne sees Noor at 4, Noor herself 8; Daan gives himself 9.
	await score(page, 'Noor', 8);
	await score(page, 'Daan', 9);
	await showPerson(page, 'Daan');
	await card(page, 'Daan').getByRole('switch', { name: 'Hier wil ik over praten' }).check();
	await score(page, 'Sanne over Noor', 4);
	// The row says Sanne has answered only once she has scored about both children.
	await expect(personTab(page, 'Sanne')).toHaveAccessibleName('Sanne: nog niet');
	await score(page, 'Sanne over Daan', 8);
	await expect(personTab(page, 'Sanne')).toHaveAccessibleName('Sanne: heeft geantwoord');
	await score(page, 'Karim over Noor', 6);
	await score(page, 'Karim over Daan', 9);
	await expect(personTab(page, 'Karim')).toHaveAccessibleName('Karim: heeft geantwoord');
	await waitSaved(page);

	// Stored per child: two answers of each parent, one of each child about themself.
	const noor = idOf('Noor');
	const daan = idOf('Daan');
	expect(conversation.children).toEqual([noor, daan]);
	const answers = await readStore<StoredAnswer>(page, 'answers');
	const scored = answers
		.filter((a) => a.score !== null)
		.map((a) => [a.participantId, a.childId, a.score]);
	expect(scored).toHaveLength(6);
	expect(scored).toEqual(
		expect.arrayContaining([
			[noor, noor, 8],
			[daan, daan, 9],
			[idOf('Sanne'), noor, 4],
			[idOf('Sanne'), daan, 8],
			[idOf('Karim'), noor, 6],
			[idOf('Karim'), daan, 9]
		])
	);

	// Noor's overview (the first child): only views of Noor are compared.
	await page.getByRole('link', { name: 'Overzicht' }).click();
	const switcher = page.getByRole('navigation', { name: 'Over welk kind?' });
	await expect(switcher.getByRole('link', { name: 'Noor' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await expect(page.getByRole('heading', { name: 'Over Noor' })).toBeVisible();
	const agenda = page.getByRole('region', { name: 'Waar willen we over praten?' });
	await expect(agenda).toContainText('Hier kijken jullie verschillend tegenaan');
	await expect(agenda).toContainText('Sanne 4, Noor 8');
	await expect(agenda).not.toContainText('Daan');
	const table = page.getByRole('table', { name: 'Alle cijfers in een tabel' });
	await expect(table.getByRole('columnheader', { name: 'Noor' })).toBeVisible();
	await expect(table.getByRole('columnheader', { name: 'Daan' })).toHaveCount(0);
	await expectAccessible(page, 'children-overview');
	await shot(page, 'children-overview-noor');

	// Daan's overview: his own flag, and never his mother's 4 about Noor next to his 9.
	await switcher.getByRole('link', { name: 'Daan' }).click();
	await expect(page.getByRole('heading', { name: 'Over Daan' })).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`kind=${daan}`));
	await expect(agenda).toContainText('Genoemd door Daan');
	await expect(agenda).not.toContainText('Hier kijken jullie verschillend tegenaan');
	await expect(agenda).not.toContainText('Noor');
	await expect(table.getByRole('columnheader', { name: 'Daan' })).toBeVisible();
	await expect(table.getByRole('columnheader', { name: 'Noor' })).toHaveCount(0);
});

test('one family plan: a focus for Noor and one for the whole family, a child version for each', async ({
	page
}) => {
	const { idOf } = await setUpFamily(page);
	const noor = idOf('Noor');

	// One family plan: Gehoord worden for Noor, Actief zijn for the whole family.
	await page.getByRole('link', { name: 'Overzicht' }).click();
	await page.getByRole('link', { name: 'Maak een plan' }).click();
	await planStep(page, 'Speerpunten');
	const focus = page.getByRole('region', { name: 'Speerpunten' });
	await focus.getByRole('checkbox', { name: /Gehoord worden/ }).check();
	await focus.getByRole('checkbox', { name: /Actief zijn/ }).check();
	await planStep(page, 'Doelen en acties');
	const goals = page.getByRole('region', { name: 'Doelen en acties' });
	await goals.locator('#for-heard').selectOption({ label: 'Noor' });
	await goals.getByLabel('Doel voor Gehoord worden').fill('Noor vertelt thuis wat zij wil');
	await addAction(page, 'Gehoord worden', 'Noor kiest elke week een spel', 'Noor');
	await goals.locator('#for-active').selectOption({ label: 'Het hele gezin' });
	await expect(goals.locator('#for-active')).toHaveValue('');
	await goals.getByLabel('Doel voor Actief zijn').fill('Samen buiten zijn');
	await addAction(page, 'Actief zijn', 'Daan neemt Noor mee naar voetbal', 'Daan');
	await addAction(page, 'Actief zijn', 'Karim fietst met iedereen op zondag', 'Karim');
	await planStep(page, 'Afspreken');
	const agreement = page.getByRole('region', { name: 'Staat iedereen achter dit plan?' });
	for (const name of ['Noor', 'Daan', 'Sanne', 'Karim']) {
		await agreement.getByRole('switch', { name: `${name}: ik sta achter dit plan` }).check();
	}
	await expect(agreement).toContainText('Afgesproken');
	await waitSaved(page);
	const [plan] = await readStore<StoredPlan>(page, 'plans');
	expect(plan!.focus.map((f) => [f.elementId, f.childId])).toEqual(
		expect.arrayContaining([
			['heard', noor],
			['active', null]
		])
	);

	// Noor's child version: her own action first; her brother's under what others do.
	await planStep(page, 'Delen');
	await page.getByRole('link', { name: 'Kindversie voor Noor' }).click();
	await expect(page.getByRole('heading', { name: 'Mijn plan – Noor', level: 1 })).toBeVisible();
	const mine = page.getByRole('region', { name: 'Dit ga ik doen' });
	const others = page.getByRole('region', { name: 'Dit doen anderen' });
	await expect(mine).toContainText('Noor kiest elke week een spel');
	await expect(mine).not.toContainText('Daan neemt Noor mee naar voetbal');
	await expect(others).toContainText('Daan neemt Noor mee naar voetbal');

	// Daan's: his own action first; Noor's focus element is not his.
	await page
		.getByRole('navigation', { name: 'Voor welk kind?' })
		.getByRole('link', { name: 'Kindversie voor Daan' })
		.click();
	await expect(page.getByRole('heading', { name: 'Mijn plan – Daan', level: 1 })).toBeVisible();
	await expect(mine).toContainText('Daan neemt Noor mee naar voetbal');
	await expect(mine).not.toContainText('Noor kiest elke week een spel');
	await expect(others).toContainText('Karim fietst met iedereen op zondag');
	await expect(page.getByRole('main')).not.toContainText('Noor kiest elke week een spel');

	// The PDF of Daan's version says the same.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'PDF delen' }).click();
	const file = await download;
	const { text } = await pdfText(readFileSync(await file.path()));
	expect(text).toContain('Mijn plan – Daan');
	expect(text).toContain('Daan neemt Noor mee naar voetbal');
	expect(text).not.toContain('Noor kiest elke week een spel');
	expect(text.indexOf('Daan neemt Noor mee naar voetbal')).toBeLessThan(
		text.indexOf('Karim fietst met iedereen op zondag')
	);
});

test('the plan says which child each proposal is about; "Voor wie?" follows it, else asks', async ({
	page
}) => {
	const { idOf } = await setUpFamily(page);
	const daan = idOf('Daan');

	// Gehoord worden: nobody far apart; Noor writes what goes well, Sanne a worry about Daan,
	// and Daan wants to talk about it.
	for (const name of ['Noor', 'Daan', 'Sanne over Noor', 'Sanne over Daan'])
		await score(page, name, 8);
	for (const name of ['Karim over Noor', 'Karim over Daan']) await score(page, name, 7);
	await note(page, 'Noor', 'Wat gaat goed?', 'Ik teken graag');
	await showPerson(page, 'Sanne');
	const aboutDaan = page.getByRole('region', { name: /^Sanne .*over Daan$/ });
	await aboutDaan.getByRole('button', { name: 'Zorgen', exact: true }).click();
	await aboutDaan.getByLabel('Zorgen', { exact: true }).fill('Hij zit veel alleen op zijn kamer');
	await showPerson(page, 'Daan');
	await card(page, 'Daan').getByRole('switch', { name: 'Hier wil ik over praten' }).check();
	await waitSaved(page);

	await page.getByRole('link', { name: 'Overzicht' }).click();
	await page.getByRole('link', { name: 'Maak een plan' }).click();

	// Each proposal names the child it is about, and so does the point once taken over.
	const strengths = page.getByRole('region', { name: 'Wat gaat goed?' });
	await strengths.getByText('Gehoord worden', { exact: true }).click();
	await expect(strengths.getByRole('listitem').filter({ hasText: 'Ik teken graag' })).toContainText(
		'Over Noor'
	);
	await strengths.getByRole('button', { name: 'Overnemen: Ik teken graag' }).click();
	await expect(strengths.getByText('Noor, bij Gehoord worden')).toBeVisible();
	await planStep(page, 'Zorgen');
	const worries = page.getByRole('region', { name: 'Zorgen' });
	await worries.getByText('Gehoord worden', { exact: true }).click();
	const worry = worries.getByRole('listitem').filter({ hasText: 'Hij zit veel alleen' });
	await expect(worry).toContainText('Over Daan');
	await expect(worry).toContainText('Sanne');
	await worries
		.getByRole('button', { name: 'Overnemen: Hij zit veel alleen op zijn kamer' })
		.click();
	await expect(worries.getByText('Sanne over Daan, bij Gehoord worden')).toBeVisible();

	// Gehoord worden came up for Daan (his flag), not for Noor.
	await planStep(page, 'Speerpunten');
	const focus = page.getByRole('region', { name: 'Speerpunten' });
	const heard = focus.getByRole('checkbox', { name: /Gehoord worden/ });
	await expect(heard).toHaveAccessibleName(/voorgesteld voor Daan: iemand wil erover praten/);
	await heard.check();
	await focus.getByRole('checkbox', { name: /Actief zijn/ }).check();

	// For Daan, as suggested; Actief zijn came up for nobody: the group chooses, nobody is
	// picked for them.
	await planStep(page, 'Doelen en acties');
	const goals = page.getByRole('region', { name: 'Doelen en acties' });
	const heardFor = goals.getByRole('article', { name: 'Gehoord worden' }).getByLabel('Voor wie?');
	const activeFor = goals.getByRole('article', { name: 'Actief zijn' }).getByLabel('Voor wie?');
	await expect(heardFor).toHaveValue(daan);
	await expect(heardFor.locator('option:checked')).toHaveText('Daan');
	await expect(activeFor.locator('option:checked')).toHaveText('Kies voor wie');
	await expect(activeFor).toHaveAttribute('aria-invalid', 'true');
	await expect(activeFor).toHaveAccessibleDescription(/voor één kind of voor het hele gezin/);
	await goals.getByLabel('Doel voor Gehoord worden').fill('Daan vertelt wat hij wil');
	await addAction(page, 'Gehoord worden', 'Daan kiest een uitje', 'Daan');
	await goals.getByLabel('Doel voor Actief zijn').fill('Samen buiten zijn');
	await addAction(page, 'Actief zijn', 'Karim fietst met iedereen op zondag', 'Karim');

	// Agreeing waits for the choice, and the link goes straight to it.
	await planStep(page, 'Afspreken');
	const agreement = page.getByRole('region', { name: 'Staat iedereen achter dit plan?' });
	await expect(agreement.getByRole('listitem')).toHaveText([
		/Actief zijn: kies voor wie dit speerpunt is\..*Naar Doelen en acties/
	]);
	await expect(agreement.getByRole('switch')).toHaveCount(0);
	await agreement.getByRole('link', { name: 'Naar Doelen en acties' }).click();
	await expect(activeFor).toBeFocused();
	await activeFor.selectOption({ label: 'Het hele gezin' });
	await expect(activeFor).not.toHaveAttribute('aria-invalid', 'true');
	await planStep(page, 'Afspreken');
	await expect(agreement.getByRole('switch')).toHaveCount(4);
	await waitSaved(page);
	const [plan] = await readStore<StoredPlan & { strengths: { text: string; childId?: string }[] }>(
		page,
		'plans'
	);
	expect(plan!.focus.map((f) => [f.elementId, f.childId])).toEqual([
		['heard', daan],
		['active', null]
	]);
	expect(plan!.focus.every((f) => !('childOpen' in f))).toBe(true);
	expect(plan!.strengths).toMatchObject([{ text: 'Ik teken graag', childId: idOf('Noor') }]);

	// Noor's strength is in her child version, not in Daan's.
	await planStep(page, 'Delen');
	await page.getByRole('link', { name: 'Kindversie voor Daan' }).click();
	await expect(page.getByRole('heading', { name: 'Mijn plan – Daan', level: 1 })).toBeVisible();
	await expect(page.getByRole('main')).toContainText('Daan kiest een uitje');
	await expect(page.getByRole('main')).not.toContainText('Ik teken graag');
	await page
		.getByRole('navigation', { name: 'Voor welk kind?' })
		.getByRole('link', { name: 'Kindversie voor Noor' })
		.click();
	await expect(page.getByRole('main')).toContainText('Ik teken graag');
});
