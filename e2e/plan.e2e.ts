import { readFileSync } from 'node:fs';
import { completeFamily, open } from './app';
import { expect, expectAccessible, readStore, shot, test } from './fixtures';
import { pdfText } from './pdf';

const XSS = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const SVG = '"><svg onload=alert(1)>';

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
			{ name: 'Sam', role: 'Kind of jongere', age: '8 tot 12 jaar' },
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

	// Suggestions come from the conversation, exactly as people wrote them.
	const strengths = page.getByRole('region', { name: 'Wat gaat goed?' });
	await expect(strengths.getByText(`Juf luistert ${XSS}`)).toBeVisible();
	await strengths.getByRole('button', { name: `Overnemen: Juf luistert ${XSS}` }).click();
	await strengths.getByRole('button', { name: 'Overnemen: Voetbal gaat héél goed' }).click();
	await expect(strengths.getByLabel('Punt 1')).toHaveValue(`Juf luistert ${XSS}`);
	const worries = page.getByRole('region', { name: 'Zorgen' });
	await worries.getByRole('button', { name: `Overnemen: Hij wordt gepest 😟 ${IMG}` }).click();
	await worries.getByRole('button', { name: 'Voorstel weghalen: شكرا جزيلا في الصف' }).click();
	await expect(worries.getByText('شكرا جزيلا في الصف')).toHaveCount(0);

	// Focus: Erbij horen is proposed (largest difference); at most three.
	const focus = page.getByRole('region', { name: 'Speerpunten' });
	await expect(focus.getByText(/voorgesteld: .*verschillend/)).toBeVisible();
	for (const name of ['Erbij horen', 'Gehoord worden', 'Gezond zijn']) {
		await focus.getByRole('checkbox', { name: new RegExp(name) }).check();
	}
	await focus.getByRole('checkbox', { name: /Veilig zijn/ }).click();
	await expect(focus.getByRole('alert')).toContainText('niet meer dan drie');
	await expect(focus.getByRole('checkbox', { name: /Veilig zijn/ })).not.toBeChecked();
	await focus.getByRole('checkbox', { name: /Gezond zijn/ }).uncheck();

	await focus.getByLabel('Doel voor Erbij horen').fill(`Sam voelt zich welkom in de klas ${SVG}`);
	await focus.getByLabel('Doel voor Gehoord worden').fill('Thuis vertelt Sam één ding per dag');

	// A supporter from the network can do an action too.
	const supporters = page.getByRole('region', { name: 'Wie helpen er nog meer?' });
	await supporters.getByLabel('Naam').fill('Juf Mira');
	await supporters.getByLabel('Wie is dit voor het gezin?').fill('leerkracht');
	await supporters.getByRole('button', { name: /Toevoegen aan het plan/ }).click();

	const belonging = focus.getByRole('form', { name: 'Nieuwe actie voor Erbij horen' });
	await belonging.getByRole('button', { name: /Actie toevoegen/ }).click();
	await expect(belonging.getByText('Schrijf op wat er gaat gebeuren.')).toBeVisible();
	await belonging.getByLabel('Wat gaat er gebeuren?').fill('Samen een buddy kiezen');
	await belonging.getByRole('button', { name: /Actie toevoegen/ }).click();
	await expect(belonging.getByText('Kies wie het doet.')).toBeVisible();
	await belonging.getByLabel('Wie doet het?').selectOption({ label: 'Juf Mira (leerkracht)' });
	await belonging.getByLabel('Wanneer?').fill('voor de kerstvakantie');
	await belonging.getByLabel('Wie helpt? (mag leeg)').fill('Ans');
	await belonging.getByRole('button', { name: /Actie toevoegen/ }).click();
	await belonging.getByLabel('Wat gaat er gebeuren?').fill('In de pauze meedoen met voetbal');
	await belonging.getByLabel('Wie doet het?').selectOption({ label: 'Sam' });
	await belonging.getByLabel('Wanneer?').fill('elke week');
	await belonging.getByRole('button', { name: /Actie toevoegen/ }).click();
	const heard = focus.getByRole('form', { name: 'Nieuwe actie voor Gehoord worden' });
	await heard.getByLabel('Wat gaat er gebeuren?').fill('Aan tafel vragen wat er leuk was');
	await heard.getByLabel('Wie doet het?').selectOption({ label: 'Ans' });
	await heard.getByLabel('Wanneer?').fill('elke dag');
	await heard.getByRole('button', { name: /Actie toevoegen/ }).click();
	// Each action lands under its own focus element.
	await expect(
		focus.getByRole('article').filter({ hasText: 'Doel voor Erbij horen' }).getByRole('listitem')
	).toHaveText([/Samen een buddy kiezen/, /In de pauze meedoen met voetbal/]);
	await expect(
		focus.getByRole('article').filter({ hasText: 'Doel voor Gehoord worden' }).getByRole('listitem')
	).toHaveText([/Aan tafel vragen wat er leuk was/]);

	await page
		.getByRole('textbox', { name: 'Als het anders loopt' })
		.fill('Dan bellen we Eva en kijken we opnieuw.');
	await page
		.getByRole('combobox', { name: 'Wie houdt het overzicht?' })
		.selectOption({ label: 'Ans' });
	await expect(page.getByLabel('Wanneer kijken jullie samen terug?')).not.toHaveValue('');

	// Everyone agrees, the child too: the plan is afgesproken.
	const agreement = page.getByRole('region', { name: 'Staat iedereen achter dit plan?' });
	await expect(agreement).toContainText('Concept');
	for (const name of ['Sam', 'Ans', 'Eva']) {
		await agreement.getByRole('switch', { name: `${name}: ik sta achter dit plan` }).check();
	}
	await expect(agreement).toContainText('Afgesproken');
	await expectAccessible(page, 'plan-builder');
	await shot(page, 'plan-builder');

	// Editing after agreement clears the agreements, with a clear notice.
	await focus.getByLabel('Doel voor Gehoord worden').fill('Thuis vertelt Sam twee dingen per dag');
	await expect(page.getByRole('alert').filter({ hasText: 'Het plan is veranderd' })).toBeVisible();
	await expect(agreement).toContainText('Concept');
	await expect(
		agreement.getByRole('switch', { name: 'Sam: ik sta achter dit plan' })
	).not.toBeChecked();
	for (const name of ['Sam', 'Ans', 'Eva']) {
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
	expect(plan?.agreements).toHaveLength(3);
	expect(plan?.focus.map((f) => f.elementId).sort()).toEqual(['belonging', 'heard']);
	expect(plan?.focus.flatMap((f) => f.actions)).toHaveLength(3);
	expect(plan?.focus.find((f) => f.elementId === 'belonging')?.actions.map((a) => a.what)).toEqual([
		'Samen een buddy kiezen',
		'In de pauze meedoen met voetbal'
	]);
	expect(plan?.strengths[0]?.text).toBe(`Juf luistert ${XSS}`);

	// PDF: a real file with the plan's content, hostile strings as literal text.
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
	await open(page, page.url().replace('/kind/', '/'));
	await expect(page.getByRole('region', { name: 'Staat iedereen achter dit plan?' })).toContainText(
		'Afgesproken'
	);
});
