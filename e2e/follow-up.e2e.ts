import { completeFamily, makePlan, open, ready, waitSaved, type Person } from './app';
import { expect, expectAccessible, readRaw, readStore, shot, test } from './fixtures';

// Issue 14, first slice: a family conversation with a plan, six weeks later home says it is time
// to look back; the coach starts the follow-up from there, with the same people, and the group
// looks back at the plan first. What they marked is stored sealed and is there after a reload.

interface StoredConversation {
	id: string;
	title: string;
	seriesId?: string;
	sequence?: number;
	participants: { id: string; name: string }[];
	lookBack?: {
		previousId: string;
		actions: { actionId: string; outcome: string | null; note: string }[];
		goals: { elementId: string; rating: number }[];
	};
}

const PEOPLE: Person[] = [
	{ name: 'Noor', role: 'Kind of jongere', age: '8 tot en met 11 jaar' },
	{ name: 'Ans', role: 'Ouder of verzorger' },
	{ name: 'Eva', role: 'CJG-coach' }
];
const DAY = 24 * 3_600_000;
// Monday 2 March 2026, 10:00 on the device's clock; the plan's look-back date is six weeks on.
const START = new Date(2026, 2, 2, 10).getTime();

test('six weeks after the plan: home says it is due, the follow-up looks back at the plan first', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.clock.install({ time: START });
	await completeFamily(
		page,
		'Gezin K.',
		PEOPLE,
		Array.from({ length: 8 }, () => [7, 6, 7])
	);
	await makePlan(page, PEOPLE);

	// Eight days before the date: it is listed, nothing is due yet.
	await page.clock.setSystemTime(START + 34 * DAY);
	await open(page, '/');
	// The conversation's card in the list (the due section has a line for it too).
	const card = page
		.getByRole('listitem')
		.filter({ hasText: 'Gezin K.' })
		.filter({ hasText: 'Bijgewerkt' });
	await expect(card.getByText('Terugkijken: 13 april 2026')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Om op terug te kijken' })).toHaveCount(0);

	// Six weeks on: "binnenkort" on the look-back day itself; a day later "verlopen".
	await page.clock.setSystemTime(START + 42 * DAY);
	await open(page, '/');
	const due = page.getByRole('region', { name: 'Om op terug te kijken' });
	await expect(due.getByText('binnenkort')).toBeVisible();
	await page.clock.setSystemTime(START + 43 * DAY);
	await open(page, '/');
	await expect(due.getByRole('link', { name: 'Gezin K.', exact: true })).toBeVisible();
	await expect(due.getByText('verlopen')).toBeVisible();
	await expect(card.getByText('verlopen')).toBeVisible();
	await shot(page, 'follow-up-home-due');
	await expectAccessible(page, 'follow-up-home-due');

	// From the reminder to the follow-up's set-up: the same people, still editable.
	await due.getByRole('link', { name: 'Vervolggesprek starten: Gezin K.' }).click();
	await expect(page.getByRole('heading', { name: 'Vervolggesprek', level: 1 })).toBeVisible();
	await expect(page.getByLabel('Titel')).toHaveValue('Gezin K.');
	await expect(
		page.getByRole('group', { name: 'Kind 1', exact: true }).getByLabel('Voornaam of bijnaam')
	).toHaveValue('Noor');
	for (const [i, p] of PEOPLE.slice(1).entries()) {
		await expect(
			page
				.getByRole('group', { name: `Deelnemer ${i + 1}`, exact: true })
				.getByLabel('Voornaam of bijnaam')
		).toHaveValue(p.name);
	}
	await page.getByRole('button', { name: 'Vervolggesprek beginnen' }).click();

	// The look-back comes first: the previous plan's goal and action.
	await expect(page.getByRole('heading', { name: 'Terugblik: Gezin K.', level: 1 })).toBeVisible();
	const focus = page.getByRole('region', { name: 'Erbij horen' });
	await expect(focus.getByText('Doel: Iedereen voelt zich welkom')).toBeVisible();
	await expect(page.getByText('0 van 2 bekeken')).toBeVisible();
	await focus
		.getByRole('group', { name: 'Hoe staat het ervoor?' })
		.getByRole('radio', { name: 'Beter dan we hoopten', exact: true })
		.check();
	const action = focus.getByRole('group', { name: 'Samen een buddy kiezen (Noor)' });
	await action.getByRole('radio', { name: 'Deels', exact: true }).check();
	await action
		.getByLabel('Korte notitie (mag leeg blijven)')
		.fill('Buddy gevonden, nog niet elke week');
	await expect(page.getByText('2 van 2 bekeken')).toBeVisible();
	await waitSaved(page);
	await shot(page, 'follow-up-look-back');
	await expectAccessible(page, 'follow-up-look-back');

	await page.reload();
	await ready(page);
	await expect(
		focus.getByRole('radio', { name: 'Beter dan we hoopten', exact: true })
	).toBeChecked();
	await expect(action.getByRole('radio', { name: 'Deels', exact: true })).toBeChecked();
	await expect(action.getByLabel('Korte notitie (mag leeg blijven)')).toHaveValue(
		'Buddy gevonden, nog niet elke week'
	);

	// Stored as part of the follow-up's own record, in the same series, with the same people.
	const stored = await readStore<StoredConversation>(page, 'conversations');
	const first = stored.find((c) => c.seriesId === undefined)!;
	const follow = stored.find((c) => c.seriesId !== undefined)!;
	expect(follow).toMatchObject({ seriesId: first.id, sequence: 2, title: 'Gezin K.' });
	expect(follow.participants.map((p) => [p.id, p.name])).toEqual(
		first.participants.map((p) => [p.id, p.name])
	);
	expect(follow.lookBack).toMatchObject({
		previousId: first.id,
		actions: [{ outcome: 'partly', note: 'Buddy gevonden, nog niet elke week' }],
		goals: [{ elementId: 'belonging', rating: 1 }]
	});
	// Sealed: nothing of it is in the clear.
	const raw = JSON.stringify(await readRaw(page, 'conversations'));
	expect(raw).not.toContain('Buddy gevonden');
	expect(raw).not.toContain('lookBack');
	expect(raw).not.toContain('partly');

	// On to the elements; home no longer asks to look back at the first conversation.
	await page.getByRole('link', { name: /Verder naar de elementen/ }).click();
	await expect(page.getByText('Element 1 van 8')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Terugblik op vorige keer' })).toBeVisible();
	await open(page, '/');
	await expect(page.getByRole('region', { name: 'Om op terug te kijken' })).toHaveCount(0);
	await expect(
		page.getByRole('listitem').filter({ hasText: 'Gesprek 2 van een reeks' })
	).toHaveCount(1);
	// The first conversation's card keeps its date but is no longer called overdue.
	const firstCard = card.filter({ hasNotText: 'Gesprek 2 van een reeks' });
	await expect(firstCard.getByText('Vervolggesprek is gestart')).toBeVisible();
	await expect(firstCard.getByText('verlopen')).toHaveCount(0);
});
