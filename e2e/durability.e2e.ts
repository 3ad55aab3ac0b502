import { open, ready, score, waitSaved } from './app';
import { expect, readStore, test } from './fixtures';

test('a failing write shows a clear message, keeps the text, and saves once it can', async ({
	page
}) => {
	await open(page, '/nieuw/');
	await page.getByLabel('Zelfreflectie').check();
	await page.getByLabel('Titel').fill('Vol apparaat');
	await page.getByLabel('Voornaam of bijnaam').fill('Ada');
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	await expect(page.getByText('Element 1 van 8')).toBeVisible();
	await score(page, 'Ada', 5);
	await waitSaved(page);

	// Storage refuses every write, as when the device is full.
	await page.evaluate(() => {
		const put = IDBObjectStore.prototype.put;
		(window as unknown as { restorePut: () => void }).restorePut = () => {
			IDBObjectStore.prototype.put = put;
		};
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('Het apparaat is vol', 'QuotaExceededError');
		};
	});
	await page.getByLabel('Zorgen').fill('Dit mag niet verloren gaan');
	await expect(page.getByRole('status').filter({ hasText: 'Opslaan lukte niet' })).toBeVisible();
	await expect(page.getByLabel('Zorgen')).toHaveValue('Dit mag niet verloren gaan');

	// Space again: the kept text is written without retyping it.
	await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
	await waitSaved(page);
	const answers = await readStore<{ worries: string }>(page, 'answers');
	expect(answers[0]?.worries).toBe('Dit mag niet verloren gaan');
});

test('two tabs: an answer given in one shows up in the other', async ({ page, context }) => {
	await open(page, '/nieuw/');
	await page.getByLabel('Zelfreflectie').check();
	await page.getByLabel('Titel').fill('Twee tabbladen');
	await page.getByLabel('Voornaam of bijnaam').fill('Mo');
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	await expect(page.getByText('Element 1 van 8')).toBeVisible();
	const other = await context.newPage();
	await open(other, page.url());
	await score(page, 'Mo', 9);
	await page.getByLabel('Wat gaat goed?').fill('Tekenen');
	await waitSaved(page);
	await expect(
		other
			.getByRole('group', { name: 'Cijfer van Mo' })
			.getByRole('radio', { name: '9', exact: true })
	).toBeChecked();
	await expect(other.getByLabel('Wat gaat goed?')).toHaveValue('Tekenen');
});

test('a newer schema from another tab: this tab steps aside instead of blocking', async ({
	page,
	context
}) => {
	await open(page, '/nieuw/');
	await page.getByLabel('Zelfreflectie').check();
	await page.getByLabel('Titel').fill('Oude versie');
	await page.getByLabel('Voornaam of bijnaam').fill('Jip');
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	await expect(page.getByText('Element 1 van 8')).toBeVisible();
	await score(page, 'Jip', 4);
	await waitSaved(page);

	// A newer app version (as in another tab) upgrades the database past what this app knows.
	// If this tab kept its connection open, the upgrade would block and never succeed.
	// The upgrade runs in a second tab of the same origin (a static file, so it holds no
	// connection itself); running it inside this page would race with its own reload.
	const reloaded = page.waitForEvent('load');
	const newer = await context.newPage();
	await newer.goto('/favicon.svg');
	const upgraded = await newer.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const req = indexedDB.open('kansencirkel', 990);
				req.onupgradeneeded = () => req.result.createObjectStore('future');
				req.onsuccess = () => {
					const v = req.result.version;
					req.result.close();
					resolve(v);
				};
				req.onerror = () => reject(req.error);
				req.onblocked = () => reject(new Error('blocked'));
			})
	);
	expect(upgraded).toBe(990);
	await reloaded;
	await ready(page);
	// After reloading, nothing is lost.
	await expect(
		page
			.getByRole('group', { name: 'Cijfer van Jip' })
			.getByRole('radio', { name: '4', exact: true })
	).toBeChecked();
});
