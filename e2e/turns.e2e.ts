import type { BrowserContext, Locator, Page } from '@playwright/test';
import {
	fillFamilySetup,
	note,
	open,
	ready,
	score,
	showPerson,
	waitSaved,
	type Person
} from './app';
import { expect, test } from './fixtures';

// Issue 10 part 1, tested as an attacker would: during Sanne's private turn, every control on
// the screen and every in-app URL of the conversation, and after each the page's HTML (not only
// what is visible) holds none of Noor's hidden answers, nor her note for the coach.

const FAMILY: Person[] = [
	{ name: 'Noor', role: 'Kind of jongere', age: '8 tot en met 11 jaar' },
	{ name: 'Sanne', role: 'Ouder of verzorger' }
];
const HIDDEN = ['GEHEIM-STERK-71', 'GEHEIM-ZORG-72', 'GEHEIM-WENS-73'] as const;
const COACH_ONLY = 'ALLEEN-VOOR-COACH-74';
const MARKERS = [...HIDDEN, COACH_ONLY];

async function expectNoMarkers(page: Page, after: string) {
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	const html = await page.content();
	for (const marker of MARKERS) expect(html, `${marker} after ${after}`).not.toContain(marker);
}

async function waitForServiceWorker(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await ready(page);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * Follows an in-app link to `url`, as the app's own links do (no reload, so the lock stays
 * open and the test stays fast; reloads and the lock are tried on their own below).
 */
async function follow(page: Page, url: string) {
	await page.evaluate((href) => {
		const a = document.createElement('a');
		a.href = href;
		document.body.append(a);
		a.click();
		a.remove();
	}, url);
	await page.waitForURL((u) => u.href.endsWith(url.replace(/^https?:\/\/[^/]+/, '')));
}

/** Back on the element, past the hand-over, into Sanne's turn (the lock too, if it closed). */
async function intoSannesTurn(page: Page, url: string) {
	if (await page.getByRole('heading', { name: 'De app is op slot' }).isVisible()) await ready(page);
	const turn = page.getByRole('heading', { name: 'De beurt van Sanne' });
	if (await turn.isVisible()) return;
	// Leave first if already on the element (the same URL is not a new page).
	if (page.url().endsWith(url.replace(/^https?:\/\/[^/]+/, ''))) await follow(page, '/');
	await follow(page, url);
	await expectNoMarkers(page, 'coming back to the element');
	await page.getByRole('button', { name: 'Ik ben Sanne, ik begin' }).click();
	await expect(page.getByRole('heading', { name: 'De beurt van Sanne' })).toBeVisible();
}

/** Every control a person could tap, by role, with a description to report. */
async function controls(page: Page): Promise<{ role: string; name: string; at: Locator }[]> {
	const out: { role: string; name: string; at: Locator }[] = [];
	for (const role of ['link', 'button', 'switch', 'checkbox', 'radio', 'combobox'] as const) {
		const all = page.getByRole(role);
		const n = await all.count();
		for (let i = 0; i < n; i++) {
			const at = all.nth(i);
			if (!(await at.isVisible())) continue;
			const name = (await at.getAttribute('aria-label')) ?? (await at.innerText()).trim();
			// A note's button turns into its field when pressed: the buttons after it are
			// found again by their name, not their place.
			const again =
				role === 'button' && name
					? page.getByRole(role, { name, exact: true })
					: page.getByRole(role).nth(i);
			out.push({ role, name, at: again });
		}
	}
	return out;
}

/** Offline, after the worker controls the page: Noor answered, Sanne is next. */
async function noorHasAnswered(page: Page, context: BrowserContext) {
	await open(page, '/');
	await waitForServiceWorker(page);
	await context.setOffline(true);

	await open(page, '/nieuw/');
	await fillFamilySetup(page, 'Gezin T.', FAMILY);
	await page.getByRole('radio', { name: /^Om de beurt/ }).check();
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	await expect(
		page.getByText('Om de beurt — 0 van 2 hebben geantwoord, nog verborgen')
	).toBeVisible();
	const url = page.url();
	const id = new URL(url).searchParams.get('id')!;

	// Noor's turn: a score, three notes and a note only for the coach.
	await page.getByRole('button', { name: 'Ik ben Noor, ik begin' }).click();
	await score(page, 'Noor', 3);
	for (const [label, text] of [
		['Wat gaat goed?', HIDDEN[0]],
		['Zorgen', HIDDEN[1]],
		['Wat is nodig? Wensen', HIDDEN[2]]
	] as const) {
		await note(page, null, label, text);
	}
	await page.getByRole('button', { name: 'Iets alleen voor de coach' }).click();
	await page.getByLabel('Alleen voor de coach').fill(COACH_ONLY);
	await page.getByRole('button', { name: 'Geef aan de coach' }).click();
	await expect(page.getByText('Bewaard. Alleen de coach kan het lezen.')).toBeVisible();
	await waitSaved(page);
	await page.getByRole('button', { name: 'Klaar, verberg mijn antwoord' }).click();
	await expect(page.getByRole('heading', { name: 'Geef de tablet aan Sanne' })).toBeVisible();
	await expect(
		page.getByText('Om de beurt — 1 van 2 heeft geantwoord, nog verborgen')
	).toBeVisible();
	await expectNoMarkers(page, 'the hand-over');
	return { url, id };
}

test('during a private turn no control on the screen, nor the back button, shows a hidden answer', async ({
	page,
	context
}) => {
	const { url } = await noorHasAnswered(page, context);
	// Sanne's turn: only her card and "Klaar" (no switch, no links to other screens, no wheel).
	await page.getByRole('button', { name: 'Ik ben Sanne, ik begin' }).click();
	await expect(page.getByRole('switch', { name: 'Om de beurt' })).toHaveCount(0);
	for (const name of ['Overzicht', 'Deelnemers', 'Vorige', /^Volgende/]) {
		await expect(page.getByRole('link', { name })).toHaveCount(0);
	}
	await expect(page.getByRole('navigation', { name: 'Ga naar een element' })).toHaveCount(0);

	// Every control on the screen, one at a time, and the back button after each.
	const seen = await controls(page);
	expect(seen.length).toBeGreaterThan(10);
	for (let i = 0; i < seen.length; i++) {
		if (i > 0) await intoSannesTurn(page, url);
		// The turn's screen is the same each round: the same role and position, found again.
		const control = seen[i]!;
		const what = `${control.role} "${control.name}"`;
		if (control.role === 'combobox') {
			for (const option of ['en', 'ar', 'nl']) {
				await control.at.selectOption(option);
				await expectNoMarkers(page, `${what} → ${option}`);
			}
			continue;
		}
		// By keyboard, as a person can reach everything (the skip link too, which sits off screen).
		await control.at.focus();
		if (control.role === 'radio') await control.at.check();
		else
			await page.keyboard.press(
				control.role === 'link' || control.role === 'button' ? 'Enter' : 'Space'
			);
		await expectNoMarkers(page, what);
		if (await page.getByRole('heading', { name: 'De beurt van Sanne' }).isVisible()) {
			// Still in the turn: a score or the talk switch is an answer; take it back, so
			// Sanne's turn goes on (the back button is tried below, once, from inside the turn).
			if (control.role === 'radio' || control.role === 'switch') {
				await page.getByRole('radio', { name: 'Nog geen antwoord' }).check();
				await page.getByRole('switch', { name: 'Hier wil ik over praten' }).uncheck();
				await waitSaved(page);
			}
		} else if (page.url() !== url) {
			// It led somewhere else: and the browser's back button from there.
			await page.goBack();
			await expectNoMarkers(page, `${what}, then back`);
		}
	}

	// The back button from inside the turn (to the element before, then to home).
	await intoSannesTurn(page, url);
	const second = new URL(url);
	second.searchParams.set('element', 'belonging');
	await follow(page, second.pathname + second.search);
	await page.getByRole('button', { name: /^Ik ben Noor/ }).click();
	await page.goBack();
	await expectNoMarkers(page, 'the back button during a turn');
	await page.goBack();
	await expectNoMarkers(page, 'the back button twice during a turn');
});

test('during a private turn no in-app URL, reload or lock shows a hidden answer; revealing asks first', async ({
	page,
	context
}) => {
	const { url, id } = await noorHasAnswered(page, context);
	// Every in-app URL of this conversation (and the app's other screens), during the turn.
	const elements = [
		'heard',
		'belonging',
		'responsibility',
		'developing',
		'active',
		'healthy',
		'home',
		'safe'
	];
	const urls = [
		...elements.map((e) => `/gesprek/?id=${id}&element=${e}`),
		`/gesprek/overzicht/?id=${id}`,
		`/gesprek/deelnemers/?id=${id}`,
		`/gesprek/plan/?id=${id}`,
		`/gesprek/plan/kind/?id=${id}`,
		`/gesprek/coach/?id=${id}`,
		'/',
		'/instellingen/',
		'/nieuw/'
	];
	for (const target of urls) {
		await intoSannesTurn(page, url);
		await follow(page, target);
		await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
		await expectNoMarkers(page, target);
	}

	// A reload in the middle of a turn: the lock, then a hand-over, nothing shown.
	await intoSannesTurn(page, url);
	await page.reload();
	await expectNoMarkers(page, 'reloading');
	await ready(page);
	await expect(page.getByRole('heading', { name: 'Geef de tablet aan Sanne' })).toBeVisible();
	await expectNoMarkers(page, 'reloading and unlocking');

	// The lock in the middle of a turn: back to a hand-over, nothing shown.
	await page.getByRole('button', { name: 'Ik ben Sanne, ik begin' }).click();
	await page.getByRole('button', { name: 'Op slot' }).click();
	await expectNoMarkers(page, 'locking');
	await ready(page);
	await expect(page.getByRole('heading', { name: 'Geef de tablet aan Sanne' })).toBeVisible();
	await expectNoMarkers(page, 'unlocking');

	// Switching "om de beurt" off on the hand-over screen asks first; "Nog niet" keeps it hidden.
	const turns = page.getByRole('switch', { name: 'Om de beurt' });
	await turns.click();
	const dialog = page.getByRole('dialog', { name: 'Alle antwoorden laten zien?' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Nog niet' }).click();
	await expect(turns).toBeChecked();
	await expectNoMarkers(page, 'declining to switch to open');

	// Not revealed yet: the overview says so, and its list of notes holds none of Noor's.
	await follow(page, `/gesprek/overzicht/?id=${id}`);
	await expect(page.getByText('1 element heeft nog verborgen antwoorden')).toBeVisible();
	const notes = page.getByRole('region', { name: 'Wat iedereen schreef' });
	await expect(notes).toContainText('Nog geen notities');
	await expectNoMarkers(page, 'the overview before the reveal');
	await page.goBack();
	await expect(page.getByRole('heading', { name: 'Geef de tablet aan Sanne' })).toBeVisible();

	// The group reveals together: then Noor's answers show (the markers were real), the
	// state says so, no label still says hidden, and the note for the coach stays away.
	await page.getByRole('button', { name: 'Laat alle antwoorden zien' }).click();
	await page
		.getByRole('dialog', { name: 'Alle antwoorden laten zien?' })
		.getByRole('button', { name: 'Ja, laat alles zien' })
		.click();
	await expect(
		page.getByText('Om de beurt — iedereen ziet de antwoorden van dit element')
	).toBeVisible();
	await showPerson(page, 'Noor');
	await expect(page.getByLabel('Zorgen')).toHaveValue(HIDDEN[1]);
	await expect(page.locator('main')).not.toContainText('verborgen', { useInnerText: true });
	expect(await page.content()).not.toContain(COACH_ONLY);
	// Revealed, Noor's notes are on the overview for everyone to read; the coach's note is not.
	await follow(page, `/gesprek/overzicht/?id=${id}`);
	await expect(notes.getByRole('listitem').filter({ hasText: 'Noor' })).toContainText(HIDDEN[1]);
	expect(await page.content()).not.toContain(COACH_ONLY);
});

test('a turn has no way out but its hand-over, and whoever skipped gets a turn again', async ({
	page
}) => {
	await open(page, '/nieuw/');
	await fillFamilySetup(page, 'Gezin S.', FAMILY);
	await page.getByRole('radio', { name: /^Om de beurt/ }).check();
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	const header = page.getByRole('banner');
	await expect(header.getByRole('link', { name: 'Kansencirkel' })).toBeVisible();

	// During Noor's turn the header offers only the lock: no way home to other families, nor
	// to the settings.
	await page.getByRole('button', { name: 'Ik ben Noor, ik begin' }).click();
	await expect(page.getByRole('heading', { name: 'De beurt van Noor' })).toBeVisible();
	await expect(header.getByRole('link')).toHaveCount(0);
	await expect(header.getByRole('button', { name: 'Op slot' })).toBeVisible();
	// She is not ready yet and hands the tablet on without a score.
	await page.getByRole('button', { name: 'Klaar, verberg mijn antwoord' }).click();
	await expect(page.getByRole('heading', { name: 'Geef de tablet aan Sanne' })).toBeVisible();
	await expect(header.getByRole('link', { name: 'Kansencirkel' })).toBeVisible();

	await page.getByRole('button', { name: 'Ik ben Sanne, ik begin' }).click();
	await score(page, 'Sanne', 6);
	await waitSaved(page);
	await page.getByRole('button', { name: 'Klaar, verberg mijn antwoord' }).click();
	// The round comes back to Noor instead of saying everyone answered.
	await expect(page.getByRole('heading', { name: 'Geef de tablet aan Noor' })).toBeVisible();
	await expect(
		page.getByText('Om de beurt — 1 van 2 heeft geantwoord, nog verborgen')
	).toBeVisible();
	await page.getByRole('button', { name: 'Ik ben Noor, ik begin' }).click();
	await score(page, 'Noor', 4);
	await waitSaved(page);
	await page.getByRole('button', { name: 'Klaar, verberg mijn antwoord' }).click();
	await expect(
		page.getByRole('heading', { name: 'Iedereen heeft een antwoord gegeven' })
	).toBeVisible();
});
