import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { fillFamilySetup, open, waitSaved } from './app';
import { expect, expectAccessible, readRaw, readStore, test } from './fixtures';

type RawPlan = { conversationId: string; updatedAt: number; sealed: { data: unknown } };

/** Overwrites the sealed data of the stored plan with other bytes: the row no longer opens. */
function damagePlan(page: Page, id: string) {
	return page.evaluate(
		(id) =>
			new Promise<void>((resolve, reject) => {
				const req = indexedDB.open('kansencirkel');
				req.onsuccess = () => {
					const store = req.result.transaction('plans', 'readwrite').objectStore('plans');
					const get = store.get(id);
					get.onsuccess = () => {
						const row = get.result;
						const data = new Uint8Array(row.sealed.data.byteLength).fill(7).buffer;
						const put = store.put({ ...row, sealed: { ...row.sealed, data } });
						put.onsuccess = () => {
							req.result.close();
							resolve();
						};
						put.onerror = () => reject(put.error);
					};
				};
				req.onerror = () => reject(req.error);
			}),
		id
	);
}

/** The stored plan row as bytes one can compare: base64 of the sealed data. */
async function rawPlan(page: Page, id: string): Promise<string | undefined> {
	const rows = await page.evaluate(
		(id) =>
			new Promise<string | undefined>((resolve, reject) => {
				const req = indexedDB.open('kansencirkel');
				req.onsuccess = () => {
					const get = req.result.transaction('plans').objectStore('plans').get(id);
					get.onsuccess = () => {
						req.result.close();
						const row = get.result;
						if (!row) return resolve(undefined);
						const bytes = (b: ArrayBuffer | Uint8Array) =>
							btoa(String.fromCharCode(...new Uint8Array(b)));
						resolve(JSON.stringify([row.updatedAt, bytes(row.sealed.iv), bytes(row.sealed.data)]));
					};
				};
				req.onerror = () => reject(req.error);
			}),
		id
	);
	return rows;
}

test('a damaged stored plan is kept, said plainly, can be saved raw and replaced on purpose', async ({
	page
}) => {
	await open(page, '/nieuw/');
	await fillFamilySetup(page, 'Gezin D.', [
		{ name: 'Noor', role: 'Kind of jongere', age: '8 tot en met 11 jaar' },
		{ name: 'Ans', role: 'Ouder of verzorger' }
	]);
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	await expect(page.getByText('Element 1 van 8')).toBeVisible();
	const id = new URL(page.url()).searchParams.get('id')!;

	await open(page, `/gesprek/plan/?id=${id}&stap=anders`);
	await page.getByRole('textbox', { name: 'Als het anders loopt' }).fill('Dan bellen we opa');
	await waitSaved(page);
	expect((await readStore<{ planB: string }>(page, 'plans'))[0]?.planB).toBe('Dan bellen we opa');

	await damagePlan(page, id);
	const damaged = await rawPlan(page, id);
	expect(damaged).toBeDefined();

	await open(page, `/gesprek/plan/?id=${id}`);
	const notice = page.getByRole('region', { name: 'Het opgeslagen plan is beschadigd' });
	await expect(notice).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Stappen van het plan' })).toHaveCount(0);
	await expectAccessible(page, 'plan-damaged');

	// The child version says the same; the walkthrough and the overview keep working.
	await open(page, `/gesprek/plan/kind/?id=${id}`);
	await expect(
		page.getByRole('region', { name: 'Het opgeslagen plan is beschadigd' })
	).toBeVisible();
	await open(page, `/gesprek/overzicht/?id=${id}`);
	await expect(page.getByRole('link', { name: 'Maak een plan' })).toBeVisible();
	await open(page, `/gesprek/?id=${id}`);
	await expect(page.getByText('Element 1 van 8')).toBeVisible();
	expect(await rawPlan(page, id)).toBe(damaged);

	await open(page, `/gesprek/plan/?id=${id}`);
	const download = page.waitForEvent('download');
	await notice.getByRole('button', { name: 'Ruwe kopie opslaan' }).click();
	const copy = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
	expect(copy.plan).toMatchObject({ conversationId: id });
	expect(copy.plan.sealed.data).toHaveProperty('base64');
	expect(await rawPlan(page, id)).toBe(damaged);

	// Starting anew asks first; cancelling keeps the damaged plan.
	await notice.getByRole('button', { name: 'Begin een nieuw plan' }).click();
	const ask = page.getByRole('dialog', { name: 'Een nieuw plan beginnen?' });
	await ask.getByRole('button', { name: 'Annuleren' }).click();
	await expect(ask).toBeHidden();
	expect(await rawPlan(page, id)).toBe(damaged);
	await notice.getByRole('button', { name: 'Begin een nieuw plan' }).click();
	await ask.getByRole('button', { name: 'Begin een nieuw plan' }).click();
	await expect(page.getByRole('navigation', { name: 'Stappen van het plan' })).toBeVisible();
	await expect(notice).toHaveCount(0);
	const plans = await readStore<{ planB: string }>(page, 'plans');
	expect(plans).toHaveLength(1);
	expect(plans[0]?.planB).toBe('');
	expect((await readRaw<RawPlan>(page, 'plans'))[0]?.conversationId).toBe(id);
});
