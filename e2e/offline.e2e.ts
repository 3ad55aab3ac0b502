import {
	card,
	goOffline,
	myScore,
	note,
	open,
	ready,
	waitForServiceWorker,
	waitSaved
} from './app';
import { expect, readStore, test } from './fixtures';

test('after one visit the app works without network, cold start included', async ({
	page,
	context
}) => {
	await open(page, '/');
	await goOffline(page, context);
	await expect(page.getByRole('link', { name: 'Nieuw gesprek' })).toBeVisible();
	await page.getByRole('link', { name: 'Nieuw gesprek' }).click();
	await page.getByLabel('Zelfreflectie').check();
	await page.getByLabel('Titel').fill('Zonder wifi');
	await page.getByLabel('Voornaam of bijnaam').fill('Lou');
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	await expect(page.getByText('Element 1 van 8')).toBeVisible();
	await myScore(page, 6);
	await note(page, 'Lou', 'Zorgen', 'Geen internet, toch bewaard');
	await waitSaved(page);

	// Reload offline, on a URL with ?id=: served from the precache.
	await page.reload();
	await ready(page);
	await expect(card(page, 'Lou').getByLabel('Zorgen')).toHaveValue('Geen internet, toch bewaard');

	// A cold start: a new tab, offline, straight onto a deep link.
	const url = page.url();
	await page.close();
	const cold = await context.newPage();
	await open(cold, url);
	await expect(cold.getByText('Element 1 van 8')).toBeVisible();

	// Every screen reachable from home loads offline.
	await open(cold, '/');
	await expect(cold.getByRole('listitem').filter({ hasText: 'Zonder wifi' })).toBeVisible();
	// (Alone, a self-reflection's "Deelnemers" is called "Gesprek aanpassen".)
	for (const link of ['Overzicht', 'Gesprek aanpassen']) {
		await open(cold, url);
		await cold.getByRole('link', { name: link, exact: true }).click();
		await expect(cold.getByRole('heading', { level: 1 })).toBeVisible();
	}
	await open(cold, url.replace('/gesprek/', '/gesprek/overzicht/'));
	await cold.getByRole('link', { name: 'Maak een plan' }).click();
	await expect(cold.getByRole('heading', { name: /Gedragen plan/ })).toBeVisible();
	await open(cold, '/nieuw/');
	await expect(cold.getByRole('heading', { name: 'Nieuw gesprek' })).toBeVisible();
	const answers = await readStore<{ worries: string }>(cold, 'answers');
	expect(answers[0]?.worries).toBe('Geen internet, toch bewaard');
	await context.setOffline(false);
});

test('the app can be installed: manifest, icons and a controlling service worker', async ({
	page,
	request
}) => {
	await open(page, '/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBeTruthy();
	const manifest = await (await request.get(new URL(href!, page.url()).href)).json();
	expect(manifest).toMatchObject({
		name: 'Kansencirkel',
		short_name: 'Kansencirkel',
		lang: 'nl',
		start_url: '/',
		scope: '/',
		display: 'standalone'
	});
	expect(manifest.theme_color).toMatch(/^#/);
	expect(manifest.background_color).toMatch(/^#/);
	const sizes = manifest.icons.map(
		(i: { sizes: string; purpose?: string }) => `${i.sizes}:${i.purpose ?? 'any'}`
	);
	expect(sizes).toEqual(expect.arrayContaining(['192x192:any', '512x512:any', '512x512:maskable']));
	for (const icon of manifest.icons) {
		const res = await request.get(new URL(icon.src, page.url()).href);
		expect(res.status(), icon.src).toBe(200);
		expect(res.headers()['content-type']).toContain('image/png');
	}
	await waitForServiceWorker(page);
	// Chromium's own view of installability (no errors means the criteria are met). Test
	// contexts are incognito, which Chromium reports as such; that is the only allowed one.
	const cdp = await page.context().newCDPSession(page);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
});
