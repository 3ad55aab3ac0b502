import type { Page } from '@playwright/test';
import { createProfile } from './app';
import { expect, readRaw, test } from './fixtures';

// Issue 11, item 7: the wait after wrong tries is bounded by the device's present time, and tries
// from several tabs are checked one at a time.
const PIN = '246810';

async function lockedWithPin(page: Page) {
	await page.goto('/');
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await createProfile(page, 'Sanne', { kind: 'pin', value: PIN });
	await page.getByRole('button', { name: 'Op slot' }).click();
	await expect(page.getByRole('heading', { name: 'De app is op slot' })).toBeVisible();
}

test('wrong tries with the clock five years ahead: back in the present, the wait is 30 seconds', async ({
	page
}) => {
	const today = Date.now();
	await page.clock.install({ time: today + 5 * 365 * 24 * 3_600_000 });
	await lockedWithPin(page);
	const pin = page.getByLabel('Pincode', { exact: true });
	const open = page.getByRole('button', { name: 'Open de app' });
	for (let i = 1; i <= 5; i++) {
		await pin.fill('111111');
		await open.click();
		if (i < 5) await expect(page.getByText(`Nog ${5 - i} poging`)).toBeVisible();
	}
	await expect(page.getByText(/Probeer het over \d+ seconden opnieuw/)).toBeVisible();

	// The clock goes back to today, with the lock screen open.
	await page.clock.setSystemTime(today);
	await page.clock.runFor(2000);
	await expect(page.getByText(/Probeer het over (\d|[12]\d|30) seconden opnieuw/)).toBeVisible();
	await expect(page.getByText(/minuten/)).toHaveCount(0);
	const [stored] = await readRaw<{ retryAt: number }>(page, 'profiles');
	expect(stored!.retryAt).toBeLessThanOrEqual(today + 35_000);

	// And after a reload too; once the half minute is over the right PIN opens the app.
	await page.reload();
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await expect(page.getByText(/Probeer het over (\d|[12]\d|30) seconden opnieuw/)).toBeVisible();
	await page.clock.runFor(36_000);
	await expect(open).toBeEnabled();
	await pin.fill(PIN);
	await open.click();
	await expect(page.getByRole('heading', { name: 'De app is op slot' })).toBeHidden();
});

test('eight tabs submitting a wrong PIN at once after four wrong tries: one is checked, seven wait', async ({
	page,
	context
}) => {
	await lockedWithPin(page);
	const pin = page.getByLabel('Pincode', { exact: true });
	for (let i = 1; i <= 4; i++) {
		await pin.fill('111111');
		await page.getByRole('button', { name: 'Open de app' }).click();
		await expect(page.getByText(`Nog ${5 - i} poging`)).toBeVisible();
	}
	const tabs = [page];
	for (let i = 1; i < 8; i++) {
		const tab = await context.newPage();
		await tab.goto('/');
		await expect(tab.getByRole('heading', { name: 'De app is op slot' })).toBeVisible();
		tabs.push(tab);
	}
	for (const tab of tabs) await tab.getByLabel('Pincode', { exact: true }).fill('111111');
	await Promise.all(tabs.map((tab) => tab.getByRole('button', { name: 'Open de app' }).click()));
	// The fifth wrong try starts the wait before any other tab's try is checked: every tab shows
	// the wait, and only that one try was counted.
	for (const tab of tabs) {
		await expect(tab.getByText(/Probeer het over \d+ seconden opnieuw/)).toBeVisible();
	}
	const [profile] = await readRaw<{ failures: number }>(page, 'profiles');
	expect(profile?.failures).toBe(5);
});
