import { readFileSync } from 'node:fs';
import {
	completeFamily,
	makePlan,
	next,
	open,
	planStep,
	score,
	showPerson,
	waitSaved,
	type Person
} from './app';
import { expect, expectAccessible, readStore, shot, test } from './fixtures';
import { pdfText } from './pdf';

// Issue 14: in the follow-up the group takes an unfinished action over into the new plan with
// one tap, and the new plan's exports look back at the previous one ("Terugblik"); the child's
// version says what the child did. Then the whole round: the new plan agreed, Noor's faces about
// the conversation, a second follow-up with last time's answers beside the input, and Verloop
// with all three moments.

const PEOPLE: Person[] = [
	{ name: 'Noor', role: 'Kind of jongere', age: '8 tot en met 11 jaar' },
	{ name: 'Ans', role: 'Ouder of verzorger' },
	{ name: 'Eva', role: 'CJG-coach' }
];
const DAY = 24 * 3_600_000;
// Monday 2 March 2026, 10:00; the follow-up six weeks and a day later.
const START = new Date(2026, 2, 2, 10).getTime();

interface StoredPlan {
	conversationId: string;
	focus: { elementId: string; actions: { id: string; what: string; carriedFrom?: string }[] }[];
}

test('the follow-up carries an unfinished action over; the PDF, HTML and child version look back', async ({
	page,
	browser
}) => {
	test.setTimeout(360_000);
	await page.clock.install({ time: START });
	await completeFamily(
		page,
		'Gezin B.',
		PEOPLE,
		Array.from({ length: 8 }, () => [7, 6, 7])
	);
	await makePlan(page, PEOPLE);

	// Six weeks on, from home's reminder: the follow-up with the same people.
	await page.clock.setSystemTime(START + 43 * DAY);
	await open(page, '/');
	await page
		.getByRole('region', { name: 'Om op terug te kijken' })
		.getByRole('link', { name: 'Vervolggesprek starten: Gezin B.' })
		.click();
	await page.getByRole('button', { name: 'Vervolggesprek beginnen' }).click();
	const focus = page.getByRole('region', { name: 'Erbij horen' });
	await focus
		.getByRole('group', { name: 'Hoe staat het ervoor?' })
		.getByRole('radio', { name: 'Slechter dan we hoopten', exact: true })
		.check();
	const action = focus.getByRole('group', { name: 'Samen een buddy kiezen (Noor)' });
	await action.getByRole('radio', { name: 'Deels', exact: true }).check();
	await action.getByLabel('Korte notitie (mag leeg blijven)').fill('Twee keer samen gespeeld');
	await waitSaved(page);

	// The elements again: Noor a little higher, Eva lower than last time.
	await page.getByRole('link', { name: /Verder naar de elementen/ }).click();
	for (let i = 0; i < 8; i++) {
		await expect(page.getByText(`Element ${i + 1} van 8`)).toBeVisible();
		for (const [j, p] of PEOPLE.entries()) await score(page, p.name, [8, 6, 5][j]!);
		await waitSaved(page);
		if (i < 7) await next(page);
	}
	await page.getByRole('link', { name: /Naar het overzicht/ }).click();
	await page.getByRole('link', { name: 'Maak een plan' }).click();

	// "Uit het vorige plan": the unfinished action and the goal not reached, one tap each.
	await planStep(page, 'Speerpunten');
	const carry = page.getByRole('region', { name: 'Uit het vorige plan' });
	await expect(carry.getByText('Samen een buddy kiezen (Noor)')).toBeVisible();
	await expect(carry.getByText('Deels')).toBeVisible();
	await carry.getByRole('button', { name: 'Neem over: Samen een buddy kiezen' }).click();
	const taken = carry.getByRole('button', { name: 'Overgenomen: Samen een buddy kiezen' });
	await expect(taken).toBeVisible();
	await expect(taken).toBeFocused();
	await carry.getByRole('button', { name: 'Neem over: doel bij Erbij horen' }).click();
	await expect(carry.getByText('Overgenomen')).toHaveCount(2);
	// The focus element came along, checked.
	await expect(
		page.getByRole('region', { name: 'Speerpunten' }).getByRole('checkbox', { name: /Erbij horen/ })
	).toBeChecked();
	await waitSaved(page);
	await expectAccessible(page, 'carry-over');
	await carry.screenshot({ path: 'artifacts/screenshots/carry-over-section.png' });
	await shot(page, 'carry-over-plan-step');

	// Stored once, marked with where it came from.
	const plans = await readStore<StoredPlan>(page, 'plans');
	const carried = plans
		.flatMap((p) => p.focus.flatMap((f) => f.actions))
		.filter((a) => a.carriedFrom);
	expect(carried).toHaveLength(1);
	expect(carried[0]!.what).toBe('Samen een buddy kiezen');
	const first = plans.find((p) =>
		p.focus.some((f) => f.actions.some((a) => a.id === carried[0]!.carriedFrom))
	);
	expect(first).toBeDefined();
	expect(carried[0]!.id).not.toBe(carried[0]!.carriedFrom);

	// The PDF says what became of the plan.
	await planStep(page, 'Delen');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'PDF delen' }).click();
	const pdf = await download;
	await pdf.saveAs('artifacts/vervolg-plan.pdf');
	const { text } = await pdfText(readFileSync(await pdf.path()));
	for (const s of [
		'Terugblik',
		'Zo ging het met het plan van 2 maart 2026.',
		'Samen een buddy kiezen (Noor): Deels',
		'Twee keer samen gespeeld',
		'Erbij horen: Slechter dan we hoopten',
		'Erbij horen: Noor van 7 naar 8',
		'Eva van 7 naar 5'
	])
		expect(text, `PDF contains ${s}`).toContain(s);

	// The HTML file: the terugblik with the wheel of now and last time.
	const htmlDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download als webpagina' }).click();
	const source = readFileSync(await (await htmlDownload).path(), 'utf8');
	const noJs = await browser.newContext({ javaScriptEnabled: false });
	const htmlPage = await noJs.newPage();
	await htmlPage.setContent(source);
	const review = htmlPage.locator('section').filter({
		has: htmlPage.getByRole('heading', { name: 'Terugblik', level: 2 })
	});
	await expect(review.getByText('Wat is er van de acties geworden?')).toBeVisible();
	await expect(review.getByText('Noor (vorige keer)')).toBeVisible();
	await review.screenshot({ path: 'artifacts/screenshots/carry-over-html-terugblik.png' });
	await noJs.close();

	// The child's version: "Dit heb ik gedaan!" with Noor's own action.
	await page.getByRole('link', { name: 'Kindversie' }).click();
	const done = page.getByRole('region', { name: 'Dit heb ik gedaan!' });
	await expect(done).toBeVisible();
	await expect(done.getByText('Samen een buddy kiezen')).toBeVisible();
	await expect(done.getByText('Een deel gelukt')).toBeVisible();
	await expect(page.getByText('Twee keer samen gespeeld')).toHaveCount(0);
	await expectAccessible(page, 'carry-over-child');

	// Back to the plan: everyone stands behind the new plan, and Noor says how it was for her.
	const followUpId = new URL(page.url()).searchParams.get('id')!;
	await open(page, `/gesprek/plan/?id=${followUpId}&stap=afspreken`);
	const agreement = page.getByRole('region', { name: 'Staat iedereen achter dit plan?' });
	for (const p of PEOPLE) {
		await agreement.getByRole('switch', { name: `${p.name}: ik sta achter dit plan` }).check();
	}
	await expect(agreement).toContainText('Afgesproken');
	await waitSaved(page);
	await planStep(page, 'Delen');
	await page.getByRole('link', { name: 'Hoe was dit gesprek voor Noor?' }).click();
	await page.getByRole('button', { name: 'Noor vult het in' }).click();
	await page
		.getByRole('group', { name: 'Werd er naar mij geluisterd?' })
		.getByRole('radio', { name: 'Blij', exact: true })
		.check();
	await page.getByRole('button', { name: 'Klaar' }).click();
	await expect(page.getByRole('status')).toContainText('Dank je wel, Noor!');

	// Twelve weeks after the start, a second follow-up from the plan: last time's answers show
	// greyed beside the input, and Verloop draws all three moments.
	await page.clock.setSystemTime(START + 86 * DAY);
	await open(page, `/gesprek/plan/?id=${followUpId}`);
	await page.getByRole('link', { name: 'Vervolggesprek starten' }).click();
	await page.getByRole('button', { name: 'Vervolggesprek beginnen' }).click();
	await page.getByRole('link', { name: /Verder naar de elementen/ }).click();
	for (let i = 0; i < 8; i++) {
		await expect(page.getByText(`Element ${i + 1} van 8`)).toBeVisible();
		if (i === 0) {
			await showPerson(page, 'Noor');
			await expect(page.getByText('Vorige keer: 8')).toBeVisible();
		}
		for (const [j, p] of PEOPLE.entries()) await score(page, p.name, [9, 7, 6][j]!);
		await waitSaved(page);
		if (i < 7) await next(page);
	}
	await page.getByRole('link', { name: /Naar het overzicht/ }).click();
	await page.getByRole('link', { name: 'Verloop bekijken' }).click();
	await expect(page.getByRole('heading', { name: 'Verloop: Gezin B.', level: 1 })).toBeVisible();
	const wheel = page.getByRole('figure', { name: 'Kansencirkel van Noor over de tijd' });
	await expect(
		wheel.getByRole('list', { name: 'Welke lijn is welk gesprek' }).getByRole('listitem')
	).toHaveText(['Gesprek 1, 2 maart 2026', 'Gesprek 2, 14 april 2026', 'Gesprek 3, 27 mei 2026']);
	await expect(
		page
			.getByRole('region', { name: 'Wat veranderde er?' })
			.getByText(/: Noor 7 → 9$/)
			.first()
	).toBeVisible();
	await expectAccessible(page, 'series-three-moments');
	await page.setViewportSize({ width: 1024, height: 768 });
	await shot(page, 'series-three-moments-tablet');
	await page.setViewportSize({ width: 390, height: 844 });
	await shot(page, 'series-three-moments-phone');
});
