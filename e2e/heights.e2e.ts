import type { Page } from '@playwright/test';
import { card, fillFamilySetup, note, open, stubSpeech, type Person } from './app';
import { expect, shot, test } from './fixtures';

// Issue 10, point 5: the walk-through fits a tablet. One person's answer (a self-reflection, or
// one person's private turn) fits one tablet screen, 1024×768; an element for four people in
// open mode takes at most two. The heights are printed, the phone's too (no hard goal there),
// so a change shows its effect (`npx playwright test e2e/heights.e2e.ts`).

const FOUR: Person[] = [
	{ name: 'Noor', role: 'Kind of jongere', age: '8 tot en met 11 jaar' },
	{ name: 'Sanne', role: 'Ouder of verzorger' },
	{ name: 'Jeroen', role: 'Ouder of verzorger' },
	{ name: 'Eva', role: 'CJG-coach' }
];

const TABLET = { name: 'tablet', width: 1024, height: 768 };
const PHONE = { name: 'phone', width: 390, height: 844 };

/**
 * How tall the page is laid out, also when that is less than the window (the document's
 * scrollHeight never is): the bottom of the main content, padding included.
 */
async function height(page: Page) {
	return page.evaluate(() => {
		const main = document.querySelector('main')!;
		return Math.ceil(main.getBoundingClientRect().bottom + window.scrollY);
	});
}

/** The three screens, measured and photographed. */
async function measure(page: Page, vp: typeof TABLET, suffix = '') {
	await page.setViewportSize({ width: vp.width, height: vp.height });
	const heights: Record<string, number> = {};

	// One person (self-reflection).
	await open(page, '/nieuw/');
	await page.getByRole('radio', { name: /^Zelfreflectie/ }).check();
	await page.getByLabel('Titel').fill('Mijn kansencirkel');
	await page.getByLabel('Voornaam of bijnaam').fill('Sam');
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	await expect(page.getByText('Element 1 van 8')).toBeVisible();
	heights.one = await height(page);
	await shot(page, `heights-${vp.name}${suffix}-one`);

	// Four people, open: one person at a time.
	await open(page, '/nieuw/');
	await fillFamilySetup(page, 'Gezin H.', FOUR);
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	await expect(page.getByText('Element 1 van 8')).toBeVisible();
	await expect(card(page, 'Noor')).toBeVisible();
	heights.fourOpen = await height(page);
	await shot(page, `heights-${vp.name}${suffix}-four-open`);

	// Four people, one person's private turn.
	await page.getByRole('switch', { name: /Om de beurt/ }).check();
	await page.getByRole('button', { name: 'Ik ben Noor, ik begin' }).click();
	await expect(card(page, 'Noor')).toBeVisible();
	heights.turn = await height(page);
	await shot(page, `heights-${vp.name}${suffix}-turn`);

	// The same turn answered in full: a score, a line in each note, the flag.
	const noor = card(page, 'Noor');
	await noor.getByRole('radio', { name: '7', exact: true }).check();
	for (const label of ['Wat gaat goed?', 'Zorgen', 'Wat is nodig? Wensen']) {
		await note(page, 'Noor', label, 'Thuis praten we er vaak over.');
	}
	await noor.getByRole('switch', { name: 'Hier wil ik over praten' }).check();
	heights.turnAnswered = await height(page);
	await shot(page, `heights-${vp.name}${suffix}-turn-answered`);

	console.log(
		`walk-through heights ${vp.name}${suffix} ${vp.width}x${vp.height}`,
		JSON.stringify(heights)
	);
	return heights;
}

// Measured before this work (issue 10, point 5), tablet: one 1009, four open 2424, a turn 999;
// phone: one 1621, four open 4732, a turn 1492.
const BEFORE_PHONE = { one: 1621, fourOpen: 4732, turn: 1492 };

test('an element fits the tablet: one person in one screen, four people in two', async ({
	page
}) => {
	const h = await measure(page, TABLET);
	expect(h.one, 'one person').toBeLessThanOrEqual(TABLET.height);
	expect(h.turn, 'one turn').toBeLessThanOrEqual(TABLET.height);
	expect(h.turnAnswered, 'one turn, answered in full').toBeLessThanOrEqual(TABLET.height);
	expect(h.fourOpen, 'four people, open').toBeLessThanOrEqual(2 * TABLET.height);
});

// A real tablet has a voice: every question then gets its speaker button (44 px high).
test('with a voice to read aloud, one person still fits the tablet', async ({ page }) => {
	await stubSpeech(page, ['nl-NL']);
	const h = await measure(page, TABLET, '-voice');
	expect(h.one, 'one person').toBeLessThanOrEqual(TABLET.height);
	expect(h.turn, 'one turn').toBeLessThanOrEqual(TABLET.height);
	expect(h.turnAnswered, 'one turn, answered in full').toBeLessThanOrEqual(TABLET.height);
	expect(h.fourOpen, 'four people, open').toBeLessThanOrEqual(2 * TABLET.height);
});

test('the phone is no longer than before', async ({ page }) => {
	const h = await measure(page, PHONE);
	expect(h.one, 'one person').toBeLessThanOrEqual(BEFORE_PHONE.one);
	expect(h.turn, 'one turn').toBeLessThanOrEqual(BEFORE_PHONE.turn);
	expect(h.turnAnswered, 'one turn, answered in full').toBeLessThanOrEqual(BEFORE_PHONE.turn);
	expect(h.fourOpen, 'four people, open').toBeLessThanOrEqual(BEFORE_PHONE.fourOpen);
});
