import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { language } from '$lib/i18n';
import DamagedItem from './damaged-item.svelte';
import DamagedPlan from '$lib/components/plan/damaged-plan.svelte';

beforeEach(() => {
	void language.set('nl', false);
});

describe('a damaged row (home and plan share one card)', () => {
	it('saves a raw copy, and deletes only after the confirmation', async () => {
		const onsave = vi.fn(async () => {});
		const ondelete = vi.fn(async () => {});
		await render(DamagedItem, { onsave, ondelete });
		await expect
			.element(page.getByRole('listitem', { name: 'Dit gesprek is beschadigd' }))
			.toBeVisible();
		await page.getByRole('button', { name: 'Ruwe kopie opslaan' }).click();
		expect(onsave).toHaveBeenCalledTimes(1);

		await page.getByRole('button', { name: 'Verwijderen' }).click();
		const dialog = page.getByRole('dialog', { name: 'Beschadigd gesprek verwijderen?' });
		await dialog.getByRole('button', { name: 'Annuleren' }).click();
		expect(ondelete).not.toHaveBeenCalled();
		await page.getByRole('button', { name: 'Verwijderen' }).click();
		await dialog.getByRole('button', { name: 'Verwijderen' }).click();
		expect(ondelete).toHaveBeenCalledTimes(1);
	});

	it('says so when an action fails, in the plan’s own words', async () => {
		const onsave = vi.fn(async () => {
			throw new Error('quota');
		});
		await render(DamagedPlan, { onsave, onstartover: vi.fn(async () => {}) });
		await expect
			.element(page.getByRole('region', { name: 'Het opgeslagen plan is beschadigd' }))
			.toBeVisible();
		await expect.element(page.getByRole('button', { name: 'Begin een nieuw plan' })).toBeVisible();
		await page.getByRole('button', { name: 'Ruwe kopie opslaan' }).click();
		await expect.element(page.getByRole('alert')).toHaveTextContent('Dat lukte niet');
	});
});
