import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { fillFamilySetup, open, PASSPHRASE } from './app';
import { expect, test } from './fixtures';

// The browser keeps every download's file name (and the tab title of a file it opens) in its
// History and Downloads, in the clear, long after the app is locked. So no file the app offers
// may carry the conversation's title (issue 11, item 6).
const TITLE = 'Gezin Zoë Mishandeling';
const WORDS = ['gezin', 'zoe', 'zoë', 'mishandeling'];

function expectNoTitle(name: string) {
	for (const word of WORDS)
		expect(name.toLowerCase(), `${name} names "${word}"`).not.toContain(word);
}

async function download(page: Page, click: () => Promise<void>): Promise<Download> {
	const file = page.waitForEvent('download');
	await click();
	return file;
}

/** The PDF's own Title, which a PDF viewer shows as the tab's title (and keeps in its history). */
async function pdfTitle(file: Download): Promise<string> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const data = new Uint8Array(readFileSync(await file.path()));
	const doc = await pdfjs.getDocument({ data, useSystemFonts: false }).promise;
	const { info } = await doc.getMetadata();
	return String((info as { Title?: string }).Title ?? '');
}

async function backup(page: Page, button: string) {
	return download(page, async () => {
		await page.getByRole('button', { name: button }).click();
		const dialog = page.getByRole('dialog', { name: button });
		await dialog.getByLabel('Typ je wachtwoord nog een keer').fill(PASSPHRASE);
		await dialog.getByLabel('Wachtwoord voor deze back-up').fill('een lang wachtwoord');
		await dialog.getByLabel('Herhaal het wachtwoord').fill('een lang wachtwoord');
		await dialog.getByRole('button', { name: 'Back-up opslaan' }).click();
	});
}

test('no downloaded file names the conversation: plan PDF, web page, child version, backups', async ({
	page
}) => {
	await open(page, '/nieuw/');
	await fillFamilySetup(page, TITLE, [
		{ name: 'Sam', role: 'Kind of jongere', age: '8 tot en met 11 jaar' },
		{ name: 'Ans', role: 'Ouder of verzorger' }
	]);
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	await expect(page.getByText('Element 1 van 8')).toBeVisible();
	const id = new URL(page.url()).searchParams.get('id')!;

	await open(page, `/gesprek/plan/?id=${id}&stap=delen`);
	const pdf = await download(page, () => page.getByRole('button', { name: 'PDF delen' }).click());
	expect(pdf.suggestedFilename()).toMatch(/^gedragen-plan-\d{4}-\d{2}-\d{2}-\d{4}\.pdf$/);
	expect(await pdfTitle(pdf)).toBe('Gedragen plan');

	const html = await download(page, () =>
		page.getByRole('button', { name: 'Download als webpagina' }).click()
	);
	expect(html.suggestedFilename()).toMatch(/^gedragen-plan-\d{4}-\d{2}-\d{2}-\d{4}\.html$/);
	const source = readFileSync(await html.path(), 'utf8');
	expect(/<title>([^<]*)<\/title>/.exec(source)?.[1]).toBe('Gedragen plan');
	// The page itself still says whose plan it is.
	expect(source).toContain(TITLE);

	await page.getByRole('link', { name: 'Kindversie' }).click();
	const child = await download(page, () => page.getByRole('button', { name: 'PDF delen' }).click());
	expect(child.suggestedFilename()).toMatch(/^mijn-plan-\d{4}-\d{2}-\d{2}-\d{4}\.pdf$/);
	expect(await pdfTitle(child)).toBe('Mijn plan');

	await open(page, `/gesprek/overzicht/?id=${id}`);
	const one = await backup(page, 'Back-up maken van dit gesprek');
	expect(one.suggestedFilename()).toMatch(/^kansencirkel-backup-\d{4}-\d{2}-\d{2}-gesprek\.json$/);
	await open(page, '/instellingen/');
	const all = await backup(page, 'Back-up maken van alle gesprekken');
	expect(all.suggestedFilename()).toMatch(/^kansencirkel-backup-\d{4}-\d{2}-\d{2}\.json$/);

	for (const file of [pdf, html, child, one, all]) expectNoTitle(file.suggestedFilename());
	for (const title of [await pdfTitle(pdf), await pdfTitle(child)]) expectNoTitle(title);
});
