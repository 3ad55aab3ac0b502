import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../scripts/browser-path.js';
import {
	createProfile,
	fillFamilySetup,
	myScore,
	note,
	open,
	score,
	unlock,
	waitSaved
} from './app';
import { expect, expectAccessible, readRaw, shot, test } from './fixtures';

const BASE = `http://localhost:${process.env.E2E_PORT ?? 4173}`;

/** Every string the page could hold in IndexedDB, values and binary included, as one text. */
async function everythingStored(page: Page): Promise<string> {
	return page.evaluate(
		() =>
			new Promise<string>((resolve, reject) => {
				const req = indexedDB.open('kansencirkel');
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const db = req.result;
					const names = [...db.objectStoreNames];
					if (names.length === 0) return resolve('');
					const tx = db.transaction(names, 'readonly');
					const parts: string[] = [];
					const text = (v: unknown): string => {
						if (v instanceof ArrayBuffer) return new TextDecoder('latin1').decode(v);
						if (ArrayBuffer.isView(v)) return new TextDecoder('latin1').decode(v);
						if (Array.isArray(v)) return v.map(text).join(' ');
						if (v && typeof v === 'object') return Object.values(v).map(text).join(' ');
						return String(v);
					};
					for (const name of names) {
						const all = tx.objectStore(name).getAll();
						all.onsuccess = () => parts.push(text(all.result));
					}
					tx.oncomplete = () => {
						db.close();
						resolve(parts.join('\n'));
					};
				};
			})
	);
}

/** Every file under `dir`, read as bytes: Chromium's LevelDB, logs, caches, preferences. */
function filesUnder(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		let stat;
		try {
			stat = statSync(path);
		} catch {
			continue; // a lock file that went away
		}
		if (stat.isDirectory()) out.push(...filesUnder(path));
		else if (stat.isFile()) out.push(path);
	}
	return out;
}

test('nothing personal is stored in plaintext anywhere in the browser profile', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'kansencirkel-profile-'));
	const markers = ['Quokkamarker', 'Wombatmarker', 'Gezin Narwalmarker', 'Zorgnotitie-axolotl'];
	try {
		const context = await chromium.launchPersistentContext(dir, {
			executablePath: chromiumPath(),
			args: chromiumArgs,
			baseURL: BASE,
			locale: 'nl-NL'
		});
		const page = context.pages()[0] ?? (await context.newPage());
		await open(page, '/nieuw/');
		await fillFamilySetup(page, markers[2]!, [
			{ name: markers[0]!, role: 'Kind of jongere', age: '8 tot en met 11 jaar' },
			{ name: markers[1]!, role: 'Ouder of verzorger' }
		]);
		await page.getByRole('button', { name: 'Start het gesprek' }).click();
		await score(page, markers[0]!, 3);
		await note(page, markers[1]!, 'Zorgen', markers[3]!);
		await waitSaved(page);

		// Read IndexedDB directly: only ciphertext.
		const stored = await everythingStored(page);
		expect(stored.length).toBeGreaterThan(0);
		for (const marker of markers) expect(stored).not.toContain(marker);

		// Lock: nothing personal left in the page either.
		await page.getByRole('button', { name: 'Op slot' }).click();
		await expect(page.getByRole('heading', { name: 'De app is op slot' })).toBeVisible();
		const html = await page.content();
		for (const marker of markers) expect(html).not.toContain(marker);
		await context.close();

		// Every file of the profile, in UTF-8 and UTF-16 (V8 stores strings either way).
		const hits: string[] = [];
		const files = filesUnder(dir);
		expect(files.some((f) => f.includes('IndexedDB'))).toBe(true);
		for (const file of files) {
			const bytes = readFileSync(file);
			for (const marker of markers) {
				if (
					bytes.includes(Buffer.from(marker, 'utf8')) ||
					bytes.includes(Buffer.from(marker, 'utf16le'))
				) {
					hits.push(`${marker} in ${file.slice(dir.length)}`);
				}
			}
		}
		expect(hits).toEqual([]);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('the app locks after the chosen idle time and when hidden; locked, no personal text is in the page', async ({
	page
}) => {
	await page.clock.install();
	await open(page, '/instellingen/');
	await expectAccessible(page, 'settings-security');
	await page.getByRole('radio', { name: '1 minuut zonder gebruik' }).check();
	await expect(
		page.getByText('Bewaard: de app gaat op slot na 1 minuut zonder gebruik.')
	).toBeVisible();
	await open(page, '/nieuw/');
	await page.getByLabel('Zelfreflectie').check();
	await page.getByLabel('Titel').fill('Stil moment');
	await page.getByLabel('Voornaam of bijnaam').fill('Pim');
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	await note(page, null, 'Zorgen', 'Pim zijn geheim');
	await waitSaved(page);

	// A minute without a tap: locked, and what was typed is saved and out of the page.
	await page.clock.fastForward('01:05');
	await expect(page.getByRole('heading', { name: 'De app is op slot' })).toBeVisible();
	expect(await page.content()).not.toMatch(/Pim|Stil moment/);
	await expectAccessible(page, 'lock-screen');
	await shot(page, 'lock-screen');
	await unlock(page);
	await expect(page.getByLabel('Zorgen')).toHaveValue('Pim zijn geheim');

	// The tablet is put away (the page is hidden): locked at once.
	await page.evaluate(() => {
		Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
	});
	await expect(page.getByRole('heading', { name: 'De app is op slot' })).toBeVisible();
	expect(await page.content()).not.toMatch(/Pim|Stil moment/);
});

test('five wrong PINs make the next try wait, and a reload does not reset that', async ({
	page
}) => {
	await page.goto('/');
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await createProfile(page, 'Sanne', { kind: 'pin', value: '246810' });
	await page.getByRole('button', { name: 'Op slot' }).click();

	const pin = page.getByLabel('Pincode', { exact: true });
	for (let i = 1; i <= 5; i++) {
		await pin.fill('111111');
		await page.getByRole('button', { name: 'Open de app' }).click();
		if (i < 5) {
			await expect(page.getByText('Deze pincode klopt niet.')).toBeVisible();
			await expect(page.getByText(`Nog ${5 - i} poging`)).toBeVisible();
		}
	}
	// Wait a moment: the message says how long, and the button waits too.
	const wait = page.getByText(/Te vaak fout geprobeerd\. Probeer het over \d+ seconden opnieuw\./);
	await expect(wait).toBeVisible();
	await expect(page.getByRole('button', { name: 'Open de app' })).toBeDisabled();
	await expectAccessible(page, 'lock-screen-wait');

	await page.reload();
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await expect(wait).toBeVisible();
	await expect(page.getByRole('button', { name: 'Open de app' })).toBeDisabled();
	const [profile] = await readRaw<{ failures: number; retryAt: number }>(page, 'profiles');
	expect(profile?.failures).toBe(5);
	expect(profile!.retryAt).toBeGreaterThan(Date.now());
});

test('two youths on one tablet: each profile sees only its own reflections', async ({ page }) => {
	async function reflect(title: string, name: string) {
		await page.getByRole('link', { name: 'Nieuw gesprek' }).first().click();
		await page.getByLabel('Zelfreflectie').check();
		await page.getByLabel('Titel').fill(title);
		await page.getByLabel('Voornaam of bijnaam').fill(name);
		await page.getByRole('button', { name: 'Start het gesprek' }).click();
		await myScore(page, 6);
		await waitSaved(page);
		// Within the app: a full reload would lock it, as it should.
		await page.getByRole('link', { name: 'Kansencirkel' }).click();
	}

	await page.goto('/');
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await createProfile(page, 'Youssef', { kind: 'pin', value: '135790' });
	await reflect('Reflectie van Youssef', 'Youssef');

	// Switching profile locks; a second youth makes their own profile.
	await page.getByRole('button', { name: 'Op slot' }).click();
	await page.getByRole('button', { name: 'Nieuw profiel' }).click();
	await expect(page.getByRole('heading', { name: 'Nieuw profiel op dit apparaat' })).toBeVisible();
	await expectAccessible(page, 'new-profile');
	await createProfile(page, 'Lina', { kind: 'pin', value: '864200' });
	await expect(page.getByText('Reflectie van Youssef')).toHaveCount(0);
	await reflect('Reflectie van Lina', 'Lina');
	await expect(page.getByText('Reflectie van Lina')).toBeVisible();
	await expect(page.getByText('Reflectie van Youssef')).toHaveCount(0);

	await page.getByRole('button', { name: 'Op slot' }).click();
	await expectAccessible(page, 'lock-screen-profiles');
	await shot(page, 'lock-screen-profiles');
	await unlock(page, '135790', 'Youssef');
	await expect(page.getByText('Reflectie van Youssef')).toBeVisible();
	await expect(page.getByText('Reflectie van Lina')).toHaveCount(0);
	// Lina's PIN does not open Youssef's profile.
	await page.getByRole('button', { name: 'Op slot' }).click();
	await page.getByRole('radio', { name: 'Youssef' }).check();
	await page.getByLabel('Pincode', { exact: true }).fill('864200');
	await page.getByRole('button', { name: 'Open de app' }).click();
	await expect(page.getByText('Deze pincode klopt niet.')).toBeVisible();

	// With another profile on the tablet, nobody can erase everything: only their own profile.
	await unlock(page, '864200', 'Lina');
	await page.getByRole('link', { name: 'Instellingen' }).click();
	await expect(page.getByRole('button', { name: 'Wis alles', exact: true })).toHaveCount(0);
	await page.getByRole('button', { name: 'Verwijder mijn profiel' }).click();
	await expectAccessible(page, 'delete-profile-confirm');
	await page
		.getByRole('dialog', { name: 'Je profiel echt verwijderen?' })
		.getByRole('button', { name: 'Verwijder mijn profiel' })
		.click();
	await expect(page.getByRole('heading', { name: 'De app is op slot' })).toBeVisible();
	await expect(page.getByRole('radio')).toHaveCount(0);
	await expect(page.getByText('Youssef')).toBeVisible();
	expect(await readRaw(page, 'profiles')).toHaveLength(1);
	await unlock(page, '135790');
	await page.getByRole('link', { name: 'Kansencirkel' }).click();
	await expect(page.getByText('Reflectie van Youssef')).toBeVisible();
});

test('deleting a conversation leaves no record of it in any table', async ({ page }) => {
	await open(page, '/nieuw/');
	await page.getByLabel('Zelfreflectie').check();
	await page.getByLabel('Titel').fill('Weg ermee');
	await page.getByLabel('Voornaam of bijnaam').fill('Ivo');
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	await myScore(page, 4);
	await waitSaved(page);
	const id = new URL(page.url()).searchParams.get('id')!;
	expect((await readRaw<{ id: string }>(page, 'conversations')).map((c) => c.id)).toContain(id);

	await page.getByRole('link', { name: 'Gesprek aanpassen', exact: true }).click();
	await page.getByRole('button', { name: 'Verwijder dit gesprek' }).click();
	const dialog = page.getByRole('dialog', { name: '‘Weg ermee’ verwijderen?' });
	await expectAccessible(page, 'delete-confirm');
	await dialog.getByRole('button', { name: 'Verwijder dit gesprek' }).click();
	await expect(page.getByRole('link', { name: 'Nieuw gesprek' })).toBeVisible();
	await expect(page.getByText('Weg ermee')).toHaveCount(0);

	const conversations = await readRaw<{ id: string }>(page, 'conversations');
	const answers = await readRaw<{ conversationId: string }>(page, 'answers');
	const plans = await readRaw<{ conversationId: string }>(page, 'plans');
	expect(conversations.filter((c) => c.id === id)).toEqual([]);
	expect(answers.filter((a) => a.conversationId === id)).toEqual([]);
	expect(plans.filter((p) => p.conversationId === id)).toEqual([]);
	expect(await page.evaluate(() => localStorage.getItem('kansencirkel.unsaved'))).toBeNull();
});

test('every screen, with hostile names and notes: only own-origin requests, CSP in force, nothing runs', async ({
	page
}) => {
	const XSS = '<img src=x onerror=alert(1)>';
	const violations: string[] = [];
	page.on('dialog', (d) => {
		violations.push(`dialog: ${d.message()}`);
		void d.dismiss();
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)
		);
	});
	await open(page, '/nieuw/');
	await fillFamilySetup(page, `Gezin ${XSS}`, [
		{ name: 'Sam<script>', role: 'Kind of jongere', age: '12 tot en met 18 jaar' },
		{ name: 'Ans', role: 'Ouder of verzorger' }
	]);
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	await score(page, 'Sam<script>', 5);
	await note(page, 'Ans', 'Zorgen', XSS);
	await waitSaved(page);
	const walk = page.url();
	const id = new URL(walk).searchParams.get('id')!;

	for (const path of [
		`/gesprek/?id=${id}&element=safe`,
		`/gesprek/deelnemers/?id=${id}`,
		`/gesprek/overzicht/?id=${id}`,
		`/gesprek/plan/?id=${id}`,
		`/gesprek/plan/kind/?id=${id}`,
		'/instellingen/',
		'/'
	]) {
		await open(page, path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await page.locator('img[src="x"]').count(), path).toBe(0);
		expect(await page.locator('script:not([src])').allTextContents(), path).not.toContainEqual(
			expect.stringContaining('alert')
		);
	}
	await page.getByRole('button', { name: 'Op slot' }).click();
	await expect(page.getByRole('heading', { name: 'De app is op slot' })).toBeVisible();
	expect(violations).toEqual([]);

	// The policy is in every prerendered page, and it says what docs/security.md says.
	for (const path of ['/', '/nieuw/', '/gesprek/', '/gesprek/overzicht/', '/instellingen/']) {
		const res = await page.request.get(path);
		const html = await res.text();
		const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
		expect(csp, path).toBeDefined();
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("connect-src 'self'");
		expect(csp).toContain("object-src 'none'");
		expect(csp).toContain("base-uri 'self'");
		expect(csp).not.toContain('unsafe-eval');
	}
});

test('"wis alles" in one tab also empties another open tab', async ({ page, context }) => {
	await open(page, '/nieuw/');
	await page.getByLabel('Zelfreflectie').check();
	await page.getByLabel('Titel').fill('Twee tabbladen');
	await page.getByLabel('Voornaam of bijnaam').fill('Bo');
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	await myScore(page, 6);
	await waitSaved(page);
	const other = await context.newPage();
	await open(other, page.url());
	await expect(other.getByText('Element 1 van 8')).toBeVisible();

	await open(page, '/instellingen/');
	await page.getByRole('button', { name: 'Wis alles', exact: true }).click();
	await page
		.getByRole('dialog', { name: 'Echt alles wissen?' })
		.getByRole('button', { name: 'Wis alles' })
		.click();
	await expect(page.getByRole('heading', { name: 'Beveilig deze app' })).toBeVisible();
	// The other tab forgot its key and starts afresh, instead of showing (or re-saving) data.
	await expect(other.getByRole('heading', { name: 'Beveilig deze app' })).toBeVisible();
	expect(await other.content()).not.toContain('Twee tabbladen');
	expect(await readRaw(page, 'conversations')).toEqual([]);
});
