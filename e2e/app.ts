import { expect, type BrowserContext, type Page } from '@playwright/test';

export interface Person {
	name: string;
	role: 'Kind of jongere' | 'Ouder of verzorger' | 'CJG-coach' | 'Iemand uit het netwerk';
	age?: '4 tot en met 7 jaar' | '8 tot en met 11 jaar' | '12 tot en met 18 jaar';
}

/**
 * Fills the set-up form the way a coach would, by labels: first the children the conversation
 * is about ("Kind 1", "Kind 2"), then everyone else ("Deelnemer 1", …) with their role.
 */
export async function fillFamilySetup(page: Page, title: string, people: Person[]) {
	await page.getByLabel('Titel').fill(title);
	const kids = people.filter((p) => p.role === 'Kind of jongere');
	const others = people.filter((p) => p.role !== 'Kind of jongere');
	const kidSets = page.getByRole('group', { name: /^Kind \d+$/ });
	const sets = page.getByRole('group', { name: /^Deelnemer \d+$/ });
	while ((await kidSets.count()) < kids.length) {
		await page.getByRole('button', { name: /Nog een kind/ }).click();
	}
	while ((await sets.count()) < others.length) {
		await page.getByRole('button', { name: /Deelnemer toevoegen/ }).click();
	}
	// The form starts with a child and two others; remove the ones this family does not need.
	while ((await sets.count()) > others.length) {
		await sets
			.last()
			.getByRole('button', { name: /verwijderen$/ })
			.click();
	}
	while ((await kidSets.count()) > kids.length) {
		await kidSets
			.last()
			.getByRole('button', { name: /verwijderen$/ })
			.click();
	}
	for (const [i, person] of kids.entries()) {
		const set = page.getByRole('group', { name: `Kind ${i + 1}`, exact: true });
		await set.getByLabel('Voornaam of bijnaam').fill(person.name);
		if (person.age) await set.getByLabel('Leeftijd').selectOption({ label: person.age });
	}
	for (const [i, person] of others.entries()) {
		const set = page.getByRole('group', { name: `Deelnemer ${i + 1}`, exact: true });
		await set.getByLabel('Voornaam of bijnaam').fill(person.name);
		await set.getByLabel('Rol').selectOption({ label: person.role });
	}
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One participant's answer card on an element screen. */
export function card(page: Page, name: string) {
	return page.getByRole('region', { name: new RegExp(`^${escape(name)}( |$)`) });
}

/** A person's tab in the row "Wie is er aan de beurt?" (open mode, several people). */
export function personTab(page: Page, name: string) {
	return page
		.getByRole('tablist', { name: 'Wie is er aan de beurt?' })
		.getByRole('tab', { name: new RegExp(`^${escape(name)}:`) });
}

/**
 * Shows this person's answer, as a coach taps their name in the row above the card. Nothing to
 * do alone, during a private turn, or when they are shown already. `name` may say about whom
 * ("Sanne over Noor"): the tab is the person's.
 */
export async function showPerson(page: Page, name: string) {
	// The screen first (a score or face to give), then whether it has a row of names.
	await expect(page.getByRole('main').getByRole('radio').first()).toBeVisible();
	const tab = personTab(page, name.split(' over ')[0]!);
	if ((await tab.count()) === 0) return;
	if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
	await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** "Cijfer van Sanne" (or "Cijfer van Sanne over Noor"): that person's score. */
function scoreGroup(page: Page, name: string) {
	return page.getByRole('group', { name: `Cijfer van ${name}` });
}

export async function score(page: Page, name: string, value: number) {
	await showPerson(page, name);
	await scoreGroup(page, name)
		.getByRole('radio', { name: String(value), exact: true })
		.check();
}

export async function expectScore(page: Page, name: string, value: number) {
	await showPerson(page, name);
	await expect(
		scoreGroup(page, name).getByRole('radio', { name: String(value), exact: true })
	).toBeChecked();
}

/** A youth alone (self-reflection): the card says "Jouw cijfer". */
export async function myScore(page: Page, value: number) {
	await page
		.getByRole('group', { name: 'Jouw cijfer' })
		.getByRole('radio', { name: String(value), exact: true })
		.check();
}

/**
 * Writes in one of a person's notes ("Wat gaat goed?", "Zorgen", "Wat is nodig? Wensen"): a
 * note without text is a button that opens it. `name` null: the only card on the screen.
 */
export async function note(page: Page, name: string | null, label: string, text: string) {
	if (name) await showPerson(page, name);
	const where = name ? card(page, name) : page.getByRole('main');
	const closed = where.getByRole('button', { name: label, exact: true });
	const field = where.getByLabel(label, { exact: true });
	// Wait for the note to be on screen, closed or open, before deciding which it is.
	await expect(closed.or(field).first()).toBeVisible();
	if (await closed.isVisible()) await closed.click();
	await field.fill(text);
}

/** What a person's note says (it is shown open once it has text). */
export async function expectNote(page: Page, name: string, label: string, text: string) {
	await showPerson(page, name);
	await expect(card(page, name).getByLabel(label, { exact: true })).toHaveValue(text);
}

export async function waitSaved(page: Page) {
	await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
}

export async function next(page: Page) {
	await page.getByRole('link', { name: /^Volgende/ }).click();
}

/** The passphrase the tests' coach profile uses. */
export const PASSPHRASE = 'rode fiets in de regen';

/** First use: makes the profile the app asks for before anything else. */
export async function createProfile(
	page: Page,
	label = 'Coach',
	secret: { kind: 'passphrase' | 'pin'; value: string } = { kind: 'passphrase', value: PASSPHRASE }
) {
	await page.getByLabel('Naam van het profiel').fill(label);
	if (secret.kind === 'pin') {
		await page.getByLabel(/pincode van minstens 6 cijfers/).check();
		await page.getByLabel('Pincode', { exact: true }).fill(secret.value);
		await page.getByLabel('Herhaal de pincode').fill(secret.value);
	} else {
		await page.getByLabel('Wachtwoord', { exact: true }).fill(secret.value);
		await page.getByLabel('Herhaal het wachtwoord').fill(secret.value);
	}
	await page.getByRole('button', { name: 'Maak het profiel' }).click();
	await expect(page.getByRole('heading', { name: 'Beveilig deze app' })).toBeHidden();
}

/** The lock screen: picks the profile (when there are several) and opens the app. */
export async function unlock(page: Page, secret = PASSPHRASE, label?: string) {
	await expect(page.getByRole('heading', { name: 'De app is op slot' })).toBeVisible();
	if (label) await page.getByRole('radio', { name: label }).check();
	await page.getByLabel(/^(Wachtwoord|Pincode)$/).fill(secret);
	await page.getByRole('button', { name: 'Open de app' }).click();
	await expect(page.getByRole('heading', { name: 'De app is op slot' })).toBeHidden();
}

/** Waits until the page is interactive, then gets past the lock as the coach would. */
export async function ready(page: Page) {
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	const setup = page.getByRole('heading', { name: 'Beveilig deze app' });
	const locked = page.getByRole('heading', { name: 'De app is op slot' });
	if (await setup.isVisible()) await createProfile(page);
	else if (await locked.isVisible()) await unlock(page);
}

/** Waits until the service worker controls the page (after the first visit, one reload). */
export async function waitForServiceWorker(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await ready(page);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Opens a page and waits until it is interactive, as a person waits for it to appear. */
export async function open(page: Page, url: string) {
	await page.goto(url);
	await ready(page);
}

/**
 * The network goes off after the service worker took control: the page reloads from the
 * precache, as an installed app starts at a kitchen table or in a classroom without Wi-Fi.
 */
export async function goOffline(page: Page, context: BrowserContext) {
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.reload();
	await ready(page);
}

/** Creates a family conversation through the screens and scores all eight elements. */
export async function completeFamily(
	page: Page,
	title: string,
	people: Person[],
	scores: number[][],
	notes: { person: string; element: number; label: string; text: string }[] = []
) {
	await open(page, '/nieuw/');
	await fillFamilySetup(page, title, people);
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	for (let i = 0; i < 8; i++) {
		await expect(page.getByText(`Element ${i + 1} van 8`)).toBeVisible();
		for (const [j, person] of people.entries()) await score(page, person.name, scores[i]![j]!);
		for (const n of notes.filter((x) => x.element === i)) {
			await note(page, n.person, n.label, n.text);
		}
		await waitSaved(page);
		if (i < 7) await next(page);
	}
	await page.getByRole('link', { name: /Naar het overzicht/ }).click();
}

/** The faces a 4–7 year old chooses from, saddest first (1–5). */
export const FACES = ['Heel verdrietig', 'Verdrietig', 'Gaat wel', 'Blij', 'Heel blij'] as const;

/** A 4–7 year old's answer: one of the five faces. */
export async function face(page: Page, name: string, value: 1 | 2 | 3 | 4 | 5) {
	await showPerson(page, name);
	await page
		.getByRole('group', { name: `Hoe voelt ${name} zich hierover?` })
		.getByRole('radio', { name: FACES[value - 1], exact: true })
		.check();
}

/** One answer for a person on the element screen: a face for the youngest, a score otherwise. */
export async function answer(page: Page, person: Person, value: number) {
	if (person.age === '4 tot en met 7 jaar') {
		await face(page, person.name, Math.min(5, Math.max(1, Math.ceil(value / 2))) as 1);
	} else {
		await score(page, person.name, value);
	}
}

/** Goes to a step of the plan builder with its progress list, and waits until it is shown. */
export async function planStep(page: Page, name: string) {
	const link = page
		.getByRole('navigation', { name: 'Stappen van het plan' })
		.getByRole('link', { name, exact: true });
	await link.click();
	await expect(link).toHaveAttribute('aria-current', 'step');
}

/**
 * From the overview to an agreed plan with one focus element and one action, done by the
 * first participant, and everyone's agreement. Returns on the plan builder's Afspreken step.
 */
export async function makePlan(page: Page, people: Person[], element = 'Erbij horen') {
	await page.getByRole('link', { name: 'Maak een plan' }).click();
	await planStep(page, 'Speerpunten');
	await page
		.getByRole('region', { name: 'Speerpunten' })
		.getByRole('checkbox', { name: new RegExp(element) })
		.check();
	await planStep(page, 'Doelen en acties');
	const goals = page.getByRole('region', { name: 'Doelen en acties' });
	await goals.getByLabel(`Doel voor ${element}`).fill('Iedereen voelt zich welkom');
	const form = goals.getByRole('form', { name: `Nieuwe actie voor ${element}` });
	await form.getByLabel('Wat gaat er gebeuren?').fill('Samen een buddy kiezen');
	await form.getByLabel('Wie doet het?').selectOption({ label: people[0]!.name });
	await form.getByLabel('Wanneer?').fill('elke week');
	await form.getByRole('button', { name: /Actie toevoegen/ }).click();
	await planStep(page, 'Afspreken');
	const agreement = page.getByRole('region', { name: 'Staat iedereen achter dit plan?' });
	for (const p of people) {
		await agreement.getByRole('switch', { name: `${p.name}: ik sta achter dit plan` }).check();
	}
	await expect(agreement).toContainText('Afgesproken');
	await waitSaved(page);
}

/**
 * Replaces the browser's speech synthesis before the app loads: voices for the given locales
 * (none: no voices at all), and every `speak` recorded in `window.__spoken` as {text, lang}.
 */
export async function stubSpeech(page: Page, locales: string[]) {
	await page.addInitScript((locales) => {
		const spoken: { text: string; lang: string }[] = [];
		(window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
		const voices = locales.map((lang) => ({
			lang,
			name: `Stem ${lang}`,
			voiceURI: `stem-${lang}`,
			default: false,
			localService: true
		}));
		class FakeSynth extends EventTarget {
			speaking = false;
			pending = false;
			paused = false;
			onvoiceschanged = null;
			getVoices() {
				return voices;
			}
			speak(u: { text: string; lang: string; onend?: (() => void) | null }) {
				spoken.push({ text: u.text, lang: u.lang });
				setTimeout(() => u.onend?.(), 50);
			}
			cancel() {}
			pause() {}
			resume() {}
		}
		class FakeUtterance {
			lang = '';
			voice = null;
			onend: (() => void) | null = null;
			onerror: (() => void) | null = null;
			constructor(public text = '') {}
		}
		Object.defineProperty(window, 'speechSynthesis', {
			value: new FakeSynth(),
			configurable: true
		});
		Object.defineProperty(window, 'SpeechSynthesisUtterance', {
			value: FakeUtterance,
			configurable: true,
			writable: true
		});
	}, locales);
}
