import type { Page, Route } from '@playwright/test';
import { createProfile, PASSPHRASE } from './app';
import { expect, readRaw, test } from './fixtures';

// Issue 15: the lock screen loads without storage and the other screens' texts; they load while
// someone types. When they cannot be loaded (offline before the app was stored whole), the
// screen says so in Dutch, counts no try, and works once they can be loaded again.

/** A page whose only console errors may be the requests this test makes fail on purpose. */
async function watchedPage(newPage: () => Promise<Page>) {
	const page = await newPage();
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' && !m.text().includes('net::ERR_FAILED')) errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	return { page, errors };
}

async function lockedProfile(page: Page) {
	await page.goto('/');
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await createProfile(page);
	await page.getByRole('button', { name: 'Op slot' }).click();
	await page.reload();
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await expect(page.getByRole('heading', { name: 'De app is op slot' })).toBeVisible();
}

const blockScripts = (route: Route) => route.abort();

test.use({ serviceWorkers: 'block' });

test('opening with nothing typed is no try: it asks for the passphrase and counts nothing', async ({
	page
}) => {
	await lockedProfile(page);
	await page.getByLabel('Wachtwoord', { exact: true }).press('Enter');
	await expect(page.getByText('Vul eerst je wachtwoord in.')).toBeVisible();
	await page.getByRole('button', { name: 'Open de app' }).click();
	const [profile] = await readRaw<{ failures: number }>(page, 'profiles');
	expect(profile?.failures).toBe(0);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Open de app' }).click();
	await expect(page.getByRole('link', { name: 'Nieuw gesprek' })).toBeVisible();
});

test('storage that cannot be loaded: a clear message, no try counted, and it opens once it can', async ({
	context
}) => {
	const { page, errors } = await watchedPage(() => context.newPage());
	await lockedProfile(page);
	// From now on no script of the app can be fetched: storage's code included.
	await page.route('**/_app/immutable/**/*.js', blockScripts);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Open de app' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Een deel van de app kon niet worden geladen. Controleer de verbinding en probeer het opnieuw.'
	);
	// Still the lock screen, not the screen about damaged data.
	await expect(page.getByRole('heading', { name: 'De app is op slot' })).toBeVisible();
	const [profile] = await readRaw<{ failures: number }>(page, 'profiles');
	expect(profile?.failures).toBe(0);

	await page.unroute('**/_app/immutable/**/*.js', blockScripts);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Open de app' }).click();
	await expect(page.getByRole('link', { name: 'Nieuw gesprek' })).toBeVisible();
	expect(errors).toEqual([]);
});

test('texts that cannot be loaded after unlocking: a message with "Opnieuw proberen", then home', async ({
	context
}) => {
	const { page, errors } = await watchedPage(() => context.newPage());
	await lockedProfile(page);
	// Only the script that holds the Dutch texts of the other screens fails.
	let blocked = true;
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (blocked && body.includes('Gesprekken op dit apparaat')) await route.abort();
		else await route.fulfill({ response, body });
	});
	await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Open de app' }).click();
	const problem = page.getByRole('alert').filter({ hasText: 'kon niet worden geladen' });
	await expect(problem).toBeVisible();
	// Nothing behind the lock is on the screen, and it can be locked from here.
	await expect(page.getByRole('button', { name: 'Op slot' })).toBeVisible();

	blocked = false;
	await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
	await expect(page.getByRole('link', { name: 'Nieuw gesprek' })).toBeVisible();
	expect(errors).toEqual([]);
});
