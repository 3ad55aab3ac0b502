import type { Page } from '@playwright/test';
import { goOffline, open } from './app';
import { expect, expectAccessible, readStore, shot, test } from './fixtures';

// The same class every term (issue 14): a teacher runs a kinderkring in September, again with
// the same group in December, and the class compares its two pictures on the digiboard. Small
// counts stay "een paar" there too, and storage still holds only totals.

interface StoredClass {
	id: string;
	session: { group: string; seriesId?: string; sequence: number; elements: string[] };
	results: { elementId: string; counts: Record<string, number>; notes: string }[];
}

// Monday 14 September 2026 and Monday 7 December 2026, 10:00 on the device's clock.
const SEPTEMBER = new Date(2026, 8, 14, 10).getTime();
const DECEMBER = new Date(2026, 11, 7, 10).getTime();

/** Counts hands for the element on the stage: one tap on "Eén meer bij …" per hand. */
async function countHands(page: Page, hands: Partial<Record<string, number>>) {
	const toggle = page.getByText('Handen tellen en precieze aantallen (alleen voor jou)');
	if (
		!(await page
			.getByRole('button', { name: /^Eén meer bij/ })
			.first()
			.isVisible())
	)
		await toggle.click();
	for (const [face, n] of Object.entries(hands))
		for (let i = 0; i < n!; i++)
			await page.getByRole('button', { name: `Eén meer bij ${face}`, exact: true }).click();
}

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

test('a class talks again next term and compares its pictures, small counts as "een paar"', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await page.clock.install({ time: SEPTEMBER });
	await open(page, '/nieuw/');
	await page.getByLabel('Klasgesprek').check();
	await page.getByLabel('Naam van de groep').fill('groep 6');
	await page.getByLabel('Bovenbouw (8–12 jaar)').check();
	for (const name of ['Veilig zijn', 'Gehoord worden'])
		await page.getByRole('checkbox', { name }).check();
	await page.getByRole('button', { name: 'Start het klasgesprek' }).click();

	// September: first time with this group.
	await expect(page.getByRole('heading', { name: 'Veilig zijn', level: 2 })).toBeVisible();
	// No earlier time: nothing to compare with yet.
	await expect(page.getByRole('link', { name: 'Vergelijk met vorige keer' })).toHaveCount(0);
	await countHands(page, { 'Heel verdrietig': 1, 'Gaat wel': 6, Blij: 4, 'Heel blij': 2 });
	await page.getByRole('button', { name: 'Volgende' }).click();
	await expect(page.getByRole('heading', { name: 'Gehoord worden', level: 2 })).toBeVisible();
	await countHands(page, { Verdrietig: 2, Blij: 8 });
	await expect(page.getByText('Opgeslagen')).toBeVisible();
	await page.getByRole('link', { name: 'Klassenafspraken' }).first().click();
	await page.getByLabel('Wat spreken we af?').fill('We laten elkaar uitpraten.');
	await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
	await expect(page.getByRole('heading', { name: '1 afspraak' })).toBeVisible();
	await expect(page.getByText('Afspraken van vorige keer')).toHaveCount(0);

	// December: "Nog een keer met deze groep" starts the next session of the series.
	await page.clock.setSystemTime(DECEMBER);
	await page.getByRole('button', { name: 'Nog een keer met deze groep' }).click();
	await expect(page.getByRole('heading', { name: 'Veilig zijn', level: 2 })).toBeVisible();
	await countHands(page, { Verdrietig: 1, 'Gaat wel': 2, Blij: 6, 'Heel blij': 6 });
	await page.getByRole('button', { name: 'Volgende' }).click();
	await countHands(page, { Blij: 9, 'Heel blij': 3 });
	await expect(page.getByText('Opgeslagen')).toBeVisible();

	// The agreements page shows what was agreed last time, and links to the comparison.
	await page.getByRole('link', { name: 'Klassenafspraken' }).first().click();
	const previous = page.getByRole('region', { name: 'Afspraken van vorige keer' });
	await expect(previous).toContainText('We laten elkaar uitpraten.');
	await expect(previous).toContainText('14 september 2026');
	await expect(page.getByRole('heading', { name: '0 afspraken' })).toBeVisible();
	await expectAccessible(page, 'class-series-agreements');

	// Back in the session, the teacher's panel links to the comparison.
	await page.getByRole('link', { name: 'Terug naar het klasgesprek' }).click();
	await page.setViewportSize({ width: 1920, height: 1080 });
	const compareLink = page.getByRole('link', { name: 'Vergelijk met vorige keer' });
	await compareLink.focus();
	await compareLink.press('Enter');
	await expect(
		page.getByRole('heading', { name: 'Vergelijken met vorige keren: groep 6', level: 1 })
	).toBeVisible();

	const safe = page.getByRole('region', { name: 'Veilig zijn' });
	const sept = safe.getByRole('figure', { name: 'Keer 1 · 14 september 2026' });
	const dec = safe.getByRole('figure', { name: 'Keer 2 · 7 december 2026' });
	await expect(sept.getByRole('listitem')).toHaveText([
		/Heel verdrietig\s*een paar/,
		/Verdrietig\s*0/,
		/Gaat wel\s*6/,
		/Blij\s*4/,
		/Heel blij\s*een paar/
	]);
	await expect(dec.getByRole('listitem')).toHaveText([
		/Heel verdrietig\s*0/,
		/Verdrietig\s*een paar/,
		/Gaat wel\s*een paar/,
		/Blij\s*6/,
		/Heel blij\s*6/
	]);
	// Side by side on the board: September on the left, December beside it.
	const [a, b] = [await sept.boundingBox(), await dec.boundingBox()];
	expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
	expect(Math.abs(b!.y - a!.y)).toBeLessThan(2);
	await expect(safe.getByText('Meer blije gezichten dan in september 2026.')).toBeVisible();
	const heard = page.getByRole('region', { name: 'Gehoord worden' });
	await expect(heard.getByRole('figure', { name: /^Keer 1/ })).toContainText('een paar');
	await expect(heard.getByText('Meer blije gezichten dan in september 2026.')).toBeVisible();
	await expect(page.getByText('“Een paar” betekent 1 of 2.')).toBeVisible();
	// No count anywhere on the screen is a 1 or a 2, and there is no total to work them out.
	const shown = await page.locator('main figure li').allInnerTexts();
	expect(shown).toHaveLength(20);
	for (const t of shown)
		expect(t.replace(/\s+/g, ' ').trim()).toMatch(/(een paar| 0| [3-9]| \d\d+)$/);
	await expect(page.getByText(/Samen \d+ keuzes/)).toHaveCount(0);
	// Body text large enough for the back row.
	const size = await page
		.getByText('Meer blije gezichten dan in september 2026.')
		.first()
		.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(size).toBeGreaterThanOrEqual(28);
	await expectAccessible(page, 'class-series-compare');
	await shot(page, 'class-series-compare-1920', false);
	await page.setViewportSize({ width: 1024, height: 768 });
	await expect(sept).toBeVisible();
	await shot(page, 'class-series-compare-1024', false);

	// Home: the December card says it is the second time and links to the comparison.
	await page.getByRole('link', { name: 'Kansencirkel' }).first().click();
	const card = page
		.getByRole('listitem')
		.filter({ hasText: 'Keer 2 met deze groep' })
		.filter({ hasText: 'groep 6' });
	await expect(card).toHaveCount(1);
	await expect(page.getByRole('link', { name: /^Vergelijk met vorige keer/ })).toHaveCount(1);
	await expectAccessible(page, 'class-series-home');
	await card.getByRole('link', { name: /^Vergelijk met vorige keer ?: groep 6$/ }).click();
	await expect(page.getByRole('region', { name: 'Veilig zijn' })).toBeVisible();
	// Offline, from the precache: the comparison still opens.
	await goOffline(page, context);
	await expect(page.getByRole('region', { name: 'Veilig zijn' })).toBeVisible();

	// What is stored, read from IndexedDB directly: two records of one series, only totals.
	const stored = await readStore<StoredClass>(page, 'classSessions');
	expect(stored).toHaveLength(2);
	const first = stored.find((s) => s.session.sequence === 1)!;
	const second = stored.find((s) => s.session.sequence === 2)!;
	expect(first.session.seriesId).toBeUndefined();
	expect(second.session.seriesId).toBe(first.id);
	expect(Object.fromEntries(second.results.map((r) => [r.elementId, r.counts]))).toEqual({
		safe: { 1: 0, 2: 1, 3: 2, 4: 6, 5: 6 },
		heard: { 1: 0, 2: 0, 3: 0, 4: 9, 5: 3 }
	});
	const allowed = [
		'$.agreements',
		'$.agreements.agreements',
		'$.agreements.agreements[].id',
		'$.agreements.agreements[].what',
		'$.agreements.agreements[].when',
		'$.agreements.agreements[].who',
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
		'$.session.seriesId',
		'$.session.sequence',
		'$.session.createdAt',
		'$.session.id',
		'$.session.updatedAt',
		'$.updatedAt'
	];
	for (const s of stored) for (const key of shapeOf(s)) expect(allowed).toContain(key);
});
