import { readFileSync } from 'node:fs';
import { open, score, waitSaved } from './app';
import { expect, expectAccessible, readRaw, readStore, shot, test } from './fixtures';

const BACKUP_PASS = 'back-up voor de nieuwe tablet';

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

	// The backup is protected with its own passphrase, asked for each time.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back-up maken van alle gesprekken' }).click();
	const dialog = page.getByRole('dialog', { name: 'Back-up maken van alle gesprekken' });
	await dialog.getByLabel('Wachtwoord voor deze back-up').fill('kort');
	await dialog.getByLabel('Herhaal het wachtwoord').fill('kort');
	await dialog.getByRole('button', { name: 'Back-up opslaan' }).click();
	await expect(dialog.getByText('minstens 8 tekens hebben')).toBeVisible();
	await expectAccessible(page, 'backup-passphrase-dialog');
	await dialog.getByLabel('Wachtwoord voor deze back-up').fill(BACKUP_PASS);
	await dialog.getByLabel('Herhaal het wachtwoord').fill(BACKUP_PASS);
	await dialog.getByRole('button', { name: 'Back-up opslaan' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^kansencirkel-backup-\d{4}-\d{2}-\d{2}.*\.json$/);
	const path = await file.path();
	const text = readFileSync(path, 'utf8');
	const json = JSON.parse(text);
	expect(json).toMatchObject({
		format: 'kansencirkel-backup',
		formatVersion: 1,
		scope: 'all',
		payload: { encoding: 'aes-gcm', kdf: { name: 'PBKDF2', iterations: 600_000 } }
	});
	// Nothing personal readable in the file itself.
	expect(text).not.toMatch(/Noor|Mijn cirkel|Zorg van/);
	await expect(page.getByText('Nog nooit')).toHaveCount(0);

	// Wipe everything on this device, through the settings, then start afresh.
	await page.getByRole('button', { name: 'Wis alles', exact: true }).click();
	const confirm = page.getByRole('dialog', { name: 'Echt alles wissen?' });
	await expectAccessible(page, 'wipe-confirm');
	await confirm.getByRole('button', { name: 'Wis alles' }).click();
	await expect(page.getByRole('heading', { name: 'Beveilig deze app' })).toBeVisible();
	expect(await readRaw(page, 'conversations')).toEqual([]);
	expect(await readRaw(page, 'profiles')).toEqual([]);
	expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
	await open(page, '/instellingen/');

	// A wrong passphrase says so and writes nothing.
	await page.getByLabel('Kies een back-upbestand').setInputFiles(path);
	const restore = page.getByRole('region', { name: 'Back-up terugzetten' });
	await restore.getByLabel('Wachtwoord voor deze back-up').fill('niet het goede wachtwoord');
	await restore.getByRole('button', { name: 'Openen' }).click();
	await expect(restore.getByText('Dit wachtwoord past niet bij deze back-up')).toBeVisible();
	expect(await readRaw(page, 'conversations')).toEqual([]);
	await expectAccessible(page, 'restore-wrong-passphrase');

	// A file with one changed byte is refused too, with the right passphrase.
	const tampered = structuredClone(json);
	const bytes = Buffer.from(tampered.payload.ciphertext, 'base64');
	bytes[10] = bytes[10]! ^ 1;
	tampered.payload.ciphertext = bytes.toString('base64');
	await page.getByLabel('Kies een back-upbestand').setInputFiles({
		name: 'veranderd.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(tampered))
	});
	await restore.getByLabel('Wachtwoord voor deze back-up').fill(BACKUP_PASS);
	await restore.getByRole('button', { name: 'Openen' }).click();
	await expect(restore.getByText('of het bestand is veranderd')).toBeVisible();
	expect(await readRaw(page, 'conversations')).toEqual([]);

	await page.getByLabel('Kies een back-upbestand').setInputFiles(path);
	await restore.getByLabel('Wachtwoord voor deze back-up').fill(BACKUP_PASS);
	await restore.getByRole('button', { name: 'Openen' }).click();

	// Restore: a preview first, nothing written until "Terugzetten".
	await expect(restore.getByRole('listitem')).toHaveCount(2);
	await expect(restore.getByText('Nieuw')).toHaveCount(2);
	expect(await readRaw(page, 'conversations')).toEqual([]);
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
	await restore.getByLabel('Wachtwoord voor deze back-up').fill(BACKUP_PASS);
	await restore.getByRole('button', { name: 'Openen' }).click();
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
