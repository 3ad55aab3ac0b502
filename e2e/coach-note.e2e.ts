import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { completeFamily, makePlan, open, PASSPHRASE, planStep, ready, type Person } from './app';
import { expect, test } from './fixtures';
import { pdfText } from './pdf';

// Issue 10 part 2: a note only the coach sees. Written by the child, it is in no family
// screen's HTML (before and after a reveal), in no export or child version, stored only
// sealed, and readable on "Voor de coach" after the passphrase once more.

const PEOPLE: Person[] = [
	{ name: 'Noor', role: 'Kind of jongere', age: '8 tot en met 11 jaar' },
	{ name: 'Sanne', role: 'Ouder of verzorger' }
];
const SCORES = [
	[7, 8],
	[3, 8],
	[6, 7],
	[8, 6],
	[9, 8],
	[6, 5],
	[7, 7],
	[4, 8]
];
const MARKER = 'ALLEEN-VOOR-DE-COACH-5150';

async function expectAbsent(page: Page, where: string) {
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	expect(await page.content(), `the note on ${where}`).not.toContain(MARKER);
}

test('a note only for the coach stays out of every family screen, export and the store, and shows after the passphrase', async ({
	page,
	context
}) => {
	// Offline, once the service worker controls the page.
	await open(page, '/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await ready(page);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await context.setOffline(true);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await completeFamily(page, 'Gezin C.', PEOPLE, SCORES);
	const id = new URL(page.url()).searchParams.get('id')!;

	// Noor, on the last element: a note only for the coach.
	await open(page, `/gesprek/?id=${id}&element=safe`);
	const noor = page.getByRole('button', { name: 'Iets alleen voor de coach' }).first();
	await noor.click();
	await page.getByLabel('Alleen voor de coach').fill(MARKER);
	await page.getByRole('button', { name: 'Geef aan de coach' }).click();
	await expect(page.getByText('Bewaard. Alleen de coach kan het lezen.')).toBeVisible();
	await expectAbsent(page, 'the element after giving it');

	// Stored only sealed: the raw IndexedDB holds no trace of the text.
	const raw = await page.evaluate(
		() =>
			new Promise<string>((resolve, reject) => {
				const req = indexedDB.open('kansencirkel');
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const tx = req.result.transaction('coachNotes', 'readonly');
					const all = tx.objectStore('coachNotes').getAll();
					all.onsuccess = () => {
						const decoder = new TextDecoder();
						resolve(
							JSON.stringify(all.result, (_k, v: unknown) =>
								v instanceof ArrayBuffer || ArrayBuffer.isView(v)
									? decoder.decode(v as ArrayBuffer)
									: v
							) + `#${all.result.length}`
						);
						req.result.close();
					};
				};
			})
	);
	expect(raw).toMatch(/#1$/);
	expect(raw).not.toContain(MARKER);

	// Every family screen, the plan with its exports, and the child version.
	for (const e of ['heard', 'belonging', 'active', 'safe']) {
		await open(page, `/gesprek/?id=${id}&element=${e}`);
		await expectAbsent(page, e);
	}
	for (const url of [`/gesprek/overzicht/?id=${id}`, `/gesprek/deelnemers/?id=${id}`, '/']) {
		await open(page, url);
		await expectAbsent(page, url);
	}
	await open(page, `/gesprek/overzicht/?id=${id}`);
	await makePlan(page, PEOPLE);
	for (const step of [
		'Wat gaat goed',
		'Zorgen',
		'Speerpunten',
		'Doelen en acties',
		'Als het anders loopt',
		'Afspreken',
		'Delen'
	]) {
		await planStep(page, step);
		await expectAbsent(page, `the plan, step ${step}`);
	}
	const pdfDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'PDF delen' }).click();
	const pdf = await pdfText(readFileSync(await (await pdfDownload).path()));
	expect(pdf.text).toContain('Samen een buddy kiezen');
	expect(pdf.text).not.toContain(MARKER);
	const htmlDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download als webpagina' }).click();
	const html = readFileSync(await (await htmlDownload).path(), 'utf8');
	expect(html).toContain('Samen een buddy kiezen');
	expect(html).not.toContain(MARKER);
	await page.getByRole('button', { name: 'Kopieer als tekst' }).click();
	await expect(page.getByText('Het plan staat op het klembord.')).toBeVisible();
	const clip = await page.evaluate(() => navigator.clipboard.readText());
	expect(clip).toContain('Samen een buddy kiezen');
	expect(clip).not.toContain(MARKER);
	await page.getByRole('link', { name: 'Kindversie' }).click();
	await expect(page.getByRole('heading', { name: 'Mijn plan', level: 1 })).toBeVisible();
	await expectAbsent(page, 'the child version');
	const childDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'PDF delen' }).click();
	const child = await pdfText(readFileSync(await (await childDownload).path()));
	expect(child.text).not.toContain(MARKER);

	// The coach's screen: from Deelnemers, behind the passphrase once more.
	await open(page, `/gesprek/deelnemers/?id=${id}`);
	await page.getByRole('link', { name: /^Voor de coach/ }).click();
	await expect(page.getByRole('heading', { name: /^Voor de coach/, level: 1 })).toBeVisible();
	await expectAbsent(page, 'the coach screen before the passphrase');
	await page.getByLabel('Typ je wachtwoord nog een keer').fill('niet het goede');
	await page.getByRole('button', { name: 'Lees wat voor de coach is' }).click();
	await expect(page.getByRole('alert')).toContainText('klopt niet');
	await expectAbsent(page, 'the coach screen after a wrong passphrase');
	await page.getByLabel('Typ je wachtwoord nog een keer').fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Lees wat voor de coach is' }).click();
	await expect(page.getByText(MARKER)).toBeVisible();
	await expect(
		page.getByText(/^Noor \(Kind of jongere\) schreef dit bij Veilig zijn, /)
	).toBeVisible();
	await expect(page.getByText(/meldcode/)).toBeVisible();
	await page.getByRole('button', { name: 'Kopieer voor je dossier' }).click();
	await expect(page.getByText('Staat op het klembord.', { exact: false })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(MARKER);
	await page.getByRole('button', { name: 'Verberg het weer' }).click();
	await expectAbsent(page, 'the coach screen after hiding');

	// A reload forgets that the coach had opened it.
	await page.reload();
	await ready(page);
	await expect(page.getByLabel('Typ je wachtwoord nog een keer')).toBeVisible();
	await expectAbsent(page, 'the coach screen after a reload');
});
