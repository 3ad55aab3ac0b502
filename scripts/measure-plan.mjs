// Measures the plan page: a family of four with notes everywhere, three focus elements with
// two actions each, then the page height of every plan step (or of the one long page of an
// older build) on a tablet (1024×768) and a phone (390×844).
//   node scripts/measure-plan.mjs http://localhost:4220
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './browser-path.js';

const base = process.argv[2] ?? 'http://localhost:4173';
const PEOPLE = [
	['Sam', 'Kind of jongere', '8 tot en met 11 jaar'],
	['Ans', 'Ouder of verzorger'],
	['Piet', 'Ouder of verzorger'],
	['Eva', 'CJG-coach']
];
const SIZES = { tablet: { width: 1024, height: 768 }, phone: { width: 390, height: 844 } };
const STEPS = ['goed', 'zorgen', 'speerpunten', 'doelen', 'anders', 'afspreken', 'delen'];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage({ viewport: SIZES.tablet, locale: 'nl-NL' });

await page.goto(`${base}/`);
await page.locator('html[data-ready]').waitFor({ state: 'attached' });
await page.getByLabel('Naam van het profiel').fill('Coach');
await page.getByLabel('Wachtwoord', { exact: true }).fill('rode fiets in de regen');
await page.getByLabel('Herhaal het wachtwoord').fill('rode fiets in de regen');
await page.getByRole('button', { name: 'Maak het profiel' }).click();
await page.getByRole('heading', { name: 'Beveilig deze app' }).waitFor({ state: 'hidden' });

/** A page load asks for the passphrase again: give it, as the coach would. */
async function open(url) {
	await page.goto(url);
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	const locked = page.getByRole('heading', { name: 'De app is op slot' });
	if (await locked.isVisible()) {
		await page.getByLabel(/^(Wachtwoord|Pincode)$/).fill('rode fiets in de regen');
		await page.getByRole('button', { name: 'Open de app' }).click();
		await locked.waitFor({ state: 'hidden' });
	}
}

await open(`${base}/nieuw/`);
await page.getByLabel('Titel').fill('Gezin M.');
// The child the conversation is about ("Kind 1"), then the others ("Deelnemer 1", …).
const [[child, , childAge], ...others] = PEOPLE;
const kid = page.getByRole('group', { name: 'Kind 1', exact: true });
await kid.getByLabel('Voornaam of bijnaam').fill(child);
await kid.getByLabel('Leeftijd').selectOption({ label: childAge });
const sets = page.getByRole('group', { name: /^Deelnemer \d+$/ });
while ((await sets.count()) < others.length)
	await page.getByRole('button', { name: /Deelnemer toevoegen/ }).click();
for (const [i, [name, role]] of others.entries()) {
	const set = page.getByRole('group', { name: `Deelnemer ${i + 1}`, exact: true });
	await set.getByLabel('Voornaam of bijnaam').fill(name);
	await set.getByLabel('Rol').selectOption({ label: role });
}
await page.getByRole('button', { name: 'Start het gesprek' }).click();
for (let e = 0; e < 8; e++) {
	await page.getByText(`Element ${e + 1} van 8`).waitFor();
	for (const [j, [name]] of PEOPLE.entries()) {
		// One person at a time: tap their name in the row above the card.
		const tab = page
			.getByRole('tablist', { name: 'Wie is er aan de beurt?' })
			.getByRole('tab', { name: new RegExp(`^${name}:`) });
		if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
		const card = page.getByRole('region', { name: new RegExp(`^${name}( |$)`) });
		await card
			.getByRole('group', { name: /^Cijfer van / })
			.getByRole('radio', { name: String(((e + j * 3) % 9) + 1), exact: true })
			.check();
		const write = async (label, text) => {
			const closed = card.getByRole('button', { name: label, exact: true });
			if (await closed.isVisible()) await closed.click();
			await card.getByLabel(label, { exact: true }).fill(text);
		};
		if (j < 2) await write('Wat gaat goed?', `${name} ziet iets goeds bij ${e + 1}`);
		if ((e + j) % 3 === 0) await write('Zorgen', `${name} maakt zich zorgen over ${e + 1}`);
	}
	await page.getByRole('status').filter({ hasText: 'Opgeslagen' }).waitFor();
	if (e < 7) await page.getByRole('link', { name: /^Volgende/ }).click();
}
await page.getByRole('link', { name: /Naar het overzicht/ }).click();
await page.getByRole('link', { name: 'Maak een plan' }).click();
await page.getByRole('heading', { level: 1, name: /^Gedragen plan/ }).waitFor();
const stepped = await page.getByRole('navigation', { name: 'Stappen van het plan' }).isVisible();
const url = new URL(page.url());

// Take over three strengths and three worries, as a group would.
for (const [step, region] of [
	['goed', 'Wat gaat goed?'],
	['zorgen', 'Zorgen']
]) {
	if (stepped)
		await open(`${url.origin}${url.pathname}?id=${url.searchParams.get('id')}&stap=${step}`);
	const r = page.getByRole('region', { name: region });
	// The suggestions appear once the plan has opened; then open every group.
	await r.locator('summary').first().waitFor();
	const closed = r.locator('details:not([open]) summary');
	while ((await closed.count()) > 0) await closed.first().click();
	for (let k = 0; k < 3; k++) {
		await page.waitForTimeout(200);
		await r
			.getByRole('button', { name: /^Overnemen/ })
			.first()
			.click();
	}
	await page.getByRole('status').filter({ hasText: 'Opgeslagen' }).waitFor();
}
await page.getByRole('status').filter({ hasText: 'Opgeslagen' }).waitFor();
// Three focus elements, each with a goal and two actions.
const id = url.searchParams.get('id');
const at = (step) => `${url.origin}${url.pathname}?id=${id}${stepped ? `&stap=${step}` : ''}`;
if (stepped) await open(at('speerpunten'));
for (const el of ['Gehoord worden', 'Erbij horen', 'Veilig zijn'])
	await page.getByRole('checkbox', { name: new RegExp(el) }).check();
await page.getByRole('status').filter({ hasText: 'Opgeslagen' }).waitFor();
if (stepped) await open(at('doelen'));
for (const el of ['Gehoord worden', 'Erbij horen', 'Veilig zijn']) {
	await page.getByLabel(`Doel voor ${el}`).fill(`Een doel voor ${el} in een of twee zinnen`);
	const form = page.getByRole('form', { name: `Nieuwe actie voor ${el}` });
	for (const what of ['Samen een plan maken', 'Elke week even bellen']) {
		await form.getByLabel('Wat gaat er gebeuren?').fill(what);
		await form.getByLabel('Wie doet het?').selectOption({ label: 'Ans' });
		await form.getByLabel('Wanneer?').fill('elke week');
		await form.getByRole('button', { name: /Actie toevoegen/ }).click();
	}
}
await page.getByRole('status').filter({ hasText: 'Opgeslagen' }).waitFor();

const height = () => page.evaluate(() => document.documentElement.scrollHeight);
const out = {};
for (const [size, viewport] of Object.entries(SIZES)) {
	await page.setViewportSize(viewport);
	if (!stepped) {
		await open(at());
		await page.getByRole('heading', { level: 1, name: /^Gedragen plan/ }).waitFor();
		out[size] = { page: await height() };
		await page.screenshot({ path: `artifacts/screenshots/plan-page-${size}.png`, fullPage: true });
		continue;
	}
	out[size] = {};
	for (const step of STEPS) {
		await open(at(step));
		await page.getByRole('navigation', { name: 'Stappen van het plan' }).waitFor();
		await page.waitForTimeout(300);
		out[size][step] = await height();
		await page.screenshot({
			path: `artifacts/screenshots/plan-step-${step}-${size}.png`,
			fullPage: true
		});
	}
}
console.log(JSON.stringify({ stepped, heights: out }, null, 1));
await browser.close();
