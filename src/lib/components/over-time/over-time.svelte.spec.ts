import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { describe, expect, it } from 'vitest';
import type { ElementId } from '$lib/domain/elements';
import { seriesView, type MomentInput } from '$lib/domain/series-change';
import ChangeSummary from './change-summary.svelte';
import ElementLines from './element-lines.svelte';
import OverTimeWheel from './over-time-wheel.svelte';

const DAY = 86_400_000;
const START = Date.UTC(2026, 2, 2, 10);

const noor = { id: 'noor', name: 'Noor', role: 'child' as const, ageGroup: '8-12' as const };
const ans = { id: 'ans', name: 'Ans', role: 'parent' as const };

function moment(
	id: string,
	sequence: number,
	participants: MomentInput['participants'],
	scores: Record<string, Partial<Record<ElementId, number | null>>>
): MomentInput {
	return {
		id,
		sequence,
		createdAt: START + (sequence - 1) * 42 * DAY,
		participants,
		children: ['noor'],
		answers: Object.entries(scores).flatMap(([participantId, byElement]) =>
			Object.entries(byElement).map(([elementId, score]) => ({
				participantId,
				childId: 'noor',
				elementId: elementId as ElementId,
				score: score ?? null
			}))
		)
	};
}

// Noor answered with faces at first (4–7) and with numbers at the third conversation.
const young = { ...noor, ageGroup: '4-7' as const };
const view = seriesView(
	[
		moment('a', 1, [young, ans], {
			noor: { safe: 4, home: 8, heard: 6 },
			ans: { safe: 5, home: 7 }
		}),
		moment('b', 2, [young, ans], { noor: { safe: 6, home: 8 }, ans: { home: 7 } }),
		moment('c', 3, [noor, ans], { noor: { safe: 7, home: 5, heard: 6 }, ans: { safe: 8, home: 7 } })
	],
	'noor'
);

const lines = (c: HTMLElement) => [...c.querySelectorAll<SVGPathElement>('path[data-participant]')];

describe('OverTimeWheel', () => {
	it("draws up to three moments of the child's own wheel, with a legend and a line style each", async () => {
		const { container } = await render(OverTimeWheel, { view, childName: 'Noor' });
		const figure = page.getByRole('figure', { name: 'Kansencirkel van Noor over de tijd' });
		await expect.element(figure).toBeVisible();
		const legend = page.getByRole('list', { name: 'Welke lijn is welk gesprek' });
		expect(
			legend
				.getByRole('listitem')
				.all()
				.map((li) => li.element().textContent?.trim())
		).toEqual(['Gesprek 1, 2 maart 2026', 'Gesprek 2, 13 april 2026', 'Gesprek 3, 25 mei 2026']);
		const drawn = lines(container);
		expect(drawn.map((l) => l.dataset.moment)).toEqual(['0', '1', '2']);
		// Never colour alone: each moment has its own dash (the latest solid).
		expect(new Set(drawn.map((l) => l.getAttribute('stroke-dasharray'))).size).toBe(3);
		expect(drawn[2]!.getAttribute('stroke-dasharray')).toBeNull();
		// Faces for Noor at every moment, as she is compared on the five faces.
		await expect
			.element(
				page
					.getByRole('group', { name: 'Veilig zijn' })
					.getByRole('img', { name: 'Gesprek 3, 25 mei 2026: Blij' })
			)
			.toBeInTheDocument();
		// A fourth moment cannot be added: the limit is three, and the screen says so.
		await expect.element(page.getByText('Kies hoogstens 3 gesprekken.')).toBeVisible();
	});

	it('for everyone, shows two moments and lets the coach choose which', async () => {
		const { container } = await render(OverTimeWheel, { view, childName: 'Noor' });
		await page.getByRole('radio', { name: 'Iedereen' }).click();
		await expect
			.element(page.getByRole('figure', { name: /iedereen bij twee gesprekken/ }))
			.toBeVisible();
		const legend = page.getByRole('list', { name: 'Wie en welk gesprek' });
		await expect
			.poll(() =>
				legend
					.getByRole('listitem')
					.all()
					.map((li) => li.element().textContent?.trim())
			)
			.toEqual(['Noor, gesprek 2', 'Noor, gesprek 3', 'Ans, gesprek 2', 'Ans, gesprek 3']);
		const first = page.getByRole('checkbox', { name: 'Gesprek 1, 2 maart 2026' });
		await expect.element(first).not.toBeChecked();
		await expect.element(first).toBeDisabled();
		await userEvent.click(page.getByRole('checkbox', { name: 'Gesprek 2, 13 april 2026' }));
		await expect.element(first).toBeEnabled();
		await first.click();
		await expect
			.poll(() => lines(container).map((l) => `${l.dataset.participant}`))
			.toEqual(['noor@0', 'noor@2', 'ans@0', 'ans@2']);
		// Per person the same marker and colour; the earlier moment dashed, the latest solid.
		const [n0, n2] = lines(container);
		expect(n0!.getAttribute('stroke')).toBe(n2!.getAttribute('stroke'));
		expect(n0!.getAttribute('stroke-dasharray')).not.toBeNull();
		expect(n2!.getAttribute('stroke-dasharray')).toBeNull();
	});
});

describe('ElementLines', () => {
	it("shows each person's line per element, with gaps where no answer was given", async () => {
		const { container } = await render(ElementLines, { view });
		const safe = page.getByRole('figure', { name: 'Veilig zijn' });
		const table = safe.getByRole('table', { name: /Veilig zijn/ });
		const rows = table.getByRole('row').all();
		const cells = (r: (typeof rows)[number]) =>
			[...r.element().querySelectorAll('th, td')].map((c) => c.textContent?.trim()).join(' | ');
		expect(rows.map(cells)).toEqual([
			'Wie | 1Gesprek 1, 2 maart 2026 | 2Gesprek 2, 13 april 2026 | 3Gesprek 3, 25 mei 2026',
			'Noor | Verdrietig | Gaat wel | Blij',
			'Ans | 5 | –geen antwoord | 8'
		]);
		// Ans's line for Veilig zijn breaks at the gap: two points, no segment through zero.
		const ansSafe = container
			.querySelectorAll('figure')[7]!
			.querySelector('path[data-person="ans"]');
		expect(ansSafe).toBeNull();
		const noorSafe = container
			.querySelectorAll('figure')[7]!
			.querySelector<SVGPathElement>('path[data-person="noor"]')!;
		expect(noorSafe.getAttribute('d')!.match(/[ML]/g)).toEqual(['M', 'L', 'L']);
		await expect
			.element(page.getByRole('list', { name: 'Wie is wie' }))
			.toHaveTextContent(/Noor.*Ans/);
	});
});

describe('ChangeSummary', () => {
	it('says in plain words what rose and fell most per person, and what became of the actions', async () => {
		await render(ChangeSummary, {
			view,
			actions: [
				{
					moment: 1,
					previousId: 'a',
					reviews: [
						{
							focus: { elementId: 'safe', childId: 'noor', goal: 'Veilig slapen', actions: [] },
							action: { id: 'x', what: 'Nachtlampje kopen', who: 'ans', when: '', support: '' },
							outcome: 'done',
							note: ''
						},
						{
							focus: { elementId: 'safe', childId: 'noor', goal: 'Veilig slapen', actions: [] },
							action: { id: 'y', what: 'Elke avond voorlezen', who: 'ans', when: '', support: '' },
							outcome: null,
							note: ''
						}
					]
				}
			],
			nameOf: (_c: string, who: string) => (who === 'ans' ? 'Ans' : who)
		});
		await expect
			.element(page.getByText('Van Gesprek 1, 2 maart 2026 tot Gesprek 3, 25 mei 2026.'))
			.toBeVisible();
		const child = page.getByRole('listitem').filter({ hasText: 'Noor' }).first();
		await expect.element(child).toHaveTextContent('Veilig zijn: Noor Verdrietig → Blij');
		await expect.element(child).toHaveTextContent('Een thuis hebben: Noor Blij → Gaat wel');
		await expect.element(page.getByText('Veilig zijn: Ans 5 → 8')).toBeVisible();
		await expect.element(page.getByText('Nachtlampje kopen (Ans): Gedaan')).toBeVisible();
		await expect
			.element(page.getByText('Elke avond voorlezen (Ans): nog niet bekeken'))
			.toBeVisible();
	});
});
