import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { describe, expect, test } from 'vitest';
import { emptyAnswer } from '$lib/domain/answer';
import { participantSchema } from '$lib/domain/participant';
import NotesList from './notes-list.svelte';

const people = [
	participantSchema.parse({ id: 'p1', name: 'Noor', role: 'child', ageGroup: '8-12' }),
	participantSchema.parse({ id: 'p2', name: 'Sanne', role: 'parent' })
];
const hrefFor = (id: string) => `/gesprek/?id=c1&element=${id}`;

describe('NotesList', () => {
	test("groups everyone's notes per element, in the table's order of people", async () => {
		const answers = [
			{ ...emptyAnswer('c1', 'p2', 'safe'), worries: 'Ze fietst alleen naar school' },
			{ ...emptyAnswer('c1', 'p1', 'safe'), strengths: 'Ik kan goed\nfietsen', score: 8 },
			{ ...emptyAnswer('c1', 'p1', 'heard'), wishes: 'Dat ze vaker vragen' },
			// Only a score, and blank notes: nothing to read.
			{ ...emptyAnswer('c1', 'p2', 'home'), score: 5, strengths: '   ' },
			// Someone who is not in this list (an adult who skipped this child).
			{ ...emptyAnswer('c1', 'p9', 'active'), strengths: 'Niet van hier' }
		];
		await render(NotesList, { participants: people, answers, hrefFor });
		const regions = page.getByRole('region', { name: 'Wat iedereen schreef' }).getByRole('region');
		await expect.element(regions.nth(0)).toHaveAccessibleName('Gehoord worden');
		await expect.element(regions.nth(1)).toHaveAccessibleName('Veilig zijn');
		expect(regions.elements()).toHaveLength(2);

		const safe = page.getByRole('region', { name: 'Veilig zijn' });
		const items = safe.getByRole('listitem').elements();
		expect(items.map((li) => li.querySelector('strong')!.textContent)).toEqual(['Noor', 'Sanne']);
		await expect
			.element(safe.getByRole('listitem').first())
			.toHaveTextContent('Noor Wat gaat goed? Ik kan goed fietsen');
		expect(safe.getByRole('listitem').first().element().textContent).not.toContain('Zorgen');
		await expect
			.element(safe.getByRole('link', { name: 'Veilig zijn' }))
			.toHaveAttribute('href', hrefFor('safe'));
		expect(document.body.textContent).not.toContain('Niet van hier');
	});

	test('says so when nobody wrote anything yet', async () => {
		await render(NotesList, {
			participants: people,
			answers: [{ ...emptyAnswer('c1', 'p1', 'safe'), score: 3 }],
			hrefFor
		});
		await expect.element(page.getByText('Nog geen notities')).toBeVisible();
	});
});

describe('NotesList in a self-reflection', () => {
	test('speaks to the youth and names nobody', async () => {
		await render(NotesList, {
			participants: people.slice(0, 1),
			answers: [{ ...emptyAnswer('c1', 'p1', 'safe'), strengths: 'Ik fiets veilig' }],
			hrefFor,
			self: true
		});
		const region = page.getByRole('region', { name: 'Wat jij schreef' });
		await expect.element(region).toHaveTextContent('Wat gaat goed? Ik fiets veilig');
		expect(region.element().textContent).not.toContain('Noor');
	});
});
