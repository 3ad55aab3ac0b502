import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { goOffline, open } from './app';
import { expect, expectAccessible, readRaw, readStore, shot, test } from './fixtures';
import { pdfText } from './pdf';

// A teacher leads a kinderkring on the digiboard: offline after the first visit, the whole
// talk by keyboard, and nothing stored that could hold one pupil's answer.

interface StoredClass {
	id: string;
	profileId: string;
	createdAt: number;
	updatedAt: number;
	progress: number;
	session: { group: string; level: string; present?: number; elements: string[] };
	results: { elementId: string; counts: Record<string, number>; notes: string }[];
	agreements: {
		agreements: { id: string; what: string; who: unknown; when: string }[];
		lookBackDate: string | null;
	};
}

/** Presses a control with the keyboard: focus it (as Tab would), then Enter. */
async function press(target: Locator, key = 'Enter') {
	await target.focus();
	await target.press(key);
}

/** The stored class sessions, decrypted independently of the app (see fixtures.ts). */
const classes = (page: Page) => readStore<StoredClass>(page, 'classSessions');

/** Every key anywhere in a value, with the path to it: to prove what a record can hold. */
function shapeOf(value: unknown, path = '$', out: string[] = []): string[] {
	if (Array.isArray(value)) value.forEach((v) => shapeOf(v, `${path}[]`, out));
	else if (value !== null && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) {
			const p = `${path}.${/^\d+$/.test(k) ? '<face>' : k}`;
			out.push(p);
			shapeOf(v, p, out);
		}
	return [...new Set(out)].sort();
}

test('a teacher runs a kinderkring by keyboard, and only totals are stored', async ({
	page,
	context
}) => {
	await open(page, '/');
	await goOffline(page, context);

	// Prepare: Nieuw gesprek → Klasgesprek, in under a minute.
	await page.getByRole('link', { name: 'Nieuw gesprek' }).click();
	await page.getByLabel('Klasgesprek').check();
	// The choice stays where the teacher is; the class form has its own fields.
	await expect(page.getByLabel('Klasgesprek')).toBeFocused();
	await expect(page.getByLabel('Titel')).toHaveCount(0);
	await page.getByLabel('Naam van de groep').fill('groep 7');
	await page.getByLabel('Bovenbouw (8–12 jaar)').check();
	await page.getByLabel(/Aantal leerlingen vandaag/).fill('24');
	for (const name of ['Veilig zijn', 'Gehoord worden', 'Erbij horen'])
		await page.getByRole('checkbox', { name }).check();
	const order = page.getByRole('region', { name: 'Volgorde van vandaag' }).getByRole('listitem');
	await expect(order).toHaveText([/Veilig zijn/, /Gehoord worden/, /Erbij horen/]);
	await expectAccessible(page, 'class-setup');
	await shot(page, 'class-setup');
	await page.getByRole('button', { name: 'Start het klasgesprek' }).click();

	await page.setViewportSize({ width: 1920, height: 1080 });
	await expect(page.getByRole('heading', { name: 'Veilig zijn', level: 2 })).toBeVisible();
	await expect(page.getByText('Stap 1 van 4: Veilig zijn')).toBeVisible();
	// Back-row type: the questions are at least 32 px on a 1920 × 1080 board.
	const size = await page
		.getByRole('listitem')
		.filter({ hasText: '?' })
		.first()
		.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(size).toBeGreaterThanOrEqual(32);

	// Element 1, hands up counted by the teacher: + and − by keyboard. The exact numbers sit
	// behind a closed disclosure, since the board may be showing the teacher's panel.
	const exactToggle = () => page.getByText('Handen tellen en precieze aantallen (alleen voor jou)');
	await expect(page.getByRole('button', { name: /^Eén meer bij/ })).toHaveCount(0);
	await press(exactToggle());
	const more = (face: string) => page.getByRole('button', { name: `Eén meer bij ${face}` });
	for (const [face, n] of [
		['Heel verdrietig', 1],
		['Gaat wel', 5],
		['Blij', 10],
		['Heel blij', 8]
	] as const)
		for (let i = 0; i < n; i++) await press(more(face));
	await press(page.getByRole('button', { name: 'Eén minder bij Heel blij' }));
	const exact = page.getByRole('figure', { name: 'Precieze aantallen bij Veilig zijn' });
	await expect(exact).toContainText('1');
	const board = page.getByRole('figure', { name: 'Zo voelt de klas zich bij Veilig zijn' });
	// The class sees "een paar" for the one child who chose the saddest face, never "1".
	await expect(board).toContainText('een paar');
	await page.getByLabel('Wat zei de klas?').fill('Op het plein voelen sommigen zich niet veilig.');
	await expectAccessible(page, 'class-presentation');
	await shot(page, 'class-presentation-1920', false);

	// The board without the teacher's panel, and a black screen for a pause.
	await press(page.getByRole('button', { name: 'Verberg mijn paneel' }));
	await expect(page.getByRole('button', { name: 'Toon mijn paneel' })).toBeFocused();
	await expect(exact).toHaveCount(0);
	await expect(page.getByLabel('Wat zei de klas?')).toHaveCount(0);
	await shot(page, 'class-projected-1920', false);
	await page.keyboard.press('b');
	await expect(page.getByRole('button', { name: 'Terug naar het klasgesprek' })).toBeFocused();
	await expect(page.getByText('Veilig zijn')).toHaveCount(0);
	await page.keyboard.press('b');
	await expect(page.getByRole('heading', { name: 'Veilig zijn', level: 2 })).toBeVisible();
	await press(page.getByRole('button', { name: 'Toon mijn paneel' }));

	// Element 2 with a presenter clicker (Page Down), hands counted again.
	await page.locator('body').focus();
	await page.keyboard.press('PageDown');
	await expect(page.getByRole('heading', { name: 'Gehoord worden', level: 2 })).toBeVisible();
	await press(exactToggle());
	for (const [face, n] of [
		['Verdrietig', 3],
		['Blij', 12]
	] as const)
		for (let i = 0; i < n; i++) await press(more(face));
	await expect(page.getByText('15 keuzes geteld')).toBeVisible();
	await expect(page.getByText('Opgeslagen')).toBeVisible();

	// Element 3 by the arrow key: a secret ballot of 6 votes on the tablet going round.
	await page.locator('body').focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('heading', { name: 'Erbij horen', level: 2 })).toBeVisible();
	const before = await readRaw<{ id: string; sealed: { data: unknown } }>(page, 'classSessions');
	await press(page.getByRole('button', { name: 'Geheime stemming starten' }));
	const votes = ['Blij', 'Heel blij', 'Gaat wel', 'Blij', 'Verdrietig', 'Blij'];
	for (const [i, face] of votes.entries()) {
		const turn = page.getByRole('button', { name: 'Ik ben aan de beurt' });
		if (await turn.isVisible()) await press(turn);
		// A pupil may change their mind until they pass the tablet on.
		await press(page.getByRole('button', { name: 'Heel verdrietig', exact: true }));
		await press(page.getByRole('button', { name: face, exact: true }));
		await press(page.getByRole('button', { name: 'Geef door' }));
		// The screen blanks: nothing of this pupil's choice is left for the next one to see.
		await expect(page.getByText('Geef de tablet door')).toBeVisible();
		await expect(page.locator('[aria-pressed="true"]')).toHaveCount(0);
		if (i === 2) {
			await shot(page, 'class-ballot-blank', false);
			// Mid-round the database has not been written at all: no vote, no running total.
			const during = await readRaw<{ id: string; sealed: { data: unknown } }>(
				page,
				'classSessions'
			);
			expect(during).toEqual(before);
		}
	}
	const turn = page.getByRole('button', { name: 'Ik ben aan de beurt' });
	if (await turn.isVisible()) await press(turn);
	// The ballot is modal: a pupil cannot reach the app's header (lock, settings) behind it.
	const reachable = await page.getByRole('button', { name: 'Op slot' }).evaluate((el) => {
		(el as HTMLElement).focus();
		return document.activeElement === el;
	});
	expect(reachable).toBe(false);
	await expectAccessible(page, 'class-ballot');
	// Closing is the teacher's act: it always asks first.
	await press(page.getByRole('button', { name: 'Ronde sluiten' }));
	const dialog = page.getByRole('dialog', { name: 'Ronde sluiten?' });
	await press(dialog.getByRole('button', { name: 'Ronde sluiten' }));
	await expect(page.getByRole('heading', { name: 'Erbij horen', level: 2 })).toBeFocused();
	await press(exactToggle());
	await expect(
		page.getByRole('figure', { name: 'Precieze aantallen bij Erbij horen' })
	).toContainText('6');

	// The class picture: the class wheel of middle faces.
	await page.locator('body').focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('heading', { name: 'Het klassenbeeld', level: 2 })).toBeVisible();
	await expect(page.getByRole('figure', { name: /Kansencirkel van groep 7/ })).toBeVisible();
	await expect(page.getByText('Erbij horen: Blij')).toBeVisible();
	await expectAccessible(page, 'class-picture');
	await shot(page, 'class-wheel-1920', false);

	// Klassenafspraken, then the poster.
	await press(page.getByRole('link', { name: 'Naar de klassenafspraken' }));
	await expect(page.getByRole('heading', { name: /^Klassenafspraken/, level: 1 })).toBeVisible();
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.getByLabel('Wat spreken we af?').fill('We laten elkaar uitpraten.');
	await press(page.getByRole('button', { name: 'Afspraak toevoegen' }));
	await page.getByLabel('Wat spreken we af?').fill('In de pauze vraagt iemand je mee te doen.');
	await page.getByLabel('Iemand anders').check();
	await page.getByLabel('Wie dan?').fill('klassenvertegenwoordigers');
	await page.getByLabel(/^Wanneer\?/).fill('elke pauze');
	await press(page.getByRole('button', { name: 'Afspraak toevoegen' }));
	await expect(page.getByRole('heading', { name: '2 afspraken' })).toBeVisible();
	await expectAccessible(page, 'class-agreements');
	await shot(page, 'class-agreements');

	const download = page.waitForEvent('download');
	await press(page.getByRole('button', { name: 'Bewaar als pdf' }));
	const pdf = await download;
	await pdf.saveAs('artifacts/klassenafspraken.pdf');
	const { text } = await pdfText(readFileSync(await pdf.path()));
	// pdf.js joins wrapped lines without a space: compare without any whitespace.
	const flat = text.replace(/\s+/g, '');
	for (const line of [
		'We laten elkaar uitpraten.',
		'In de pauze vraagt iemand je mee te doen.',
		'Wie: klassenvertegenwoordigers',
		'Wanneer: elke pauze'
	])
		expect(flat).toContain(line.replace(/\s+/g, ''));

	// What is stored: one sealed row, totals and notes only.
	const [stored, ...others] = await classes(page);
	expect(others).toEqual([]);
	expect(stored!.session).toMatchObject({ group: 'groep 7', level: 'po-boven', present: 24 });
	expect(stored!.session.elements).toEqual(['safe', 'heard', 'belonging']);
	const counts = Object.fromEntries(stored!.results.map((r) => [r.elementId, r.counts]));
	expect(counts).toEqual({
		safe: { 1: 1, 2: 0, 3: 5, 4: 10, 5: 7 },
		heard: { 1: 0, 2: 3, 3: 0, 4: 12, 5: 0 },
		belonging: { 1: 0, 2: 1, 3: 1, 4: 3, 5: 1 }
	});
	expect(stored!.progress).toBe(3);
	// Nothing that could hold one pupil's answer: no list but the elements, the results and the
	// agreements, and per result only five totals and the teacher's notes.
	expect(shapeOf(stored)).toEqual(
		[
			'$.agreements',
			'$.agreements.agreements',
			'$.agreements.agreements[].id',
			'$.agreements.agreements[].what',
			'$.agreements.agreements[].when',
			'$.agreements.agreements[].who',
			'$.agreements.agreements[].who.role',
			'$.agreements.lookBackDate',
			'$.createdAt',
			'$.id',
			'$.profileId',
			'$.progress',
			'$.results',
			'$.results[].counts',
			'$.results[].counts.<face>',
			'$.results[].elementId',
			'$.results[].notes',
			'$.session',
			'$.session.elements',
			'$.session.group',
			'$.session.level',
			'$.session.present',
			'$.session.sequence',
			'$.updatedAt'
		].sort()
	);
	// The row as stored: only ids, times and progress in the clear.
	const [raw] = await readRaw<Record<string, unknown>>(page, 'classSessions');
	expect(Object.keys(raw!).sort()).toEqual(
		['createdAt', 'id', 'profileId', 'progress', 'sealed', 'updatedAt'].sort()
	);
	expect(JSON.stringify(raw)).not.toContain('groep 7');

	// Home lists it like any other conversation.
	await press(page.getByRole('link', { name: 'Kansencirkel' }).first());
	const item = page.getByRole('listitem').filter({ hasText: 'groep 7' });
	await expect(item).toContainText('Klasgesprek');
	await expect(item).toContainText('Besproken: 3 van 3');
	await context.setOffline(false);
});
