import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { describe, expect, it } from 'vitest';
import {
	carryOverAction,
	carryOverGoal,
	carryOverOffers,
	type ActionOffer,
	type GoalOffer
} from '$lib/domain/carry-over';
import { emptyPlan, type Plan } from '$lib/domain/plan';
import type { LookBack } from '$lib/domain/series';
import CarryOverSection from './carry-over-section.svelte';

const act = (id: string, what: string, who = 'mama') => ({ id, what, who, when: '', support: '' });
const previous: Plan = {
	...emptyPlan('prev', 1),
	focus: [
		{
			elementId: 'safe',
			childId: 'noor',
			goal: 'Noor voelt zich veilig',
			actions: [
				act('a1', 'Elke avond even praten'),
				act('a2', 'Een rustig plekje maken'),
				act('a3', 'Opa haalt Noor op', 'opa')
			]
		},
		{
			elementId: 'heard',
			childId: null,
			goal: 'Iedereen komt aan het woord',
			actions: [act('a4', 'Gezinsoverleg op zondag')]
		}
	]
};
const lookBack: LookBack = {
	previousId: 'prev',
	actions: [
		{ actionId: 'a1', outcome: 'done', note: '' },
		{ actionId: 'a2', outcome: 'partly', note: '' },
		{ actionId: 'a4', outcome: 'notDone', note: '' }
	],
	goals: [
		{ elementId: 'safe', rating: -1 },
		{ elementId: 'heard', rating: 1 }
	]
};
const context = { participants: ['noor', 'mama'], children: ['noor'] };
const names: Record<string, string> = { mama: 'Mama', noor: 'Noor', opa: 'Opa' };

/** The section as the builder uses it: a tap changes the plan, which comes back in. */
async function mount() {
	let plan = emptyPlan('next', 2);
	let n = 0;
	const screen = await render(CarryOverSection, {
		props: {
			plan,
			previous,
			offers: carryOverOffers(previous, lookBack),
			context,
			nameOf: (id: string) => names[id] ?? '?',
			onaction: (o: ActionOffer) => {
				const r = carryOverAction(plan, previous, o, `new-${++n}`, context);
				if (r.ok) plan = { ...plan, ...r.change };
				void screen.rerender({ plan });
			},
			ongoal: (o: GoalOffer) => {
				const r = carryOverGoal(plan, o, context);
				if (r.ok) plan = { ...plan, ...r.change };
				void screen.rerender({ plan });
			}
		}
	});
	return { current: () => plan };
}

describe('CarryOverSection', () => {
	it('lists what is unfinished, per focus element, with how it went', async () => {
		await mount();
		await expect.element(page.getByRole('heading', { name: 'Uit het vorige plan' })).toBeVisible();
		await expect.element(page.getByText('Een rustig plekje maken (Mama)')).toBeVisible();
		await expect.element(page.getByText('Deels')).toBeVisible();
		await expect.element(page.getByText('Gezinsoverleg op zondag (Mama)')).toBeVisible();
		await expect.element(page.getByText('Slechter dan we hoopten')).toBeVisible();
		// Done actions and goals reached are not offered.
		expect(page.getByText('Elke avond even praten').elements()).toHaveLength(0);
		expect(page.getByText('Doel: Iedereen komt aan het woord').elements()).toHaveLength(0);
	});

	it('takes an action over with one tap, once, and says so', async () => {
		const { current } = await mount();
		const take = page.getByRole('button', { name: 'Neem over: Een rustig plekje maken' });
		await take.click();
		const taken = page.getByRole('button', { name: 'Overgenomen: Een rustig plekje maken' });
		await expect.element(taken).toBeVisible();
		await expect.element(taken).toHaveAttribute('aria-disabled', 'true');
		await expect.element(taken).toHaveFocus();
		// A second tap (here: Enter on the focused button) takes nothing twice.
		await userEvent.keyboard('{Enter}');
		const actions = current().focus.flatMap((f) => f.actions);
		expect(actions).toHaveLength(1);
		expect(actions[0]).toMatchObject({ what: 'Een rustig plekje maken', carriedFrom: 'a2' });
	});

	it('takes a goal over, and tells why an action cannot be taken', async () => {
		const { current } = await mount();
		await page.getByRole('button', { name: 'Neem over: doel bij Veilig zijn' }).click();
		await expect
			.element(page.getByRole('button', { name: 'Overgenomen: doel bij Veilig zijn' }))
			.toBeVisible();
		expect(current().focus[0]).toMatchObject({ elementId: 'safe', goal: 'Noor voelt zich veilig' });
		await expect.element(page.getByText(/Opa doet nu niet mee/)).toBeVisible();
		expect(page.getByRole('button', { name: /Opa haalt Noor op/ }).elements()).toHaveLength(0);
	});
});
