import type { Page } from '@playwright/test';
import {
	card,
	fillFamilySetup,
	next,
	open,
	PASSPHRASE,
	score,
	showPerson,
	stubSpeech,
	waitSaved
} from './app';
import { catalogue } from './catalogues';
import { expect, expectAccessible, shot, test } from './fixtures';

const elementsNl = catalogue('nl').elements;
const elementsEn = catalogue('en').elements;
const elementsAr = catalogue('ar').elements;
/** An adult's questions as the screen shows them: about the child, by name. */
const about = (questions: readonly string[], child = 'Sam') =>
	questions.map((q) => q.replaceAll('{child}', child));

/** Dutch words of the app's own chrome: none of them may be left once it speaks English. */
const DUTCH = [
	'Taal',
	'Instellingen',
	'Op slot',
	'Nieuw gesprek',
	'Volgende',
	'Vorige',
	'Deelnemers',
	'Overzicht',
	'Opgeslagen',
	'Wat gaat goed?',
	'Zorgen',
	'Hier wil ik over praten',
	'Nog geen antwoord',
	'Cijfer van',
	'Element 1 van 8',
	'Gehoord worden',
	'Alles blijft op dit apparaat'
];

/** The visible text of the whole page, with the language picker's own names left out. */
async function screenText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const copy = document.body.cloneNode(true) as HTMLElement;
		// Each language in the picker names itself ("Nederlands"): that is meant to stay.
		copy.querySelectorAll('option').forEach((o) => o.remove());
		// SvelteKit's announcer repeats the title of the last navigation, not what is on screen.
		copy.querySelector('#svelte-announcer')?.remove();
		document.body.append(copy);
		copy.style.position = 'absolute';
		const text = copy.innerText;
		copy.remove();
		return text;
	});
}

/** A family of three in Dutch: Sam (8–12), Ans (parent) and Eva (coach). */
async function startFamily(page: Page, questionLanguage: Record<string, string> = {}) {
	await open(page, '/nieuw/');
	await fillFamilySetup(page, 'Gezin J.', [
		{ name: 'Sam', role: 'Kind of jongere', age: '8 tot en met 11 jaar' },
		{ name: 'Ans', role: 'Ouder of verzorger' },
		{ name: 'Eva', role: 'CJG-coach' }
	]);
	// The child first ("Kind 1"), then the others at the table.
	const groups: Record<string, string> = { Sam: 'Kind 1', Ans: 'Deelnemer 1', Eva: 'Deelnemer 2' };
	for (const name of ['Sam', 'Ans', 'Eva']) {
		if (!questionLanguage[name]) continue;
		await page
			.getByRole('group', { name: groups[name], exact: true })
			.getByLabel('Taal van de vragen')
			.selectOption({ label: questionLanguage[name] });
	}
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	await expect(page.getByText('Element 1 van 8')).toBeVisible();
}

test('in English the whole screen speaks English, and the choice is remembered', async ({
	page
}) => {
	await startFamily(page);
	await score(page, 'Sam', 7);
	await waitSaved(page);
	await page.getByLabel('Taal').selectOption({ label: 'English' });

	await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	const heard = elementsEn.heard;
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(heard.name);
	await expect(page).toHaveTitle(`${heard.name} – Kansencirkel`);
	await expect(page.getByText(heard.explanation)).toBeVisible();
	await expect(page.getByText('Element 1 of 8')).toBeVisible();
	await expect(page.getByLabel('Language')).toBeVisible();
	await expect(page.getByRole('link', { name: /^Next: Belonging/ })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
	// The questions fit each person, now in English: the child's and the parent's, one at a
	// time (the row of people speaks English too).
	await expect(card(page, 'Sam').getByRole('listitem')).toHaveText([
		...heard.questions['child-8-12']
	]);
	await expect(
		page.getByRole('group', { name: 'Sam’s score' }).getByRole('radio', { name: '7', exact: true })
	).toBeChecked();
	const row = page.getByRole('tablist', { name: 'Whose turn is it?' });
	await expect(row.getByRole('tab', { name: 'Sam: has answered, 7' })).toBeVisible();
	await row.getByRole('tab', { name: 'Ans: not yet' }).click();
	await expect(card(page, 'Ans').getByRole('listitem')).toHaveText(about(heard.questions.parent));
	await expect(
		card(page, 'Ans').getByRole('button', { name: 'What is going well?', exact: true })
	).toBeVisible();
	const text = await screenText(page);
	for (const dutch of DUTCH) expect(text, `no “${dutch}” left`).not.toContain(dutch);
	for (const q of about(elementsNl.heard.questions.parent)) expect(text).not.toContain(q);
	await expectAccessible(page, 'element-english');
	await shot(page, 'element-english');

	// A reload (which locks the app) keeps English, from the lock screen on.
	await page.reload();
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
	await expect(page.getByRole('heading', { name: 'The app is locked' })).toBeVisible();
	await page.getByLabel('Password').fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Open the app' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(heard.name);
	await page.getByRole('link', { name: /^Next: Belonging/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(elementsEn.belonging.name);
	await expect(page.getByRole('link', { name: /^← Previous/ })).toBeVisible();
	await page.getByRole('link', { name: 'Overview', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview: Gezin J.');
	for (const dutch of DUTCH) expect(await screenText(page)).not.toContain(dutch);

	// A downloaded plan is named in English too.
	await page.getByRole('link', { name: 'Make a plan' }).click();
	await page
		.getByRole('navigation', { name: 'Steps of the plan' })
		.getByRole('link', { name: 'Share', exact: true })
		.click();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download as a web page' }).click();
	expect((await download).suggestedFilename()).toMatch(
		/^shared-plan-\d{4}-\d{2}-\d{2}-\d{4}\.html$/
	);
});

test('a participant with English questions in a Dutch conversation', async ({ page }) => {
	await startFamily(page, { Ans: 'English' });
	const ans = card(page, 'Ans');
	const sam = card(page, 'Sam');
	await showPerson(page, 'Ans');
	// Ans's questions are English, and marked as such for screen readers and read-aloud.
	await expect(ans.locator('.question-block')).toHaveAttribute('lang', 'en-GB');
	await expect(ans.getByRole('listitem')).toHaveText(about(elementsEn.heard.questions.parent));
	await expect(ans.getByText('Vragen in het English')).toBeVisible();
	// Everything else on her card, and everyone else's questions, stay Dutch.
	await expect(page.getByRole('group', { name: 'Cijfer van Ans' })).toBeVisible();
	await expect(ans.getByRole('button', { name: 'Wat gaat goed?', exact: true })).toBeVisible();
	await showPerson(page, 'Sam');
	await expect(sam.locator('.question-block')).toHaveAttribute('lang', 'nl-NL');
	await expect(sam.getByRole('listitem')).toHaveText([...elementsNl.heard.questions['child-8-12']]);
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl-NL');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gehoord worden');
	await score(page, 'Ans', 6);
	await waitSaved(page);
	await expectAccessible(page, 'element-mixed-languages');
	await next(page);
	await showPerson(page, 'Ans');
	await expect(ans.getByRole('listitem')).toHaveText(about(elementsEn.belonging.questions.parent));
});

test('Arabic (concept): right to left, mirrored, in Arabic where translated', async ({ page }) => {
	await startFamily(page);
	// The picker says which translation is a concept, in each language's own words.
	const picker = page.getByLabel('Taal');
	await expect(picker.locator('option[value="ar"]')).toHaveText('العربية (concept)');
	await expect(picker.locator('option[value="nl"]')).toHaveText('Nederlands');
	await picker.selectOption('ar');

	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.locator('html[dir=rtl][lang=ar]')).toHaveCount(1);
	await expect(page.getByLabel('اللغة').locator('option[value="ar"]')).toHaveText(
		'العربية (مسودة)'
	);
	const heard = elementsAr.heard;
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(heard.name);
	await expect(page.getByText(heard.explanation)).toBeVisible();
	await expect(card(page, 'Sam').getByRole('listitem')).toHaveText([
		...heard.questions['child-8-12']
	]);
	await expect(page.getByText('العنصر 1 من 8')).toBeVisible();

	// Mirrored: the brand sits at the right, the picker to its left; text starts at the right.
	const brand = (await page.getByRole('link', { name: 'Kansencirkel' }).first().boundingBox())!;
	const lang = (await page.getByLabel('اللغة').boundingBox())!;
	const width = page.viewportSize()!.width;
	expect(brand.x + brand.width).toBeGreaterThan(width - 40);
	expect(lang.x).toBeLessThan(brand.x);
	const h1 = page.getByRole('heading', { level: 1 });
	expect(await h1.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
	await expectAccessible(page, 'element-arabic');
	await shot(page, 'rtl-walkthrough');

	// On element 2 the way forward ("التالي") is at the left of the way back ("السابق").
	await page.getByRole('link', { name: /^التالي/ }).click();
	await expect(page.getByText('العنصر 2 من 8')).toBeVisible();
	const forward = (await page.getByRole('link', { name: /^التالي/ }).boundingBox())!;
	const back = (await page.getByRole('link', { name: /السابق/ }).boundingBox())!;
	expect(forward.x + forward.width).toBeLessThanOrEqual(back.x);
	// …and their arrows point that way: "→" and "←" are drawn mirrored.
	for (const link of [/^التالي/, /السابق/]) {
		const arrow = page.getByRole('link', { name: link }).locator('.arrow');
		expect(await arrow.evaluate((el) => getComputedStyle(el).transform)).toBe(
			'matrix(-1, 0, 0, 1, 0, 0)'
		);
	}
	// The conversation's own (Latin) title keeps its full stop at its end: "Gezin J.".
	await expect(page.getByText('Gezin J.', { exact: true })).toHaveAttribute('dir', 'auto');
	// The mini wheel and the cards sit mirrored too: the wheel on the right.
	const wheel = (await page
		.getByRole('navigation', { name: 'انتقل إلى عنصر' })
		.first()
		.boundingBox())!;
	const firstCard = (await card(page, 'Sam').boundingBox())!;
	expect(wheel.x).toBeGreaterThan(firstCard.x);
	await shot(page, 'rtl-walkthrough-2');
	await expectAccessible(page, 'element-2-arabic');
});

test('read aloud: the speaker beside a question reads it in its language; no voices, no buttons', async ({
	page
}) => {
	await stubSpeech(page, ['nl-NL', 'en-GB']);
	await startFamily(page, { Ans: 'English' });
	const question = elementsNl.heard.questions['child-8-12'][0]!;
	await card(page, 'Sam')
		.getByRole('button', { name: `Lees voor: ${question}` })
		.click();
	const spoken = () => page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken);
	await expect.poll(spoken).toEqual([{ text: question, lang: 'nl-NL' }]);
	// Ans's English question is read in English; the button's name stays in the app's language.
	const english = about(elementsEn.heard.questions.parent)[1]!;
	await showPerson(page, 'Ans');
	await card(page, 'Ans')
		.getByRole('button', { name: `Lees voor: ${english}` })
		.click();
	await expect.poll(spoken).toContainEqual({ text: english, lang: 'en-GB' });

	// A device without voices: no read-aloud buttons at all, rather than ones that do nothing.
	// (A second tab on the same device, so the conversation is there too.)
	const silent = await page.context().newPage();
	await stubSpeech(silent, []);
	await open(silent, page.url());
	// The address says whose answer is shown: Ans's, as in the first tab.
	await expect(card(silent, 'Ans').getByRole('listitem')).toHaveCount(3);
	await expect(silent.getByRole('button', { name: /^Lees voor/ })).toHaveCount(0);
	await silent.close();
});
