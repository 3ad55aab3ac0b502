import type { Page } from '@playwright/test';
import { completeFamily, makePlan, open, PASSPHRASE, planStep, ready, type Person } from './app';
import { expect, expectAccessible, shot, test } from './fixtures';

// Issue 14: the child's voice about the conversation itself. After the plan Noor answers three
// questions with faces; after "Klaar" the screen shows them no more, they are stored only
// sealed, no family screen or export holds them, and the coach sees them behind the passphrase.

const PEOPLE: Person[] = [
	{ name: 'Noor', role: 'Kind of jongere', age: '8 tot en met 11 jaar' },
	{ name: 'Sanne', role: 'Ouder of verzorger' }
];
const HEARD = 'Werd er naar mij geluisterd?';
const IMPORTANT = 'Hebben we gepraat over wat ik belangrijk vind?';
const OVERALL = 'Vond ik het zo goed?';
// What only the coach's screen may show: its heading and the questions' short names.
const COACH_ONLY = ['Hoe was het gesprek voor het kind?', 'Geluisterd', HEARD];

/** Every stored byte of the child voices store as text, binary decoded, with the row count. */
function rawVoices(page: Page): Promise<string> {
	return page.evaluate(
		() =>
			new Promise<string>((resolve, reject) => {
				const req = indexedDB.open('kansencirkel');
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const all = req.result
						.transaction('childVoices', 'readonly')
						.objectStore('childVoices')
						.getAll();
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
}

async function expectNoVoice(page: Page, where: string) {
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	const html = await page.content();
	for (const text of COACH_ONLY) expect(html, `${text} on ${where}`).not.toContain(text);
}

test("the child's faces about the conversation reach only the coach", async ({ page, context }) => {
	test.setTimeout(90_000);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await completeFamily(
		page,
		'Gezin V.',
		PEOPLE,
		Array.from({ length: 8 }, () => [7, 6])
	);
	const id = new URL(page.url()).searchParams.get('id')!;
	await makePlan(page, PEOPLE);
	await planStep(page, 'Delen');

	// From the plan's last step, with the tablet handed to Noor.
	await page.getByRole('link', { name: 'Hoe was dit gesprek voor Noor?' }).click();
	await expect(
		page.getByRole('heading', { name: /^Hoe was dit gesprek\?/, level: 1 })
	).toBeVisible();
	await page.getByRole('button', { name: 'Noor vult het in' }).click();
	const heading = page.getByRole('heading', { name: 'Noor, hoe vond jij dit gesprek?' });
	await expect(heading).toBeFocused();
	await page
		.getByRole('group', { name: HEARD })
		.getByRole('radio', { name: 'Verdrietig', exact: true })
		.check();
	await page
		.getByRole('group', { name: IMPORTANT })
		.getByRole('radio', { name: 'Blij', exact: true })
		.check();
	// Changeable before "Klaar".
	await page.getByRole('group', { name: HEARD }).getByRole('radio', { name: 'Heel blij' }).check();
	await expect(page.getByRole('group', { name: OVERALL })).toBeVisible();
	await expectAccessible(page, 'child-voice-questions');
	await page.setViewportSize({ width: 1024, height: 768 });
	await shot(page, 'child-voice-tablet');
	await page.setViewportSize({ width: 390, height: 844 });
	await shot(page, 'child-voice-phone');
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.getByRole('button', { name: 'Klaar' }).click();

	// The tablet goes back to the family: thanks, and no face of Noor's anywhere on the screen.
	await expect(page.getByRole('status')).toContainText('Dank je wel, Noor!');
	await expect(page.getByRole('radio')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Wie vult het in?' })).toBeFocused();
	await expectAccessible(page, 'child-voice-picker');
	await page.reload();
	await ready(page);
	await expect(page.getByRole('button', { name: 'Noor vult het in' })).toBeVisible();
	await expect(page.getByRole('radio')).toHaveCount(0);
	expect(await page.getByText('Heel blij').count()).toBe(0);

	// Stored only sealed: one row, no question or answer readable in it.
	const raw = await rawVoices(page);
	expect(raw).toMatch(/#1$/);
	expect(raw).not.toMatch(/heard|important|overall|answers/);

	// No family screen and no family export holds it.
	for (const url of [`/gesprek/overzicht/?id=${id}`, `/gesprek/?id=${id}&element=heard`]) {
		await open(page, url);
		await expectNoVoice(page, url);
	}
	await open(page, `/gesprek/plan/?id=${id}&stap=delen`);
	await expectNoVoice(page, 'the plan');
	await page.getByRole('button', { name: 'Kopieer als tekst' }).click();
	await expect(page.getByText('Het plan staat op het klembord.')).toBeVisible();
	const clip = await page.evaluate(() => navigator.clipboard.readText());
	expect(clip).toContain('Samen een buddy kiezen');
	for (const text of COACH_ONLY) expect(clip).not.toContain(text);
	await page.getByRole('link', { name: 'Kindversie' }).click();
	await expect(page.getByRole('heading', { name: 'Mijn plan', level: 1 })).toBeVisible();
	await expectNoVoice(page, 'the child version');

	// The coach's screen, behind the passphrase once more: Noor's faces, a gap for the third.
	await open(page, `/gesprek/deelnemers/?id=${id}`);
	await page.getByRole('link', { name: /^Voor de coach/ }).click();
	await expectNoVoice(page, 'the coach screen before the passphrase');
	await page.getByLabel('Typ je wachtwoord nog een keer').fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Lees wat voor de coach is' }).click();
	const table = page.getByRole('table', { name: 'Noor' });
	await expect(table).toBeVisible();
	const row = table.getByRole('row', { name: /Eerste gesprek/ });
	await expect(row.getByRole('cell').nth(0)).toHaveText('Heel blij');
	await expect(row.getByRole('cell').nth(1)).toHaveText('Blij');
	await expect(row.getByRole('cell').nth(2)).toHaveText(/niet ingevuld/);
	// The coach's own case file gets the faces as text; still nothing of it in the plan.
	await page.getByRole('button', { name: 'Kopieer voor je dossier' }).click();
	await expect(page.getByText('Staat op het klembord.', { exact: false })).toBeVisible();
	const coachClip = await page.evaluate(() => navigator.clipboard.readText());
	expect(coachClip).toMatch(
		/Noor:\n- Eerste gesprek, .+: Geluisterd: Heel blij; Belangrijk: Blij;/
	);
	await expectAccessible(page, 'child-voice-coach');
	await page.setViewportSize({ width: 1024, height: 768 });
	await shot(page, 'child-voice-coach-tablet');
	await page.setViewportSize({ width: 390, height: 844 });
	await shot(page, 'child-voice-coach-phone');
	await page.getByRole('button', { name: 'Verberg het weer' }).click();
	await expect(table).toHaveCount(0);
});
