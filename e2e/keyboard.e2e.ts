import type { Locator, Page } from '@playwright/test';
import { card, open, PASSPHRASE, personTab } from './app';
import { expect, shot, test } from './fixtures';

/**
 * What is wrong with the focus indicator of the focused element, or null when there is one
 * to see: an outline or shadow on the element itself (when it is not transparent), on the tile
 * or switch label around it, on its ::after (a card-sized link), or a stroke drawn on a link
 * in the wheel.
 */
async function focusProblem(page: Page): Promise<string | null> {
	return page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body || el === document.documentElement) return null;
		const what = `${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
		// A date field's calendar button is inside the field (its own shadow tree): the field
		// itself then matches :focus-within only.
		if (!el.matches(':focus-visible, :focus-within')) return `${what}: no :focus-visible`;
		const transparent = (c: string) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
		const ring = (n: Element, pseudo: string | null = null) => {
			const s = getComputedStyle(n, pseudo);
			const outline =
				s.outlineStyle !== 'none' &&
				parseFloat(s.outlineWidth) >= 2 &&
				!transparent(s.outlineColor);
			return outline || (s.boxShadow !== 'none' && s.boxShadow !== '');
		};
		const shown = parseFloat(getComputedStyle(el).opacity) > 0;
		if (shown && (ring(el) || ring(el, '::before') || ring(el, '::after'))) return null;
		const label = el.closest('label');
		if (label && ring(label)) return null;
		if (el.closest('svg')) {
			for (const part of el.querySelectorAll('*')) {
				const s = getComputedStyle(part);
				if (s.stroke !== 'none' && !transparent(s.stroke) && parseFloat(s.strokeWidth) >= 2) {
					return null;
				}
			}
		}
		return `${what}: no visible focus indicator`;
	});
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would, checking at
 * every stop on the way that the focus can be seen; fails if the target is never reached.
 */
async function tabTo(page: Page, target: Locator, { back = false, max = 120 } = {}) {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
		const problem = await focusProblem(page);
		expect(problem, 'every Tab stop shows where the focus is').toBeNull();
		if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
	}
	throw new Error('never reached with Tab');
}

/** Whether the focused element shows a focus ring (kept for the short test below). */
async function focusVisible(page: Page): Promise<boolean> {
	return (await focusProblem(page)) === null;
}

test('a self-reflection can be done with the keyboard alone, with visible focus', async ({
	page
}) => {
	await open(page, '/');
	await tabTo(page, page.getByRole('link', { name: 'Nieuw gesprek' }));
	expect(await focusVisible(page)).toBe(true);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Nieuw gesprek' })).toBeVisible();
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });

	await tabTo(page, page.getByLabel('Gezinsgesprek'));
	await page.keyboard.press('ArrowDown');
	await expect(page.getByLabel('Zelfreflectie')).toBeChecked();
	await tabTo(page, page.getByLabel('Titel'));
	await page.keyboard.type('Met het toetsenbord');
	await tabTo(page, page.getByLabel('Voornaam of bijnaam'));
	await page.keyboard.type('Ravi');
	await tabTo(page, page.getByRole('button', { name: 'Start het gesprek' }));
	await page.keyboard.press('Enter');

	for (let i = 0; i < 8; i++) {
		await expect(page.getByText(`Element ${i + 1} van 8`)).toBeVisible();
		// Into the marks: Tab reaches the group, arrow keys choose.
		await tabTo(page, page.getByRole('radio', { name: 'Nog geen antwoord' }));
		expect(await focusVisible(page)).toBe(true);
		await page.keyboard.press('ArrowLeft');
		await expect(
			page
				.getByRole('radio', { name: '10', exact: true })
				.or(page.getByRole('radio', { checked: true }))
		).not.toHaveCount(0);
		// A note opens with Enter and takes the typing straight away.
		await tabTo(page, page.getByRole('button', { name: 'Wat gaat goed?', exact: true }));
		await page.keyboard.press('Enter');
		await expect(page.getByLabel('Wat gaat goed?')).toBeFocused();
		await page.keyboard.type(`Gaat goed ${i + 1}`);
		if (i === 0) await shot(page, 'keyboard-element', false);
		const next =
			i < 7
				? page.getByRole('link', { name: /^Volgende/ })
				: page.getByRole('link', { name: /Naar het overzicht/ });
		await tabTo(page, next);
		expect(await focusVisible(page)).toBe(true);
		await page.keyboard.press('Enter');
	}
	await expect(
		page.getByRole('figure', { name: 'Kansencirkel van Met het toetsenbord' })
	).toBeVisible();
	await open(page, '/');
	await expect(page.getByRole('listitem').filter({ hasText: 'Met het toetsenbord' })).toContainText(
		'8 van 8 elementen'
	);
});

test('a whole family conversation, from the first screen to everyone agreeing to the plan, with the keyboard alone', async ({
	page
}) => {
	test.setTimeout(240_000);
	let step = 0;
	/** One screenshot per step, of what a keyboard user sees with the focus where it is. */
	const snap = async (name: string) => {
		expect(await focusProblem(page)).toBeNull();
		await shot(page, `keyboard-family-${String(++step).padStart(2, '0')}-${name}`, false);
	};

	// First use: the coach makes the profile.
	await page.goto('/');
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await expect(page.getByRole('heading', { name: 'Beveilig deze app' })).toBeVisible();
	await tabTo(page, page.getByLabel('Naam van het profiel'));
	await page.keyboard.type('Coach');
	await tabTo(page, page.getByLabel('Wachtwoord', { exact: true }));
	await page.keyboard.type(PASSPHRASE);
	await tabTo(page, page.getByLabel('Herhaal het wachtwoord'));
	await page.keyboard.type(PASSPHRASE);
	await tabTo(page, page.getByRole('button', { name: 'Maak het profiel' }));
	await snap('profile');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Kansencirkel', level: 1 })).toBeVisible();

	await tabTo(page, page.getByRole('link', { name: 'Nieuw gesprek' }));
	await snap('home');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Nieuw gesprek' })).toBeVisible();

	// Set-up: a family of three (the form starts with a child, a parent and a coach).
	await tabTo(page, page.getByLabel('Gezinsgesprek'));
	await expect(page.getByLabel('Gezinsgesprek')).toBeChecked();
	await tabTo(page, page.getByLabel('Titel'));
	await page.keyboard.type('Gezin T.');
	const people = ['Tess', 'Bram', 'Eva'];
	// The child the conversation is about first ("Kind 1"), then the others.
	const groups = ['Kind 1', 'Deelnemer 1', 'Deelnemer 2'];
	for (const [i, name] of people.entries()) {
		const set = page.getByRole('group', { name: groups[i], exact: true });
		await tabTo(page, set.getByLabel('Voornaam of bijnaam'));
		await page.keyboard.type(name);
		if (i === 0) {
			await tabTo(page, set.getByLabel('Leeftijd'));
			await page.keyboard.press('ArrowDown');
			await expect(set.getByLabel('Leeftijd')).toHaveValue('4-7');
		}
	}
	// Back up to check the roles the form chose, with Shift+Tab.
	await tabTo(
		page,
		page.getByRole('group', { name: 'Deelnemer 1', exact: true }).getByLabel('Rol'),
		{
			back: true
		}
	);
	await expect(
		page.getByRole('group', { name: 'Deelnemer 1', exact: true }).getByLabel('Rol')
	).toHaveValue('parent');
	await tabTo(page, page.getByRole('button', { name: 'Start het gesprek' }));
	await snap('setup');
	await page.keyboard.press('Enter');

	// Eight elements, three people each, one at a time: Tess with a face, Bram and Eva with a
	// number.
	for (let i = 0; i < 8; i++) {
		await expect(page.getByText(`Element ${i + 1} van 8`)).toBeVisible();
		if (i === 0) {
			// The row of people is one Tab stop; arrow keys, Home and End show another person.
			const tess = personTab(page, 'Tess');
			await tabTo(page, tess);
			await expect(tess).toHaveAttribute('aria-selected', 'true');
			await page.keyboard.press('ArrowRight');
			await expect(personTab(page, 'Bram')).toBeFocused();
			await expect(personTab(page, 'Bram')).toHaveAttribute('aria-selected', 'true');
			await expect(page.getByRole('group', { name: 'Cijfer van Bram' })).toBeVisible();
			await page.keyboard.press('End');
			await expect(personTab(page, 'Eva')).toHaveAttribute('aria-selected', 'true');
			await page.keyboard.press('ArrowRight');
			await expect(tess).toBeFocused();
			await expect(tess).toHaveAttribute('aria-selected', 'true');
			await snap('person-row');
		}
		const faces = page.getByRole('group', { name: 'Hoe voelt Tess zich hierover?' });
		await tabTo(page, faces.getByRole('radio', { name: 'Nog geen antwoord' }));
		await page.keyboard.press('ArrowLeft'); // the last face: Heel blij
		await page.keyboard.press('ArrowLeft'); // Blij
		await expect(faces.getByRole('radio', { name: 'Blij', exact: true })).toBeChecked();
		for (const [j, name] of ['Bram', 'Eva'].entries()) {
			// Once someone has scored, "Volgende: Bram" shows the next person, focus on their tab.
			await tabTo(page, page.getByRole('button', { name: `Volgende: ${name}` }));
			await page.keyboard.press('Enter');
			await expect(personTab(page, name)).toBeFocused();
			await expect(personTab(page, name)).toHaveAttribute('aria-selected', 'true');
			const marks = page.getByRole('group', { name: `Cijfer van ${name}` });
			await tabTo(page, marks.getByRole('radio', { name: 'Nog geen antwoord' }));
			// "No answer" comes first: Down goes to 1, and on up to the mark.
			const mark = 5 + ((i + j) % 5);
			for (let k = 0; k < mark; k++) await page.keyboard.press('ArrowDown');
			await expect(marks.getByRole('radio', { name: String(mark), exact: true })).toBeChecked();
			if (i === 1 && name === 'Bram') {
				// A worry, and a wish to talk about it, in Bram's own card.
				await tabTo(page, card(page, 'Bram').getByRole('button', { name: 'Zorgen', exact: true }));
				await page.keyboard.press('Enter');
				await page.keyboard.type('Tess speelt weinig met anderen');
				const talk = card(page, 'Bram').getByRole('switch', { name: 'Hier wil ik over praten' });
				await tabTo(page, talk);
				await page.keyboard.press('Space');
				await expect(talk).toBeChecked();
			}
		}
		await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
		const next =
			i < 7
				? page.getByRole('link', { name: /^Volgende/ })
				: page.getByRole('link', { name: /Naar het overzicht/ });
		await tabTo(page, next);
		await snap(`element-${i + 1}`);
		await page.keyboard.press('Enter');
	}

	// Overview, then the plan.
	await expect(page.getByRole('figure', { name: 'Kansencirkel van Gezin T.' })).toBeVisible();
	await tabTo(page, page.getByRole('link', { name: /Maak een plan/ }));
	await snap('overview');
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('heading', { name: 'Gedragen plan: Gezin T.', level: 1 })
	).toBeVisible();

	// The plan in steps: the progress list and Vorige/Volgende are links, reached with Tab.
	const steps = page.getByRole('navigation', { name: 'Stappen van het plan' });
	const stepLink = (name: string) => steps.getByRole('link', { name, exact: true });
	await expect(stepLink('Wat gaat goed')).toHaveAttribute('aria-current', 'step');
	await tabTo(page, stepLink('Speerpunten'));
	await page.keyboard.press('Enter');
	await expect(stepLink('Speerpunten')).toHaveAttribute('aria-current', 'step');
	// The new step's heading has the focus, so the next Tab goes into the step.
	await expect(page.getByRole('heading', { name: 'Speerpunten', level: 2 })).toBeFocused();
	const focus = page.getByRole('region', { name: 'Speerpunten' });
	await tabTo(page, focus.getByRole('checkbox', { name: /Erbij horen/ }));
	await page.keyboard.press('Space');
	await expect(focus.getByRole('checkbox', { name: /Erbij horen/ })).toBeChecked();
	await tabTo(page, page.getByRole('link', { name: 'Volgende: Doelen en acties' }));
	await page.keyboard.press('Enter');
	await expect(stepLink('Doelen en acties')).toHaveAttribute('aria-current', 'step');
	const goals = page.getByRole('region', { name: 'Doelen en acties' });
	await tabTo(page, goals.getByLabel('Doel voor Erbij horen'));
	await page.keyboard.type('Tess speelt in de pauze met anderen');
	const form = goals.getByRole('form', { name: 'Nieuwe actie voor Erbij horen' });
	await tabTo(page, form.getByLabel('Wat gaat er gebeuren?'));
	await page.keyboard.type('Samen een buddy kiezen');
	await tabTo(page, form.getByLabel('Wie doet het?'));
	await page.keyboard.press('ArrowDown');
	await expect(form.getByLabel('Wie doet het?')).not.toHaveValue('');
	await tabTo(page, form.getByLabel('Wanneer?'));
	await page.keyboard.type('elke week');
	await tabTo(page, form.getByRole('button', { name: /Actie toevoegen/ }));
	await snap('plan-action');
	await page.keyboard.press('Enter');
	await expect(
		goals.getByRole('article', { name: 'Erbij horen' }).getByRole('listitem')
	).toHaveText([/Samen een buddy kiezen/]);
	// Back with Vorige, and forward again to Afspreken.
	await tabTo(page, page.getByRole('link', { name: 'Vorige: Speerpunten' }));
	await page.keyboard.press('Enter');
	await expect(stepLink('Speerpunten')).toHaveAttribute('aria-current', 'step');
	await tabTo(page, stepLink('Afspreken'), { back: true });
	await page.keyboard.press('Enter');
	await expect(stepLink('Afspreken')).toHaveAttribute('aria-current', 'step');

	// Everyone agrees, each with their own switch.
	const agreement = page.getByRole('region', { name: 'Staat iedereen achter dit plan?' });
	for (const name of people) {
		const own = agreement.getByRole('switch', { name: `${name}: ik sta achter dit plan` });
		await tabTo(page, own);
		await page.keyboard.press('Space');
		await expect(own).toBeChecked();
	}
	await expect(agreement).toContainText('Afgesproken');
	await snap('agreed');
	await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
});
