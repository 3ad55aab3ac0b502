import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { completeFamily, open, ready, unlock } from './app';
import { expect, expectAccessible, readStore, shot, test } from './fixtures';
import { pdfText } from './pdf';

const XSS = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const SVG = '"><svg onload=alert(1)>';
const STEPS = [
	'Wat gaat goed',
	'Zorgen',
	'Speerpunten',
	'Doelen en acties',
	'Als het anders loopt',
	'Afspreken',
	'Delen'
];

/** A step in the plan's progress list. */
function stepLink(page: Page, name: string) {
	return page
		.getByRole('navigation', { name: 'Stappen van het plan' })
		.getByRole('link', { name, exact: true });
}

test('from a finished conversation to an agreed plan, shared as PDF, HTML, print and text', async ({
	page,
	context,
	browser
}) => {
	test.setTimeout(240_000);
	page.on('dialog', () => {
		throw new Error('a script from user text ran');
	});
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await completeFamily(
		page,
		'Gezin J.',
		[
			{ name: 'Sam', role: 'Kind of jongere', age: '8 tot en met 11 jaar' },
			{ name: 'Ans', role: 'Ouder of verzorger' },
			{ name: 'Eva', role: 'CJG-coach' }
		],
		[
			[7, 8, 7],
			[3, 8, 5],
			[6, 7, 6],
			[8, 6, 7],
			[9, 8, 8],
			[6, 5, 6],
			[7, 7, 6],
			[8, 9, 8]
		],
		[
			{ person: 'Sam', element: 0, label: 'Wat gaat goed?', text: `Juf luistert ${XSS}` },
			{ person: 'Ans', element: 1, label: 'Zorgen', text: `Hij wordt gepest 😟 ${IMG}` },
			{ person: 'Sam', element: 1, label: 'Zorgen', text: 'شكرا جزيلا في الصف' },
			{ person: 'Eva', element: 4, label: 'Wat gaat goed?', text: 'Voetbal gaat héél goed' }
		]
	);

	await page.getByRole('link', { name: 'Maak een plan' }).click();
	await expect(
		page.getByRole('heading', { name: 'Gedragen plan: Gezin J.', level: 1 })
	).toBeVisible();
	await expect(stepLink(page, 'Wat gaat goed')).toHaveAttribute('aria-current', 'step');
	await expect(page.getByText('Stap 1 van 7')).toBeVisible();

	// Suggestions come from the conversation, exactly as people wrote them, grouped per element
	// and closed until someone opens a group.
	const strengths = page.getByRole('region', { name: 'Wat gaat goed?' });
	await expect(strengths.getByText(`Juf luistert ${XSS}`)).toBeHidden();
	await strengths.getByText('Gehoord worden', { exact: true }).click();
	await expect(strengths.getByText(`Juf luistert ${XSS}`)).toBeVisible();
	await strengths.getByRole('button', { name: `Overnemen: Juf luistert ${XSS}` }).click();
	await strengths.getByText('Actief zijn', { exact: true }).click();
	await strengths.getByRole('button', { name: 'Overnemen: Voetbal gaat héél goed' }).click();
	await expect(strengths.getByLabel('Punt 1', { exact: true })).toHaveValue(`Juf luistert ${XSS}`);
	await expect(strengths.getByLabel('Punt 2', { exact: true })).toHaveValue(
		'Voetbal gaat héél goed'
	);

	await page.getByRole('link', { name: 'Volgende: Zorgen' }).click();
	const worries = page.getByRole('region', { name: 'Zorgen' });
	await worries.getByText('Erbij horen', { exact: true }).click();
	await worries.getByRole('button', { name: `Overnemen: Hij wordt gepest 😟 ${IMG}` }).click();
	// A taken-over suggestion moves up into the plan, above the remaining suggestions.
	const onPlan = await worries.getByLabel('Punt 1', { exact: true }).boundingBox();
	const rest = await worries.getByText('شكرا جزيلا في الصف').boundingBox();
	expect(onPlan!.y).toBeLessThan(rest!.y);
	await worries.getByRole('button', { name: 'Voorstel weghalen: شكرا جزيلا في الصف' }).click();
	await expect(worries.getByText('شكرا جزيلا في الصف')).toHaveCount(0);

	// Focus: Erbij horen is proposed (largest difference); at most three.
	await page.getByRole('link', { name: 'Volgende: Speerpunten' }).click();
	const focus = page.getByRole('region', { name: 'Speerpunten' });
	await expect(focus.getByText(/voorgesteld: .*verschillend/)).toBeVisible();
	for (const name of ['Erbij horen', 'Gehoord worden', 'Gezond zijn']) {
		await focus.getByRole('checkbox', { name: new RegExp(name) }).check();
	}
	await focus.getByRole('checkbox', { name: /Veilig zijn/ }).click();
	await expect(focus.getByRole('alert')).toContainText('niet meer dan drie');
	await expect(focus.getByRole('checkbox', { name: /Veilig zijn/ })).not.toBeChecked();
	await focus.getByRole('checkbox', { name: /Gezond zijn/ }).uncheck();

	// A supporter from the network can do an action too.
	const supporters = page.getByRole('region', { name: 'Wie helpen er nog meer?' });
	await supporters.getByLabel('Naam').fill('Juf Mira');
	await supporters.getByLabel('Wie is dit voor het gezin?').fill('leerkracht');
	await supporters.getByRole('button', { name: /Toevoegen aan het plan/ }).click();

	await page.getByRole('link', { name: 'Volgende: Doelen en acties' }).click();
	const goals = page.getByRole('region', { name: 'Doelen en acties' });
	const belongingCard = goals.getByRole('article', { name: 'Erbij horen' });
	const heardCard = goals.getByRole('article', { name: 'Gehoord worden' });
	await goals.getByLabel('Doel voor Erbij horen').fill(`Sam voelt zich welkom in de klas ${SVG}`);

	const belonging = goals.getByRole('form', { name: 'Nieuwe actie voor Erbij horen' });
	await belonging.getByRole('button', { name: /Actie toevoegen/ }).click();
	await expect(belonging.getByText('Schrijf op wat er gaat gebeuren.')).toBeVisible();
	await belonging.getByLabel('Wat gaat er gebeuren?').fill('Samen een buddy kiezen');
	await belonging.getByRole('button', { name: /Actie toevoegen/ }).click();
	await expect(belonging.getByText('Kies wie het doet.')).toBeVisible();
	await belonging.getByLabel('Wie doet het?').selectOption({ label: 'Juf Mira (leerkracht)' });
	await belonging.getByLabel('Wanneer?').fill('2027-01-12');
	await belonging.getByLabel('Wie helpt? (mag leeg)').fill('Ans');
	await belonging.getByRole('button', { name: /Actie toevoegen/ }).click();
	await belonging.getByLabel('Wat gaat er gebeuren?').fill('In de pauze meedoen met voetbal');
	await belonging.getByLabel('Wie doet het?').selectOption({ label: 'Sam' });
	await belonging.getByLabel('Wanneer?').fill('elke week');
	await belonging.getByRole('button', { name: /Actie toevoegen/ }).click();
	// Each action lands under its own focus element; a date reads as a date.
	await expect(belongingCard.getByRole('listitem')).toHaveText([
		/Samen een buddy kiezen.*12 januari 2027/,
		/In de pauze meedoen met voetbal/
	]);
	await expect(belongingCard.getByText('2027-01-12')).toHaveCount(0);
	// Beside Gehoord worden: what it still needs.
	await expect(heardCard).toContainText('Gehoord worden: schrijf een doel op.');
	await expect(heardCard).toContainText('Gehoord worden: voeg minstens één actie toe.');

	// Agreeing is refused while parts are missing, and the screen names them.
	await stepLink(page, 'Afspreken').click();
	const agreement = page.getByRole('region', { name: 'Staat iedereen achter dit plan?' });
	await expect(agreement).toContainText('Concept');
	await expect(agreement.getByRole('listitem')).toHaveText([
		/Gehoord worden: schrijf een doel op\..*Naar Doelen en acties/,
		/Gehoord worden: voeg minstens één actie toe\..*Naar Doelen en acties/
	]);
	await expect(agreement.getByRole('switch')).toHaveCount(0);
	await agreement.getByRole('link', { name: 'Naar Doelen en acties' }).first().click();
	await expect(goals.getByLabel('Doel voor Gehoord worden')).toBeFocused();
	await goals.getByLabel('Doel voor Gehoord worden').fill('Thuis vertelt Sam één ding per dag');

	// An action typed but not added yet is kept: through a reload and a lock.
	const heard = goals.getByRole('form', { name: 'Nieuwe actie voor Gehoord worden' });
	await heard.getByLabel('Wat gaat er gebeuren?').fill('Aan tafel vragen wat er leuk was');
	await heard.getByLabel('Wie doet het?').selectOption({ label: 'Ans' });
	await heard.getByLabel('Wanneer?').fill('elke dag');
	await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
	await page.reload();
	await ready(page);
	await expect(heard.getByLabel('Wat gaat er gebeuren?')).toHaveValue(
		'Aan tafel vragen wat er leuk was'
	);
	await expect(heard.getByLabel('Wanneer?')).toHaveValue('elke dag');
	await page.getByRole('button', { name: 'Op slot' }).click();
	await expect(page.getByRole('heading', { name: 'De app is op slot' })).toBeVisible();
	await expect(page.getByLabel('Wat gaat er gebeuren?')).toHaveCount(0);
	await unlock(page);
	await expect(heard.getByLabel('Wat gaat er gebeuren?')).toHaveValue(
		'Aan tafel vragen wat er leuk was'
	);
	await expect(heard.getByLabel('Wie doet het?')).toHaveValue(/.+/);
	const [drafted] = await readStore<{
		focus: { elementId: string; draft?: { what: string; when: string } }[];
	}>(page, 'plans');
	expect(drafted?.focus.find((f) => f.elementId === 'heard')?.draft).toMatchObject({
		what: 'Aan tafel vragen wat er leuk was',
		when: 'elke dag'
	});
	// Still waiting to be added: agreeing says so.
	await stepLink(page, 'Afspreken').click();
	await expect(agreement.getByRole('listitem')).toHaveText([
		/Gehoord worden: voeg minstens één actie toe\./,
		/Gehoord worden: er staat nog een actie klaar/
	]);
	await page.goBack();
	await heard.getByRole('button', { name: /Actie toevoegen/ }).click();
	await expect(heardCard.getByRole('listitem')).toHaveText([/Aan tafel vragen wat er leuk was/]);
	await expect(heard.getByLabel('Wat gaat er gebeuren?')).toHaveValue('');
	await expect(heardCard).not.toContainText('Nog nodig om af te spreken');

	await page.getByRole('link', { name: 'Volgende: Als het anders loopt' }).click();
	await page
		.getByRole('textbox', { name: 'Als het anders loopt' })
		.fill('Dan bellen we Eva en kijken we opnieuw.');
	// Juf Mira has an action on the plan: she could keep its overview too.
	const regisseur = page.getByRole('combobox', { name: 'Wie houdt het overzicht?' });
	await expect(regisseur.getByRole('option')).toHaveText([
		'Nog niet gekozen',
		'Sam',
		'Ans',
		'Eva',
		'Juf Mira (leerkracht)'
	]);
	await regisseur.selectOption({ label: 'Ans' });
	const evaluation = page.getByLabel('Wanneer kijken jullie samen terug?');
	await expect(evaluation).not.toHaveValue('');
	await evaluation.fill('2027-01-12');
	await expect(page.getByText('Terugkijken op 12 januari 2027.')).toBeVisible();

	// Everyone agrees, the child too, and Juf Mira, who does an action: the plan is afgesproken.
	await page.getByRole('link', { name: 'Volgende: Afspreken' }).click();
	await expect(agreement).toContainText('Concept');
	for (const name of ['Sam', 'Ans', 'Eva']) {
		await agreement.getByRole('switch', { name: `${name}: ik sta achter dit plan` }).check();
	}
	await expect(agreement).toContainText('Concept');
	await agreement
		.getByRole('switch', { name: 'Juf Mira (leerkracht): ik sta achter dit plan' })
		.check();
	await expect(agreement).toContainText('Afgesproken');
	await shot(page, 'plan-builder');

	// Every step is accessible, and fits two tablet screens.
	for (const name of STEPS) {
		await stepLink(page, name).click();
		await expect(stepLink(page, name)).toHaveAttribute('aria-current', 'step');
		await expectAccessible(page, `plan-step-${name}`);
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		expect(height, `${name} is ${height}px tall`).toBeLessThanOrEqual(2 * 768);
	}

	// Editing after agreement clears the agreements; the notice is where the edit was made,
	// in the words of the controls.
	await stepLink(page, 'Doelen en acties').click();
	await goals.getByLabel('Doel voor Gehoord worden').fill('Thuis vertelt Sam twee dingen per dag');
	const notice = heardCard.getByRole('alert');
	await expect(notice).toContainText('Het plan is veranderd');
	await expect(notice).toContainText('schakelaars “ik sta achter dit plan” weer uit');
	await expect(notice).not.toContainText(/vinkje|handtekening/);
	await expect(belongingCard.getByRole('alert')).toHaveCount(0);
	await expect(notice).toBeInViewport();
	await stepLink(page, 'Afspreken').click();
	await expect(agreement).toContainText('Concept');
	await expect(agreement.getByRole('alert')).toContainText('Het plan is veranderd');
	await expect(
		agreement.getByRole('switch', { name: 'Sam: ik sta achter dit plan' })
	).not.toBeChecked();
	for (const name of ['Sam', 'Ans', 'Eva', 'Juf Mira (leerkracht)']) {
		await agreement.getByRole('switch', { name: `${name}: ik sta achter dit plan` }).check();
	}
	await expect(agreement).toContainText('Afgesproken');
	await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();

	// Stored in IndexedDB, as agreed.
	const [plan] = await readStore<{
		focus: { elementId: string; goal: string; actions: { what: string }[] }[];
		agreements: { participantId: string }[];
		strengths: { text: string }[];
		regisseur: string;
	}>(page, 'plans');
	expect(plan?.agreements).toHaveLength(4);
	expect(plan?.focus.map((f) => f.elementId).sort()).toEqual(['belonging', 'heard']);
	expect(plan?.focus.flatMap((f) => f.actions)).toHaveLength(3);
	expect(plan?.focus.find((f) => f.elementId === 'heard')).not.toHaveProperty('draft');
	expect(plan?.focus.find((f) => f.elementId === 'belonging')?.actions.map((a) => a.what)).toEqual([
		'Samen een buddy kiezen',
		'In de pauze meedoen met voetbal'
	]);
	expect(plan?.strengths[0]?.text).toBe(`Juf luistert ${XSS}`);

	// PDF: a real file with the plan's content, hostile strings as literal text.
	await stepLink(page, 'Delen').click();
	const pdfDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'PDF delen' }).click();
	const pdf = await pdfDownload;
	expect(pdf.suggestedFilename()).toMatch(/^gedragen-plan-\d{4}-\d{2}-\d{2}-\d{4}\.pdf$/);
	const pdfPath = await pdf.path();
	await pdf.saveAs('artifacts/gedragen-plan.pdf');
	const { text, pages } = await pdfText(readFileSync(pdfPath));
	expect(pages).toBeGreaterThanOrEqual(1);
	for (const s of [
		'Gezin J.',
		'Sam',
		'Ans',
		'Eva',
		'Juf Mira',
		'Samen een buddy kiezen',
		'In de pauze meedoen met voetbal',
		'Thuis vertelt Sam twee dingen per dag',
		'héél',
		XSS
	]) {
		expect(text, `PDF contains ${s}`).toContain(s);
	}
	expect(text).not.toContain('meldcode');

	// HTML: one self-contained file that opens with JavaScript off.
	const htmlDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download als webpagina' }).click();
	const html = await htmlDownload;
	expect(html.suggestedFilename()).toMatch(/^gedragen-plan-\d{4}-\d{2}-\d{2}-\d{4}\.html$/);
	const source = readFileSync(await html.path(), 'utf8');
	expect(source).not.toMatch(/<script/i);
	expect(source).not.toContain('meldcode');
	const noJs = await browser.newContext({ javaScriptEnabled: false });
	const htmlPage = await noJs.newPage();
	await htmlPage.setContent(source);
	await expect(htmlPage.getByText('Samen een buddy kiezen')).toBeVisible();
	await expect(htmlPage.getByText(`Juf luistert ${XSS}`)).toBeVisible();
	expect(await htmlPage.locator('script, img[src="x"], svg[onload]').count()).toBe(0);
	await htmlPage.screenshot({ path: 'artifacts/screenshots/plan-html-file.png', fullPage: true });
	await noJs.close();

	// Text for a case file.
	await page.getByRole('button', { name: 'Kopieer als tekst' }).click();
	await expect(page.getByText('Het plan staat op het klembord.')).toBeVisible();
	const clip = await page.evaluate(() => navigator.clipboard.readText());
	expect(clip).toContain('Samen een buddy kiezen');
	expect(clip).toContain(XSS);

	// Print: only the plan sheet, no app chrome.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'PDF delen' })).toBeHidden();
	await expect(page.getByText('Samen een buddy kiezen').last()).toBeVisible();
	await shot(page, 'plan-print');
	await page.emulateMedia({ media: 'screen' });

	// The child version: simple, big, the child's own action first.
	await page.getByRole('link', { name: 'Kindversie' }).click();
	await expect(page.getByRole('heading', { name: 'Mijn plan', level: 1 })).toBeVisible();
	await expect(page.getByText('In de pauze meedoen met voetbal')).toBeVisible();
	await expect(page.getByText('meldcode')).toHaveCount(0);
	await expectAccessible(page, 'plan-child');
	await shot(page, 'plan-child');
	const childPdf = page.waitForEvent('download');
	await page.getByRole('button', { name: 'PDF delen' }).click();
	const childFile = await childPdf;
	await childFile.saveAs('artifacts/mijn-plan.pdf');
	expect(childFile.suggestedFilename()).toMatch(/^mijn-plan-\d{4}-\d{2}-\d{2}-\d{4}\.pdf$/);
	const child = await pdfText(readFileSync(await childFile.path()));
	expect(child.text).toContain('In de pauze meedoen met voetbal');
	expect(child.text).not.toContain('meldcode');

	// Reload: the plan is still agreed.
	await open(page, page.url().replace('/kind/', '/') + '&stap=afspreken');
	await expect(page.getByRole('region', { name: 'Staat iedereen achter dit plan?' })).toContainText(
		'Afgesproken'
	);
});

test('an action typed right before reloading or closing is kept, and the coach hint is a closed disclosure', async ({
	page,
	context
}) => {
	await open(page, '/nieuw/');
	await page.getByLabel('Zelfreflectie').check();
	await page.getByLabel('Titel').fill('Snel weg');
	await page.getByLabel('Voornaam of bijnaam').fill('Jay');
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	await expect(page.getByText('Element 1 van 8')).toBeVisible();
	const id = new URL(page.url()).searchParams.get('id')!;
	await open(page, `/gesprek/plan/?id=${id}&stap=speerpunten`);
	await page.getByRole('checkbox', { name: /Veilig zijn/ }).check();
	await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();

	const url = `/gesprek/plan/?id=${id}&stap=doelen`;
	await open(page, url);
	const what = (p = page) => p.getByLabel('Wat gaat er gebeuren?');
	// Each time: type and leave at once, well within the autosave delay.
	await what().pressSequentially('Elke dag', { delay: 0 });
	await page.reload();
	await ready(page);
	await expect(what()).toHaveValue('Elke dag');
	await what().press('End');
	await what().pressSequentially(' even bellen', { delay: 0 });
	await page.close({ runBeforeUnload: true });
	const again = await context.newPage();
	await open(again, url);
	await expect(what(again)).toHaveValue('Elke dag even bellen');
	const [plan] = await readStore<{ focus: { draft?: { what: string } }[] }>(again, 'plans');
	expect(plan?.focus[0]?.draft?.what).toBe('Elke dag even bellen');
	expect(await again.evaluate(() => localStorage.getItem('kansencirkel.unsavedPlan'))).toBeNull();

	// Veilig zijn is a speerpunt: the coach's hint is there, closed, and says whom it is for.
	await open(again, `/gesprek/plan/?id=${id}&stap=anders`);
	const hint = again.locator('details').filter({ hasText: 'Voor de coach' });
	await expect(hint.locator('summary')).toHaveText(/Voor de coach\s*\(dicht\)/);
	await expect(again.getByText(/meldcode/)).toBeHidden();
	await hint.locator('summary').click();
	await expect(again.getByText(/meldcode/)).toBeVisible();
	await expect(hint.locator('summary')).toHaveText(/Voor de coach\s*\(open\)/);
	await expectAccessible(again, 'plan-coach-hint-open');
	await shot(again, 'plan-coach-hint');
});
