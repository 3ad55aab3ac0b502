import type { Locator, Page } from '@playwright/test';
import { open } from './app';
import { expect, shot, test } from './fixtures';

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, max = 80) {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
	}
	throw new Error('never reached with Tab');
}

/** The focused element shows a focus ring (on itself or on the tile around it). */
async function focusVisible(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || !el.matches(':focus-visible')) return false;
		const ring = (n: Element) => {
			const s = getComputedStyle(n);
			return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
		};
		return ring(el) || (el.closest('label') !== null && ring(el.closest('label')!));
	});
}

test('a self-reflection can be done with the keyboard alone, with visible focus', async ({
	page
}) => {
	await open(page, '/');
	await tabTo(page, page.getByRole('link', { name: 'Nieuw gesprek' }));
	expect(await focusVisible(page)).toBe(true);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Nieuw gesprek' })).toBeVisible();
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });

	await tabTo(page, page.getByLabel('Gezinsgesprek'));
	await page.keyboard.press('ArrowDown');
	await expect(page.getByLabel('Zelfreflectie')).toBeChecked();
	await tabTo(page, page.getByLabel('Titel'));
	await page.keyboard.type('Met het toetsenbord');
	await tabTo(page, page.getByLabel('Voornaam of bijnaam'));
	await page.keyboard.type('Ravi');
	await tabTo(page, page.getByRole('button', { name: 'Start het gesprek' }));
	await page.keyboard.press('Enter');

	for (let i = 0; i < 8; i++) {
		await expect(page.getByText(`Element ${i + 1} van 8`)).toBeVisible();
		// Into the marks: Tab reaches the group, arrow keys choose.
		await tabTo(page, page.getByRole('radio', { name: 'Nog geen antwoord' }));
		expect(await focusVisible(page)).toBe(true);
		await page.keyboard.press('ArrowLeft');
		await expect(
			page
				.getByRole('radio', { name: '10', exact: true })
				.or(page.getByRole('radio', { checked: true }))
		).not.toHaveCount(0);
		await tabTo(page, page.getByLabel('Wat gaat goed?'));
		await page.keyboard.type(`Gaat goed ${i + 1}`);
		if (i === 0) await shot(page, 'keyboard-element', false);
		const next =
			i < 7
				? page.getByRole('link', { name: /^Volgende/ })
				: page.getByRole('link', { name: /Naar het overzicht/ });
		await tabTo(page, next);
		expect(await focusVisible(page)).toBe(true);
		await page.keyboard.press('Enter');
	}
	await expect(
		page.getByRole('figure', { name: 'Kansencirkel van Met het toetsenbord' })
	).toBeVisible();
	await open(page, '/');
	await expect(page.getByRole('listitem').filter({ hasText: 'Met het toetsenbord' })).toContainText(
		'8 van 8 elementen'
	);
});
