import { readFileSync } from 'node:fs';
import { open, score, waitSaved } from './app';
import { expect, expectAccessible, readStore, shot, test } from './fixtures';

async function selfReflection(page: import('@playwright/test').Page, title: string, name: string) {
	await open(page, '/nieuw/');
	await page.getByLabel('Zelfreflectie').check();
	await page.getByLabel('Titel').fill(title);
	await page.getByLabel('Voornaam of bijnaam').fill(name);
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	await expect(page.getByText('Element 1 van 8')).toBeVisible();
	await score(page, name, 7);
	await page.getByLabel('Zorgen').fill(`Zorg van ${name} ë`);
	await waitSaved(page);
}

test('back up everything, wipe the device, restore, and restore again choosing "overslaan"', async ({
	page
}) => {
	await selfReflection(page, 'Mijn cirkel', 'Noor');
	await selfReflection(page, 'Gezin B.', 'Bo');

	await open(page, '/');
	await page.getByRole('link', { name: 'Instellingen' }).click();
	await expect(page.getByRole('heading', { name: 'Instellingen', level: 1 })).toBeVisible();
	await expect(page.getByText('Nog nooit')).toBeVisible();
	await expectAccessible(page, 'settings');
	await shot(page, 'settings');

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back-up maken van alle gesprekken' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^kansencirkel-backup-\d{4}-\d{2}-\d{2}.*\.json$/);
	const path = await file.path();
	const json = JSON.parse(readFileSync(path, 'utf8'));
	expect(json).toMatchObject({ format: 'kansencirkel-backup', formatVersion: 1, scope: 'all' });
	await expect(page.getByText('Nog nooit')).toHaveCount(0);

	// Wipe the device's database entirely.
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const req = indexedDB.deleteDatabase('kansencirkel');
				req.onsuccess = () => resolve();
				req.onerror = () => reject(req.error);
				req.onblocked = () => resolve();
			})
	);
	await open(page, '/instellingen/');
	expect(await readStore(page, 'conversations')).toEqual([]);

	// Restore: a preview first, nothing written until "Terugzetten".
	await page.getByLabel('Kies een back-upbestand').setInputFiles(path);
	const restore = page.getByRole('region', { name: 'Back-up terugzetten' });
	await expect(restore.getByRole('listitem')).toHaveCount(2);
	await expect(restore.getByText('Nieuw')).toHaveCount(2);
	expect(await readStore(page, 'conversations')).toEqual([]);
	await expectAccessible(page, 'restore-preview');
	await restore.getByRole('button', { name: 'Terugzetten' }).click();
	await expect(restore.getByText('2 gesprekken toegevoegd.')).toBeVisible();

	await open(page, '/');
	const items = page.getByRole('main').getByRole('listitem');
	await expect(items).toHaveCount(2);
	await items.filter({ hasText: 'Mijn cirkel' }).getByRole('link').click();
	await expect(page.getByLabel('Zorgen')).toHaveValue('Zorg van Noor ë');

	// The same file again: both exist, "overslaan" changes nothing.
	await open(page, '/instellingen/');
	await page.getByLabel('Kies een back-upbestand').setInputFiles(path);
	await expect(restore.getByText('Staat al op dit apparaat')).toHaveCount(2);
	await restore.getByLabel(/Overslaan/).check();
	await restore.getByRole('button', { name: 'Terugzetten' }).click();
	await expect(restore.getByText('2 gesprekken overgeslagen.')).toBeVisible();
	expect(await readStore(page, 'conversations')).toHaveLength(2);
	expect(await readStore(page, 'answers')).toHaveLength(2);
});

test('a broken or hostile file gets a clear message and writes nothing', async ({ page }) => {
	await open(page, '/instellingen/');
	const restore = page.getByRole('region', { name: 'Back-up terugzetten' });
	const files: [string, string, RegExp][] = [
		['leeg.json', '', /leeg/],
		['kapot.json', '{"format":"kansencirkel-backup","formatVer', /beschadigd/],
		['ander.json', '{"hello":"world"}', /geen back-up/],
		[
			'toekomst.json',
			JSON.stringify({ format: 'kansencirkel-backup', formatVersion: 99 }),
			/nieuwere versie/
		]
	];
	for (const [name, content, message] of files) {
		await page.getByLabel('Kies een back-upbestand').setInputFiles({
			name,
			mimeType: 'application/json',
			buffer: Buffer.from(content)
		});
		await expect(restore.getByRole('alert')).toContainText(message);
		await expect(restore.getByRole('alert')).toContainText('Er is niets veranderd');
	}
	expect(await readStore(page, 'conversations')).toEqual([]);
	// The app still works.
	await page.getByRole('link', { name: 'Kansencirkel' }).first().click();
	await expect(page.getByRole('link', { name: 'Nieuw gesprek' })).toBeVisible();
});
