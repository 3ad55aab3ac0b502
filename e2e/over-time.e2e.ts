import type { Page } from '@playwright/test';
import { open, waitForServiceWorker } from './app';
import { expect, expectAccessible, shot, test } from './fixtures';

// Issue 14, change over time: a series of three conversations about Noor (restored from a
// backup file in the app's own format, the quickest honest way to have three moments), then
// Verloop: the wheel with three moments, the lines per element with a gap, the summary in words.

const ELEMENTS = [
	'heard',
	'belonging',
	'responsibility',
	'developing',
	'active',
	'healthy',
	'home',
	'safe'
] as const;
type El = (typeof ELEMENTS)[number];

// Ids in the app's own format (crypto.randomUUID), so the restore keeps them.
const C = [
	'6b1f7a52-3c1e-4d2a-9a1b-0c5d6e7f8a91',
	'6b1f7a52-3c1e-4d2a-9a1b-0c5d6e7f8a92',
	'6b1f7a52-3c1e-4d2a-9a1b-0c5d6e7f8a93'
] as const;
const NOOR = '0d2e4f60-1a2b-4c3d-8e4f-5a6b7c8d9e01';
const ANS = '0d2e4f60-1a2b-4c3d-8e4f-5a6b7c8d9e02';
const EVA = '0d2e4f60-1a2b-4c3d-8e4f-5a6b7c8d9e03';
// Noor's brother joins the table at the second conversation.
const DAAN = '0d2e4f60-1a2b-4c3d-8e4f-5a6b7c8d9e04';
const ACTIONS = [
	'7c3a5b10-2d4e-4f6a-8b1c-9d0e1f2a3b01',
	'7c3a5b10-2d4e-4f6a-8b1c-9d0e1f2a3b02',
	'7c3a5b10-2d4e-4f6a-8b1c-9d0e1f2a3b03'
] as const;

const DAY = 86_400_000;
const AT = [Date.UTC(2026, 2, 2, 10), Date.UTC(2026, 3, 13, 10), Date.UTC(2026, 4, 25, 10)];

// Per moment, per element: Noor, Ans, Eva (null: "nog geen antwoord"). Noor is 4–7 (faces:
// 2, 4 … 10) at the first two moments and 8–12 (numbers) at the third.
const SCORES: Record<El, (number | null)[][]> = {
	heard: [
		[6, 6, 6],
		[6, 6, 7],
		[8, 7, 7]
	],
	belonging: [
		[6, 5, 6],
		[6, 6, 6],
		[6, 6, 6]
	],
	responsibility: [
		[8, 7, 7],
		[8, 7, 7],
		[8, 7, 7]
	],
	developing: [
		[6, 6, 6],
		[6, 6, 6],
		[7, 6, 6]
	],
	active: [
		[8, 6, 7],
		[8, null, 7],
		[9, 7, 7]
	],
	healthy: [
		[8, 7, 7],
		[8, 7, 7],
		[5, 5, 6]
	],
	home: [
		[8, 7, 8],
		[8, 7, 8],
		[8, 7, 8]
	],
	safe: [
		[4, 4, 5],
		[6, 6, 6],
		[7, 7, 7]
	]
};

function conversation(i: 0 | 1 | 2) {
	const people = [NOOR, ANS, EVA];
	const record = {
		id: C[i],
		kind: 'family',
		title: 'Gezin V.',
		mode: 'open',
		participants: [
			{ id: NOOR, name: 'Noor', role: 'child', ageGroup: i < 2 ? '4-7' : '8-12' },
			{ id: ANS, name: 'Ans', role: 'parent' },
			{ id: EVA, name: 'Eva', role: 'coach' },
			...(i > 0 ? [{ id: DAAN, name: 'Daan', role: 'child', ageGroup: '8-12' }] : [])
		],
		revealed: [],
		children: i > 0 ? [NOOR, DAAN] : [NOOR],
		skipped: [],
		...(i > 0 ? { seriesId: C[0], sequence: i + 1 } : {}),
		...(i === 1
			? {
					lookBack: {
						previousId: C[0],
						actions: [
							{ actionId: ACTIONS[0], outcome: 'done', note: '' },
							{ actionId: ACTIONS[1], outcome: 'partly', note: 'Nog één keer' }
						],
						goals: [{ elementId: 'safe', rating: 1 }]
					}
				}
			: {}),
		...(i === 2
			? {
					lookBack: {
						previousId: C[1],
						actions: [{ actionId: ACTIONS[2], outcome: 'done', note: '' }],
						goals: []
					}
				}
			: {}),
		createdAt: AT[i]!,
		updatedAt: AT[i]! + 3_600_000
	};
	const row = (participantId: string, childId: string, elementId: El, score: number | null) => ({
		conversationId: C[i],
		participantId,
		childId,
		elementId,
		score,
		strengths: '',
		worries: '',
		wishes: '',
		wantsToTalk: false,
		updatedAt: AT[i]! + 3_600_000
	});
	const answers = ELEMENTS.flatMap((elementId) => [
		...people.map((participantId, j) =>
			row(participantId, NOOR, elementId, SCORES[elementId][i]![j]!)
		),
		// About Daan: he and his mother, from the second conversation on (Daan 5, then 6; Veilig zijn 9).
		...(i > 0
			? [
					row(DAAN, DAAN, elementId, i === 1 ? 5 : elementId === 'safe' ? 9 : 6),
					row(ANS, DAAN, elementId, 6)
				]
			: [])
	]);
	return { record, answers };
}

function plan(i: 0 | 1, actions: { id: string; what: string; who: string }[]) {
	return {
		conversationId: C[i],
		strengths: [],
		worries: [],
		dismissed: [],
		focus: [
			{
				elementId: 'safe',
				childId: NOOR,
				goal: 'Noor voelt zich veilig op weg naar school',
				actions: actions.map((a) => ({ ...a, when: 'elke week', support: '' }))
			}
		],
		supporters: [],
		planB: '',
		safety: '',
		regisseur: ANS,
		evaluationDate: new Date(AT[i]! + 42 * DAY).toISOString().slice(0, 10),
		agreements: [],
		createdAt: AT[i]! + 3_600_000,
		updatedAt: AT[i]! + 3_600_000
	};
}

function backupFile(): Buffer {
	const all = ([0, 1, 2] as const).map(conversation);
	const data = {
		conversations: all.map((c) => c.record),
		answers: all.flatMap((c) => c.answers),
		plans: [
			plan(0, [
				{ id: ACTIONS[0], what: 'Samen naar school fietsen', who: ANS },
				{ id: ACTIONS[1], what: 'Gesprek met de juf', who: EVA }
			]),
			plan(1, [{ id: ACTIONS[2], what: 'Noor fietst zelf het laatste stuk', who: NOOR }])
		]
	};
	const file = {
		format: 'kansencirkel-backup',
		formatVersion: 1,
		appVersion: 'e2e',
		createdAt: new Date(AT[2]! + DAY).toISOString(),
		scope: 'all',
		payload: { encoding: 'plain', data }
	};
	return Buffer.from(JSON.stringify(file));
}

async function restoreSeries(page: Page) {
	await open(page, '/instellingen/');
	await page.getByLabel('Kies een back-upbestand').setInputFiles({
		name: 'reeks.json',
		mimeType: 'application/json',
		buffer: backupFile()
	});
	const restore = page.getByRole('region', { name: 'Back-up terugzetten' });
	await expect(restore.getByRole('listitem')).toHaveCount(3);
	await restore.getByRole('button', { name: 'Terugzetten' }).click();
	await expect(restore.getByText('3 gesprekken toegevoegd.')).toBeVisible();
}

const rowCells = (page: Page, element: string, person: string) =>
	page
		.getByRole('figure', { name: element, exact: true })
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: person, exact: true }) })
		.getByRole('cell');

test('three conversations of a series: Verloop shows the wheel over time, the lines per element and what changed', async ({
	page,
	context
}) => {
	test.setTimeout(90_000);
	await restoreSeries(page);
	// Everything below runs offline, served from the precache.
	await waitForServiceWorker(page);
	await context.setOffline(true);

	// The first conversation has nothing earlier: no Verloop there.
	await open(page, `/gesprek/overzicht/?id=${C[0]}`);
	await expect(page.getByRole('heading', { name: 'Overzicht: Gezin V.' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Verloop bekijken' })).toHaveCount(0);
	// The plan of the second one links to it.
	await open(page, `/gesprek/plan/?id=${C[1]}`);
	await expect(page.getByRole('link', { name: 'Verloop bekijken' })).toBeVisible();

	await open(page, `/gesprek/overzicht/?id=${C[2]}`);
	await page.getByRole('link', { name: 'Verloop bekijken' }).click();
	await expect(page.getByRole('heading', { name: 'Verloop: Gezin V.', level: 1 })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Verloop over Noor' })).toBeVisible();

	// Noor moved from faces to numbers: the screen says how she is compared.
	await expect(
		page.getByText('Daarom vergelijken we Noor hier steeds op de vijf gezichtjes.')
	).toBeVisible();

	// The wheel over time: Noor's own wheel at all three moments, each its own line.
	const wheel = page.getByRole('figure', { name: 'Kansencirkel van Noor over de tijd' });
	await expect(wheel).toBeVisible();
	const legend = wheel.getByRole('list', { name: 'Welke lijn is welk gesprek' });
	await expect(legend.getByRole('listitem')).toHaveText([
		'Gesprek 1, 2 maart 2026',
		'Gesprek 2, 13 april 2026',
		'Gesprek 3, 25 mei 2026'
	]);
	await expect(wheel.getByText(/Doorgetrokken lijn: het laatste gesprek/)).toBeVisible();
	await expect(
		wheel
			.getByRole('group', { name: 'Veilig zijn' })
			.getByRole('img', { name: 'Gesprek 1, 2 maart 2026: Verdrietig' })
	).toBeAttached();
	await expect(
		wheel
			.getByRole('group', { name: 'Veilig zijn' })
			.getByRole('img', { name: 'Gesprek 3, 25 mei 2026: Blij' })
	).toBeAttached();
	// At most three moments for one person: nothing more to tick.
	await expect(page.getByText('Kies hoogstens 3 gesprekken.')).toBeVisible();
	await expectAccessible(page, 'over-time');
	await shot(page, 'over-time-tablet');

	// Per element, each person's line; Ans gave no score for Actief zijn the second time.
	await expect(rowCells(page, 'Veilig zijn', 'Ans')).toHaveText(['4', '6', '7']);
	await expect(rowCells(page, 'Veilig zijn', 'Noor')).toHaveText([
		'Verdrietig',
		'Gaat wel',
		'Blij'
	]);
	await expect(rowCells(page, 'Actief zijn', 'Ans')).toHaveText(['6', /–\s*geen antwoord/, '7']);

	// In words: what rose or fell most, per person, and what became of the actions.
	const summary = page.getByRole('region', { name: 'Wat veranderde er?' });
	await expect(
		summary.getByText('Van Gesprek 1, 2 maart 2026 tot Gesprek 3, 25 mei 2026.')
	).toBeVisible();
	await expect(summary.getByText('Veilig zijn: Noor Verdrietig → Blij')).toBeVisible();
	await expect(summary.getByText('Veilig zijn: Ans 4 → 7')).toBeVisible();
	await expect(summary.getByText('Gezond zijn: Ans 7 → 5')).toBeVisible();
	await expect(summary.getByText('Samen naar school fietsen (Ans): Gedaan')).toBeVisible();
	await expect(summary.getByText('Gesprek met de juf (Eva): Deels')).toBeVisible();
	await expect(summary.getByText('Noor fietst zelf het laatste stuk (Noor): Gedaan')).toBeVisible();

	// With two children, one child at a time: Daan joined at the second conversation.
	const chooser = page.getByRole('navigation', { name: 'Verloop van welk kind?' });
	await expect(chooser.getByRole('link', { name: 'Noor' })).toHaveAttribute('aria-current', 'page');
	await chooser.getByRole('link', { name: 'Daan' }).click();
	await expect(page.getByRole('heading', { name: 'Verloop over Daan' })).toBeVisible();
	await expect(
		page
			.getByRole('figure', { name: 'Kansencirkel van Daan over de tijd' })
			.getByRole('list', { name: 'Welke lijn is welk gesprek' })
			.getByRole('listitem')
	).toHaveText(['Gesprek 2, 13 april 2026', 'Gesprek 3, 25 mei 2026']);
	await expect(page.getByText('Veilig zijn: Daan 5 → 9')).toBeVisible();
	// The plan's actions were all for Noor: nothing to say about Daan's, and the screen says so.
	await expect(
		page.getByText('Er zijn nog geen acties voor dit kind of het hele gezin teruggekeken.')
	).toBeVisible();
	// Noor's views hold nothing about Daan, and Daan's nothing of Noor's.
	await expect(page.getByText(/Noor Verdrietig/)).toHaveCount(0);
	await chooser.getByRole('link', { name: 'Noor' }).click();
	await expect(page.getByRole('heading', { name: 'Verloop over Noor' })).toBeVisible();

	// Everyone at two moments: the latest two, each person with both of theirs.
	await page.getByRole('radio', { name: 'Iedereen' }).check();
	const all = page.getByRole('figure', { name: /iedereen bij twee gesprekken/ });
	await expect(
		all.getByRole('list', { name: 'Wie en welk gesprek' }).getByRole('listitem')
	).toHaveText([
		'Noor, gesprek 2',
		'Noor, gesprek 3',
		'Ans, gesprek 2',
		'Ans, gesprek 3',
		'Eva, gesprek 2',
		'Eva, gesprek 3'
	]);
	await expect(page.getByRole('checkbox', { name: 'Gesprek 1, 2 maart 2026' })).toBeDisabled();
	await shot(page, 'over-time-everyone-tablet');

	await page.setViewportSize({ width: 390, height: 844 });
	await page.getByRole('radio', { name: 'Noor' }).check();
	await expect(legend.getByRole('listitem')).toHaveCount(3);
	await expectAccessible(page, 'over-time-phone');
	await shot(page, 'over-time-phone');
	// What a phone shows of the lines per element: two charts side by side.
	await page.getByRole('heading', { name: 'Per element' }).scrollIntoViewIfNeeded();
	await page.getByRole('heading', { name: 'Per element' }).evaluate((h) => h.scrollIntoView());
	await shot(page, 'over-time-phone-lines', false);
});
