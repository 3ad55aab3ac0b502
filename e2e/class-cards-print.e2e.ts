import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { open } from './app';
import { expect, expectAccessible, shot, test } from './fixtures';
import { pdfPagePng, pdfText } from './pdf';

// A teacher prints the class cards once, from Instellingen (or the class set-up): 40 numbered
// cards, four or two on an A4 sheet, made on the device without a network.

const PRINT = 'Kaarten afdrukken (PDF)';

/** Presses the print button and waits for the file; returns it and how long it took. */
async function printCards(page: Page, name: string) {
	const download = page.waitForEvent('download');
	const started = Date.now();
	await page.getByRole('button', { name: PRINT }).click();
	const file = await download;
	const ms = Date.now() - started;
	expect(file.suggestedFilename()).toBe('kansencirkel-klaskaarten.pdf');
	await file.saveAs(`artifacts/${name}.pdf`);
	const data = readFileSync(await file.path());
	await expect(page.getByRole('status').filter({ hasText: 'downloads' })).toHaveText(
		'De kaarten staan in je downloads. Open het bestand en print het.'
	);
	return { data, ms };
}

test('a teacher prints the 40 class cards from Instellingen, four or two to a sheet', async ({
	page
}) => {
	await open(page, '/instellingen/');
	const section = page.getByRole('region', { name: 'Klaskaarten' });
	await expect(section.getByRole('heading', { name: 'Klaskaarten', level: 2 })).toBeVisible();
	await expect(section.getByText('Elke leerling krijgt één kaart.')).toBeVisible();
	await expect(section.getByText(/Welke kaart wat koos, bewaart de app nooit/)).toBeVisible();
	await expect(section.getByRole('radio', { name: /^4 kaarten per vel/ })).toBeChecked();
	await section.scrollIntoViewIfNeeded();
	await expectAccessible(page, 'settings-class-cards');

	// Four a sheet: ten pages, cards 1–4 on the first.
	const four = await printCards(page, 'klaskaarten-4');
	const text4 = await pdfText(four.data);
	expect(text4.pages).toBe(10);
	expect(text4.text.split('\n')[0]).toContain('Kansencirkel');
	expect(text4.text.split('\n')[0]).toContain('1–4');
	mkdirSync('artifacts/screenshots', { recursive: true });
	writeFileSync('artifacts/screenshots/class-cards-sheet-4.png', await pdfPagePng(four.data));
	await shot(page, 'settings-class-cards');

	// Two big cards a sheet: twenty pages. The keyboard chooses as well as a tap.
	await section.getByRole('radio', { name: /^4 kaarten per vel/ }).focus();
	await page.keyboard.press('ArrowDown');
	await expect(section.getByRole('radio', { name: /^2 grote kaarten per vel/ })).toBeChecked();
	const two = await printCards(page, 'klaskaarten-2');
	const text2 = await pdfText(two.data);
	expect(text2.pages).toBe(20);
	expect(text2.text.split('\n').at(-1)).toContain('39–40');
	writeFileSync('artifacts/screenshots/class-cards-sheet-2.png', await pdfPagePng(two.data));

	// How long the teacher waits (the first one loads pdfmake), and how big the files are.
	const timing = {
		fourPerSheet: { ms: four.ms, bytes: four.data.length },
		twoPerSheet: { ms: two.ms, bytes: two.data.length }
	};
	writeFileSync('artifacts/class-cards-timing.json', JSON.stringify(timing, null, 2));
	test.info().annotations.push({ type: 'timing', description: JSON.stringify(timing) });
	console.log('class cards PDF', JSON.stringify(timing));
});

test('the class set-up offers the cards, closed until the teacher opens it', async ({ page }) => {
	await open(page, '/nieuw/');
	await page.getByLabel('Klasgesprek').check();
	const summary = page.getByText('Klaskaarten printen');
	await expect(summary).toBeVisible();
	await expect(page.getByRole('button', { name: PRINT })).toBeHidden();
	await summary.click();
	await expect(page.getByRole('button', { name: PRINT })).toBeVisible();
	await expect(page.getByRole('radio', { name: /^2 grote kaarten per vel/ })).toBeVisible();
	await expectAccessible(page, 'class-setup-cards');
	await page.getByRole('button', { name: PRINT }).scrollIntoViewIfNeeded();
	await shot(page, 'class-setup-cards', false);
});
