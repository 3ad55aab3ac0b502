import { existsSync } from 'node:fs';
import { myScore, note, open, ready } from './app';
import { expect, test } from './fixtures';
import { staticServer } from './static-server';

// Needs two builds side by side: build/ and build-next/ (npm run test:e2e makes both).
// Its own server, two ports above the preview server's.
const UPDATE_PORT = Number(process.env.E2E_PORT ?? 4173) + 2;

test.skip(!existsSync('build-next/index.html'), 'build-next/ missing: run npm run test:e2e');

test('a new version is announced, and updating keeps what was just typed', async ({ page }) => {
	const { server, setRoot } = await staticServer(UPDATE_PORT, 'build');
	try {
		const base = `http://127.0.0.1:${UPDATE_PORT}`;
		await open(page, `${base}/nieuw/`);
		await page.getByLabel('Zelfreflectie').check();
		await page.getByLabel('Titel').fill('Voor de update');
		await page.getByLabel('Voornaam of bijnaam').fill('Kai');
		await page.getByRole('button', { name: 'Start het gesprek' }).click();
		await expect(page.getByText('Element 1 van 8')).toBeVisible();
		await myScore(page, 8);
		await page.evaluate(async () => void (await navigator.serviceWorker.ready));
		await page.reload();
		await ready(page);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		const url = page.url();
		const before = await page.evaluate(
			async () => (await (await fetch('/_app/version.json')).json()).version
		);
		expect(before).not.toBe('next');

		// The new version is published; the app finds it and asks, calmly.
		setRoot('build-next');
		await page.evaluate(async () => {
			const reg = await navigator.serviceWorker.getRegistration();
			await reg?.update();
		});
		const banner = page.getByRole('status').filter({ hasText: 'Er is een nieuwe versie' });
		await expect(banner).toBeVisible({ timeout: 30_000 });

		// Typing, then updating at once: the note survives the switch.
		await note(page, null, 'Zorgen', 'Getypt vlak voor de update');
		// A mark on the old page: it is gone once the page has reloaded into the new version.
		await page.evaluate(() => ((window as unknown as { oldPage: boolean }).oldPage = true));
		await banner.getByRole('button', { name: 'Nu bijwerken' }).click();
		await page.waitForFunction(
			() => !(window as unknown as { oldPage?: boolean }).oldPage,
			undefined,
			{
				timeout: 30_000
			}
		);
		await ready(page);
		expect(
			await page.evaluate(async () => (await (await fetch('/_app/version.json')).json()).version)
		).toBe('next');
		expect(page.url()).toBe(url);
		await expect(page.getByLabel('Zorgen')).toHaveValue('Getypt vlak voor de update');
		await expect(
			page.getByRole('status').filter({ hasText: 'Er is een nieuwe versie' })
		).toHaveCount(0);
	} finally {
		server.close();
	}
});
