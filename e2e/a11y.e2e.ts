import type { Page } from '@playwright/test';
import {
	answer,
	createProfile,
	fillFamilySetup,
	makePlan,
	next,
	note,
	open,
	PASSPHRASE,
	stubSpeech,
	waitSaved,
	type Person
} from './app';
import { expect, expectAccessible, shot, test } from './fixtures';

const PLAN_STEPS = ['goed', 'zorgen', 'speerpunten', 'doelen', 'anders', 'afspreken', 'delen'];

// A family with the youngest kind of child (faces, short questions), a parent and a coach.
const FAMILY: Person[] = [
	{ name: 'Mo', role: 'Kind of jongere', age: '4 tot en met 7 jaar' },
	{ name: 'Lin', role: 'Ouder of verzorger' },
	{ name: 'Eva', role: 'CJG-coach' }
];
const ELEMENT_NAMES = [
	'Gehoord worden',
	'Erbij horen',
	'Verantwoordelijkheid nemen',
	'Kunnen ontwikkelen',
	'Actief zijn',
	'Gezond zijn',
	'Een thuis hebben',
	'Veilig zijn'
];

/** What counts as something to tap (WCAG 2.5.8); radios and checkboxes by their label. */
const INTERACTIVE =
	'a[href], button, input:not([type="hidden"]), select, textarea, [role="button"], [tabindex="0"], summary';

/**
 * Every visible target smaller than 44×44 CSS px, as "selector "name": w×h". Links inside running
 * text (an inline link whose block holds other text) are allowed to be smaller, as 2.5.8 says.
 */
async function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate((selector) => {
		const name = (el: Element) =>
			(el.getAttribute('aria-label') ?? el.textContent ?? '')
				.trim()
				.replace(/\s+/g, ' ')
				.slice(0, 50);
		const describe = (el: Element) => {
			const cls = el.getAttribute('class')?.trim().split(/\s+/).join('.');
			return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls ? `.${cls}` : ''} "${name(el)}"`;
		};
		const inRunningText = (a: Element) => {
			if (getComputedStyle(a).display !== 'inline') return false;
			let block = a.parentElement;
			while (block && getComputedStyle(block).display.startsWith('inline')) {
				block = block.parentElement;
			}
			return (block?.textContent ?? '').replace(a.textContent ?? '', '').trim() !== '';
		};
		const out: string[] = [];
		const seen = new Set<Element>();
		for (const el of document.querySelectorAll(selector)) {
			if (!el.checkVisibility({ visibilityProperty: true })) continue;
			if (el.closest('.visually-hidden')) continue;
			const box = el.matches('input[type="radio"], input[type="checkbox"]')
				? (el.closest('label') ?? el)
				: el;
			if (seen.has(box)) continue;
			seen.add(box);
			const r = box.getBoundingClientRect();
			if (r.width === 0 && r.height === 0) continue;
			// Parked above the page until focused (the skip link).
			if (r.bottom + scrollY <= 0) continue;
			if (el.localName === 'a' && inRunningText(el)) continue;
			if (r.width < 44 - 0.01 || r.height < 44 - 0.01) {
				out.push(`${describe(box)}: ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
			}
		}
		return out;
	}, INTERACTIVE);
}

/**
 * What breaks reflow: the page scrolls sideways, or a control sticks out of the screen or out
 * of its own box. Controls inside a region that scrolls on purpose (the score table) are fine.
 */
async function reflowProblems(page: Page): Promise<string[]> {
	return page.evaluate((selector) => {
		const out: string[] = [];
		const root = document.documentElement;
		if (root.scrollWidth > root.clientWidth) {
			// Name what sticks out, so the failure says where to look.
			const wide = [...document.body.querySelectorAll('*')]
				.filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
				.filter(
					(el) =>
						![...el.children].some((c) => c.getBoundingClientRect().right > root.clientWidth + 0.5)
				)
				.slice(0, 3)
				.map(
					(el) =>
						`${el.localName}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`
				);
			out.push(
				`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth} (${wide.join(', ')})`
			);
		}
		const scrolls = (el: Element) => {
			for (let n = el.parentElement; n && n !== root; n = n.parentElement) {
				if (['auto', 'scroll'].includes(getComputedStyle(n).overflowX)) return true;
			}
			return false;
		};
		const name = (el: Element) =>
			(el.getAttribute('aria-label') ?? el.textContent ?? '')
				.trim()
				.replace(/\s+/g, ' ')
				.slice(0, 50);
		for (const el of document.querySelectorAll(selector)) {
			if (!el.checkVisibility({ visibilityProperty: true })) continue;
			if (el.closest('.visually-hidden') || scrolls(el)) continue;
			const box = el.matches('input[type="radio"], input[type="checkbox"]')
				? (el.closest('label') ?? el)
				: el;
			const what = `${box.localName}${box.id ? `#${box.id}` : ''} "${name(box)}"`;
			const r = box.getBoundingClientRect();
			if (r.width === 0 && r.height === 0) continue;
			if (r.left < -1 || r.right > root.clientWidth + 1) {
				out.push(`off screen: ${what} ${r.left.toFixed(0)}–${r.right.toFixed(0)}`);
			}
			// Content wider than its own button, link or tile: cut off or spilling out. (A
			// region that scrolls on purpose, like the score table, is its own scroll container.)
			if (
				box instanceof HTMLElement &&
				!['input', 'select', 'textarea'].includes(box.localName) &&
				!['auto', 'scroll'].includes(getComputedStyle(box).overflowX) &&
				box.scrollWidth > box.clientWidth + 1
			) {
				out.push(`overflows its box: ${what} ${box.scrollWidth} > ${box.clientWidth}`);
			}
		}
		return out;
	}, INTERACTIVE);
}

/** Text twice its normal size, as a browser's text-only zoom does (WCAG 1.4.4). */
async function doubleText(page: Page) {
	await page.evaluate(() => {
		const root = document.documentElement;
		root.style.fontSize = '';
		root.style.fontSize = `${parseFloat(getComputedStyle(root).fontSize) * 2}px`;
	});
}

interface Screen {
	name: string;
	visit: (page: Page) => Promise<void>;
}

/**
 * Makes a finished family conversation with an agreed plan, and a second one in "om de beurt"
 * mode; returns the main screens, each with a way to get there.
 */
async function mainScreens(page: Page): Promise<Screen[]> {
	await open(page, '/nieuw/');
	await fillFamilySetup(page, 'Gezin M.', FAMILY);
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	for (let i = 0; i < 8; i++) {
		await expect(page.getByText(`Element ${i + 1} van 8`)).toBeVisible();
		for (const [j, person] of FAMILY.entries()) await answer(page, person, 4 + ((i + j) % 6));
		await waitSaved(page);
		if (i < 7) await next(page);
	}
	const id = new URL(page.url()).searchParams.get('id')!;
	await page.getByRole('link', { name: /Naar het overzicht/ }).click();
	await makePlan(page, FAMILY);

	await open(page, '/nieuw/');
	await fillFamilySetup(page, 'Om de beurt', FAMILY.slice(0, 2));
	await page.getByRole('radio', { name: /^Om de beurt/ }).check();
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	await expect(page.getByRole('heading', { name: 'Geef de tablet aan Mo' })).toBeVisible();
	const turnsId = new URL(page.url()).searchParams.get('id')!;

	const at = (url: string, heading: string | RegExp): Screen['visit'] =>
		async function (p) {
			await open(p, url);
			await expect(p.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		};
	return [
		{ name: 'home', visit: at('/', 'Gesprekken op dit apparaat') },
		{ name: 'setup', visit: at('/nieuw/', 'Nieuw gesprek') },
		{ name: 'element', visit: at(`/gesprek/?id=${id}&element=heard`, 'Gehoord worden') },
		{
			name: 'handover',
			visit: async (p) => {
				await open(p, `/gesprek/?id=${turnsId}`);
				await expect(p.getByRole('heading', { name: 'Geef de tablet aan Mo' })).toBeVisible();
			}
		},
		{ name: 'overview', visit: at(`/gesprek/overzicht/?id=${id}`, /^Overzicht/) },
		// Every step of the plan builder, each a screen of its own.
		...PLAN_STEPS.map((step) => ({
			name: `plan-${step}`,
			visit: at(`/gesprek/plan/?id=${id}&stap=${step}`, /^Gedragen plan/)
		})),
		{ name: 'plan-child', visit: at(`/gesprek/plan/kind/?id=${id}`, 'Mijn plan') },
		{ name: 'settings', visit: at('/instellingen/', 'Instellingen') },
		{
			name: 'lock-screen',
			visit: async (p) => {
				await open(p, '/');
				await p.getByRole('button', { name: 'Op slot' }).click();
				await expect(p.getByRole('heading', { name: 'De app is op slot' })).toBeVisible();
			}
		}
	];
}

test('axe: all eight elements for a 4–7 year old, a parent and a coach, and the private turns', async ({
	page
}) => {
	test.setTimeout(180_000);
	// With voices, so the read-aloud buttons beside every question are checked too.
	await stubSpeech(page, ['nl-NL']);
	await open(page, '/nieuw/');
	await fillFamilySetup(page, 'Gezin M.', FAMILY);
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	for (let i = 0; i < 8; i++) {
		await expect(page.getByText(`Element ${i + 1} van 8`)).toBeVisible();
		await expect(page.getByRole('heading', { level: 1, name: ELEMENT_NAMES[i] })).toBeVisible();
		if (i === 4) {
			// Element 5 in private turns: each state of the round.
			await page.getByRole('switch', { name: /Om de beurt/ }).check();
			for (const person of FAMILY) {
				await expect(
					page.getByRole('heading', { name: `Geef de tablet aan ${person.name}` })
				).toBeVisible();
				await page.getByRole('button', { name: `Ik ben ${person.name}, ik begin` }).click();
				await answer(page, person, 7);
				if (person === FAMILY[0]) await expectAccessible(page, 'turns-answering-young');
				await page.getByRole('button', { name: 'Klaar, verberg mijn antwoord' }).click();
			}
			await expect(
				page.getByRole('heading', { name: 'Iedereen heeft een antwoord gegeven' })
			).toBeVisible();
			await expectAccessible(page, 'turns-all-done');
			await page.getByRole('button', { name: 'Laat alle antwoorden zien' }).click();
			await expectAccessible(page, 'turns-reveal-confirm');
			await page.getByRole('dialog').getByRole('button', { name: 'Ja, laat alles zien' }).click();
			// The reveal is stored first; the switch is for the next step, once the dialog is gone.
			await expect(page.getByRole('dialog')).toHaveCount(0);
			const turns = page.getByRole('switch', { name: /Om de beurt/ });
			await expect(turns).toBeEnabled();
			await expect(turns).toBeChecked();
			await turns.uncheck();
		} else {
			for (const [j, person] of FAMILY.entries()) await answer(page, person, 3 + ((i + j) % 7));
		}
		await note(page, 'Mo', 'Wat gaat goed?', 'Spelen met mijn zus');
		await waitSaved(page);
		await expectAccessible(page, `element-${i + 1}-young-family`);
		if (i < 7) await next(page);
	}
	await shot(page, 'element-8-young-family');

	await page.getByRole('link', { name: 'Deelnemers', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Deelnemers', level: 1 })).toBeVisible();
	await expectAccessible(page, 'participants-edit');
	await page.getByRole('button', { name: 'Klaar' }).click();

	await page.getByRole('link', { name: 'Overzicht', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: /^Overzicht/ })).toBeVisible();
	await expectAccessible(page, 'overview-young-family');
	await page.getByRole('link', { name: 'Maak een plan' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /^Gedragen plan/ })).toBeVisible();
	await expectAccessible(page, 'plan-builder-start');
});

test('axe: the first-use screen, with and without mistakes, and a wrong passphrase on the lock screen', async ({
	page
}) => {
	await page.goto('/');
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await expect(page.getByRole('heading', { name: 'Beveilig deze app' })).toBeVisible();
	await expectAccessible(page, 'first-use');
	await shot(page, 'first-use');
	await page.getByRole('button', { name: 'Maak het profiel' }).click();
	await expect(page.locator('.error').first()).toBeVisible();
	await expectAccessible(page, 'first-use-errors');

	await createProfile(page);
	await page.getByRole('button', { name: 'Op slot' }).click();
	await page.getByLabel('Wachtwoord').fill(`${PASSPHRASE} niet`);
	await page.getByRole('button', { name: 'Open de app' }).click();
	await expect(page.getByText('klopt niet')).toBeVisible();
	await expectAccessible(page, 'lock-screen-wrong');
});

test('target size: every control on the main screens is at least 44 × 44 px', async ({ page }) => {
	test.setTimeout(180_000);
	// With voices, the read-aloud buttons are there to be measured too.
	await stubSpeech(page, ['nl-NL', 'en-GB']);
	const screens = await mainScreens(page);
	const failures: string[] = [];
	for (const screen of screens) {
		await screen.visit(page);
		for (const f of await smallTargets(page)) failures.push(`${screen.name}: ${f}`);
	}
	expect(failures).toEqual([]);
});

test('reflow: at 320 px wide nothing scrolls sideways or is cut off', async ({ page }) => {
	await stubSpeech(page, ['nl-NL', 'en-GB']);
	const screens = await mainScreens(page);
	const failures: string[] = [];

	await page.setViewportSize({ width: 320, height: 640 });
	for (const screen of screens) {
		await screen.visit(page);
		for (const f of await reflowProblems(page)) failures.push(`320px ${screen.name}: ${f}`);
		if (['element', 'overview'].includes(screen.name)) await shot(page, `${screen.name}-320`);
	}
	// Every element's screen: the names differ in length ("Verantwoordelijkheid nemen").
	await screens.find((s) => s.name === 'element')!.visit(page);
	for (let i = 0; i < 8; i++) {
		await expect(page.getByRole('heading', { level: 1, name: ELEMENT_NAMES[i] })).toBeVisible();
		for (const f of await reflowProblems(page)) failures.push(`320px element ${i + 1}: ${f}`);
		if (i === 2) await shot(page, 'element-3-320');
		await page.getByRole('link', { name: i < 7 ? /^Volgende/ : /Naar het overzicht/ }).click();
	}
	expect(failures).toEqual([]);
});

test('reflow: with text at 200% nothing scrolls sideways or is cut off', async ({ page }) => {
	await stubSpeech(page, ['nl-NL', 'en-GB']);
	const screens = await mainScreens(page);
	const failures: string[] = [];
	for (const screen of screens) {
		await screen.visit(page);
		await doubleText(page);
		for (const f of await reflowProblems(page)) failures.push(`200% ${screen.name}: ${f}`);
		if (['element', 'overview'].includes(screen.name)) await shot(page, `${screen.name}-200`);
	}
	expect(failures).toEqual([]);
});

test('reduced motion: the switches and every other transition are off', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await open(page, '/nieuw/');
	await page.getByLabel('Zelfreflectie').check();
	await page.getByLabel('Titel').fill('Stil');
	await page.getByLabel('Voornaam of bijnaam').fill('Pim');
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	await expect(page.getByText('Element 1 van 8')).toBeVisible();

	// Everything that moves, anywhere on the screen (the switch's knob is a ::after).
	const moving = () =>
		page.evaluate(() => {
			const ms = (v: string) =>
				Math.max(...v.split(',').map((t) => parseFloat(t) * (t.trim().endsWith('ms') ? 1 : 1000)));
			const out: string[] = [];
			for (const el of document.querySelectorAll('*')) {
				for (const pseudo of [null, '::before', '::after']) {
					const s = getComputedStyle(el, pseudo);
					const t = s.transitionProperty !== 'none' ? ms(s.transitionDuration) : 0;
					const a = s.animationName !== 'none' ? ms(s.animationDuration) : 0;
					if (t > 0.01 || a > 0.01) {
						out.push(
							`${el.localName}.${el.getAttribute('class') ?? ''}${pseudo ?? ''}: ${t || a}ms`
						);
					}
				}
			}
			return out;
		});
	expect(await moving()).toEqual([]);

	// Without the preference the switch does slide: the check above is not empty by accident.
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	expect(await moving()).toContainEqual(expect.stringMatching(/^input\..*::after: 150ms$/));

	// The overview with its wheel: nothing moves there either.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.getByRole('link', { name: 'Overzicht', exact: true }).click();
	await expect(page.getByRole('figure', { name: 'Kansencirkel van Stil' })).toBeVisible();
	expect(await moving()).toEqual([]);
});
