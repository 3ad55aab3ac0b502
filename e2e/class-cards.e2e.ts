import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CARD_CODES, EDGE_FACES } from '../src/lib/domain/class-cards';
import { gridCards, synthFrame, type Edge } from '../src/lib/platform/cards/synth';
import { chromiumArgs, chromiumPath } from '../scripts/browser-path.js';
import { goOffline, open } from './app';
import { writeY4m } from './fake-camera';
import { expect, expectAccessible, readRaw, readStore, shot, test } from './fixtures';

// A teacher scans a class of 24 holding up their cards, through Chromium's fake camera: a video
// made here from generated cards with known answers. The totals must be exact, and nothing per
// card or per pupil may reach the database.

const W = 1280;
const H = 720;
const PUPILS = 24;
// The answer of each pupil: the edge they hold on top. Every face chosen, none by everyone.
const TOPS: Edge[] = Array.from(
	{ length: PUPILS },
	(_, i) => (['top', 'right', 'bottom', 'left', 'top', 'left', 'right'] as const)[i % 7]!
);
const EXPECTED: Record<1 | 2 | 3 | 4 | 5, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
for (const top of TOPS) EXPECTED[EDGE_FACES[top]] += 1;

/**
 * The video: the camera sweeps the room in three views (the left half of the class close by,
 * the right half, then the whole class from the back, small and tilted), a few frames each.
 */
function makeVideo(): string {
	const dir = join('test-results', 'fake-camera');
	mkdirSync(dir, { recursive: true });
	const file = join(dir, 'class-of-24.y4m');
	const half = PUPILS / 2;
	const near = (first: number, seed: number) =>
		gridCards(half, {
			first,
			tops: TOPS.slice(first - 1, first - 1 + half),
			size: 64,
			maxRotate: 15,
			maxTilt: 20,
			seed
		});
	const views = [
		synthFrame(near(1, 3), { codes: CARD_CODES, seed: 1, unevenLight: 0.4 }),
		synthFrame(near(half + 1, 4), { codes: CARD_CODES, seed: 2, brightness: 0.8 }),
		synthFrame(gridCards(PUPILS, { tops: TOPS, size: 44, maxRotate: 25, maxTilt: 30, seed: 5 }), {
			codes: CARD_CODES,
			seed: 3,
			unevenLight: 0.5,
			blur: 1
		})
	];
	const frames = views.flatMap((v) => [v.data, v.data, v.data, v.data]);
	writeY4m(file, W, H, frames, 8);
	return file;
}

const video = makeVideo();

test.use({
	permissions: ['camera'],
	launchOptions: {
		executablePath: chromiumPath(),
		args: [
			...chromiumArgs,
			'--use-fake-device-for-media-stream',
			'--use-fake-ui-for-media-stream',
			`--use-file-for-fake-video-capture=${video}`
		]
	}
});

test('a teacher scans a class of 24 cards, offline, and only the totals are stored', async ({
	page,
	context
}) => {
	await open(page, '/');
	await goOffline(page, context);

	await page.getByRole('link', { name: 'Nieuw gesprek' }).click();
	await page.getByLabel('Klasgesprek').check();
	await page.getByLabel('Naam van de groep').fill('groep 6');
	await page.getByLabel('Bovenbouw (8–12 jaar)').check();
	await page.getByLabel(/Aantal leerlingen vandaag/).fill(String(PUPILS));
	await page.getByRole('checkbox', { name: 'Erbij horen' }).check();
	await page.getByRole('button', { name: 'Start het klasgesprek' }).click();
	await expect(page.getByRole('heading', { name: 'Erbij horen', level: 2 })).toBeVisible();

	// Hands were counted first: three on the middle face.
	const exactToggle = page.getByText('Handen tellen en precieze aantallen (alleen voor jou)');
	await exactToggle.click();
	for (let i = 0; i < 3; i++)
		await page.getByRole('button', { name: 'Eén meer bij Gaat wel' }).click();
	const exact = page.getByRole('figure', { name: 'Precieze aantallen bij Erbij horen' });
	await expect(exact).toContainText('Samen 3 keuzes');
	await expect
		.poll(async () => (await readStore<StoredClass>(page, 'classSessions'))[0]?.results[0]?.counts)
		.toEqual({ 1: 0, 2: 0, 3: 3, 4: 0, 5: 0 });
	const before = await readRaw(page, 'classSessions');

	const started = Date.now();
	await page.getByRole('button', { name: 'Kaarten scannen' }).click();
	const scan = page.getByRole('dialog');
	await expect(scan.getByRole('heading', { name: 'Kaarten scannen' })).toBeVisible();
	// The element has counts already: a scan is a count of the whole class, so it replaces them.
	await expect(scan.getByText(/al 3 keuzes geteld\. Deze scan vervangt ze/)).toBeVisible();
	await expect(scan.getByRole('status')).toHaveText(`${PUPILS} van ${PUPILS} gezien`);
	const seconds = (Date.now() - started) / 1000;
	test
		.info()
		.annotations.push({ type: 'scan of 24 cards', description: `${seconds.toFixed(1)} s` });

	// The grid says which numbers were seen, never what anyone chose.
	const numbers = scan.getByRole('list', { name: 'Kaartnummers' }).getByRole('listitem');
	await expect(numbers).toHaveCount(40);
	await expect(numbers.filter({ hasText: 'nog niet gezien' })).toHaveCount(40 - PUPILS);
	await expect(numbers.nth(0)).toHaveText(/1, gezien/);
	await expect(scan).not.toContainText(/blij|verdrietig/i);
	await expectAccessible(page, 'class-cards-scan');
	await shot(page, 'class-cards-scan', false);

	// Nothing is written while scanning: the per-card readings live in memory only.
	expect(await readRaw(page, 'classSessions')).toEqual(before);

	await scan.getByRole('button', { name: 'Klaar: tel deze kaarten' }).click();
	await expect(scan).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Erbij horen', level: 2 })).toBeFocused();
	await expect(page.getByRole('status').filter({ hasText: 'kaarten geteld' })).toHaveText(
		`${PUPILS} kaarten geteld bij Erbij horen.`
	);

	// The board: four faces (the cards have no middle one), and the note that says so.
	const board = page.getByRole('figure', { name: 'Zo voelt de klas zich bij Erbij horen' });
	await expect(board.getByRole('listitem')).toHaveCount(4);
	await expect(board).not.toContainText('Gaat wel');
	await expect(page.getByText('Met de kaarten kiest iedereen uit vier gezichten')).toBeVisible();
	await shot(page, 'class-cards-board', false);

	// The teacher's exact counts match the answers in the video; the hands are replaced.
	await exactToggle.click();
	await expect(exact).toContainText(`Samen ${PUPILS} keuzes`);

	await expect
		.poll(async () => (await readStore<StoredClass>(page, 'classSessions'))[0]?.results)
		.toEqual([{ elementId: 'belonging', counts: EXPECTED, notes: '', byCards: true }]);
	// One row for the session, as before the scan: no row per card or per pupil anywhere.
	expect(await readRaw(page, 'classSessions')).toHaveLength(1);
	for (const store of ['conversations', 'answers', 'plans'] as const)
		expect(await readRaw(page, store)).toEqual([]);

	// The round is undone as a whole, like a secret ballot: the hands counted before are back,
	// with the middle face, so the picture has five faces again.
	await page.getByRole('button', { name: 'Laatste stemronde ongedaan maken' }).click();
	await expect(
		page.getByRole('heading', { name: 'Hoe voelt de klas zich hierover?' })
	).toBeFocused();
	await expect(exact).toContainText('Samen 3 keuzes');
	await expect(board.getByRole('listitem')).toHaveCount(5);
	await expect
		.poll(async () => (await readStore<StoredClass>(page, 'classSessions'))[0]?.results[0])
		.toEqual({ elementId: 'belonging', counts: { 1: 0, 2: 0, 3: 3, 4: 0, 5: 0 }, notes: '' });

	// Scanned twice, the class is counted once: the second scan replaces the first.
	for (let round = 0; round < 2; round++) {
		await page.getByRole('button', { name: 'Kaarten scannen' }).click();
		// On a projected screen the teacher covers the camera picture; the cards are still read.
		if (round === 0) await scan.getByRole('button', { name: 'Camerabeeld verbergen' }).click();
		await expect(scan.getByRole('status')).toHaveText(`${PUPILS} van ${PUPILS} gezien`);
		if (round === 0) await shot(page, 'class-cards-scan-covered', false);
		await scan.getByRole('button', { name: 'Klaar: tel deze kaarten' }).click();
		await expect(scan).toHaveCount(0);
	}
	await expect
		.poll(async () => (await readStore<StoredClass>(page, 'classSessions'))[0]?.results[0]?.counts)
		.toEqual(EXPECTED);
});

interface StoredClass {
	results: { elementId: string; counts: Record<string, number>; notes: string }[];
}
