import { describe, expect, it } from 'vitest';
import {
	actionCarried,
	carryOverAction,
	carryOverGoal,
	carryOverOffers,
	goalCarried,
	offerState
} from './carry-over';
import { emptyPlan, planSchema, type Focus, type Plan } from './plan';
import type { LookBack } from './series';

const focus = (elementId: Focus['elementId'], extra: Partial<Focus> = {}): Focus => ({
	elementId,
	childId: null,
	goal: '',
	actions: [],
	...extra
});
const act = (id: string, who = 'mama', what = `Actie ${id}`) => ({
	id,
	what,
	who,
	when: 'elke week',
	support: ''
});

const previous: Plan = {
	...emptyPlan('prev', 1),
	supporters: [{ id: 'juf', name: 'Mira', relation: 'leerkracht' }],
	focus: [
		focus('safe', {
			childId: 'noor',
			goal: 'Noor voelt zich veilig thuis',
			actions: [act('a1'), act('a2'), act('a3'), act('a4', 'juf')]
		}),
		focus('heard', { goal: 'Iedereen komt aan het woord', actions: [act('a5')] }),
		focus('belonging', { goal: 'Samen spelen', actions: [act('a6', 'opa')] })
	]
};
const lookBack: LookBack = {
	previousId: 'prev',
	actions: [
		{ actionId: 'a1', outcome: 'done', note: '' },
		{ actionId: 'a2', outcome: 'partly', note: 'twee keer' },
		{ actionId: 'a3', outcome: 'notNeeded', note: '' },
		{ actionId: 'a5', outcome: 'notDone', note: '' }
	],
	goals: [
		{ elementId: 'safe', rating: -1 },
		{ elementId: 'heard', rating: 0 }
	]
};
// Opa did not come to the follow-up; Noor, mama and papa did.
const context = { participants: ['noor', 'mama', 'papa'], children: ['noor'] };

describe('carryOverOffers', () => {
	it('offers the actions not done, partly done or not looked back at, and goals not reached', () => {
		const offers = carryOverOffers(previous, lookBack);
		expect(offers.actions.map((o) => [o.action.id, o.outcome])).toEqual([
			['a2', 'partly'],
			['a4', null],
			['a5', 'notDone'],
			['a6', null]
		]);
		// "zoals we hoopten" (0) is reached; an unrated goal is still offered.
		expect(offers.goals.map((g) => [g.focus.elementId, g.rating])).toEqual([
			['safe', -1],
			['belonging', null]
		]);
	});

	it('offers everything without a look-back, and no goal that was never written', () => {
		const offers = carryOverOffers({ focus: [focus('safe', { actions: [act('x')] })] }, undefined);
		expect(offers.actions).toHaveLength(1);
		expect(offers.goals).toEqual([]);
	});
});

describe('carryOverAction', () => {
	const offers = carryOverOffers(previous, lookBack);
	const offer = (id: string) => offers.actions.find((o) => o.action.id === id)!;

	it('adds the action with a new id and carriedFrom, with its focus element for the same child', () => {
		const plan = emptyPlan('next', 2);
		const r = carryOverAction(plan, previous, offer('a2'), 'n1', context);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.change.focus).toEqual([
			focus('safe', {
				childId: 'noor',
				actions: [{ ...act('n1'), what: 'Actie a2', carriedFrom: 'a2' }]
			})
		]);
		// The new plan still reads as a plan.
		expect(planSchema.parse({ ...plan, ...r.change }).focus[0]!.actions[0]!.carriedFrom).toBe('a2');
	});

	it('never takes the same action twice', () => {
		const first = carryOverAction(emptyPlan('next', 2), previous, offer('a2'), 'n1', context);
		if (!first.ok) throw new Error('expected ok');
		const plan = { ...emptyPlan('next', 2), ...first.change };
		expect(actionCarried(plan, 'a2')).toBe(true);
		expect(carryOverAction(plan, previous, offer('a2'), 'n2', context)).toEqual({
			ok: false,
			reason: 'already'
		});
	});

	it('puts it under a focus element the new plan already has, keeping what is there', () => {
		const plan = {
			...emptyPlan('next', 2),
			focus: [focus('safe', { goal: 'Nieuw doel', actions: [act('own')] })]
		};
		const r = carryOverAction(plan, previous, offer('a5'), 'n1', context);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.change.focus.map((f) => f.elementId)).toEqual(['safe', 'heard']);
		const r2 = carryOverAction({ ...plan, ...r.change }, previous, offer('a2'), 'n2', context);
		if (!r2.ok) throw new Error('expected ok');
		expect(r2.change.focus[0]!.goal).toBe('Nieuw doel');
		expect(r2.change.focus[0]!.actions.map((a) => a.id)).toEqual(['own', 'n2']);
	});

	it('brings a supporter along who does the action', () => {
		const r = carryOverAction(emptyPlan('next', 2), previous, offer('a4'), 'n1', context);
		if (!r.ok) throw new Error('expected ok');
		expect(r.change.supporters).toEqual(previous.supporters);
	});

	it('says so when who does it is not there any more, or when three focus elements are full', () => {
		expect(carryOverAction(emptyPlan('next', 2), previous, offer('a6'), 'n1', context)).toEqual({
			ok: false,
			reason: 'gone'
		});
		const full = {
			...emptyPlan('next', 2),
			focus: [focus('healthy'), focus('home'), focus('active')]
		};
		expect(carryOverAction(full, previous, offer('a2'), 'n1', context)).toEqual({
			ok: false,
			reason: 'full'
		});
	});

	it('drops the child when that child is not in the follow-up', () => {
		const r = carryOverAction(emptyPlan('next', 2), previous, offer('a2'), 'n1', {
			participants: ['mama'],
			children: []
		});
		if (!r.ok) throw new Error('expected ok');
		expect(r.change.focus[0]!.childId).toBeNull();
	});
});

describe('carryOverGoal', () => {
	const [safe] = carryOverOffers(previous, lookBack).goals;

	it('adds the focus element with the goal, once', () => {
		const r = carryOverGoal(emptyPlan('next', 2), safe!, context);
		if (!r.ok) throw new Error('expected ok');
		expect(r.change.focus).toEqual([
			focus('safe', { childId: 'noor', goal: 'Noor voelt zich veilig thuis' })
		]);
		const plan = { ...emptyPlan('next', 2), ...r.change };
		expect(goalCarried(plan, safe!.focus)).toBe(true);
		expect(carryOverGoal(plan, safe!, context)).toEqual({ ok: false, reason: 'already' });
	});

	it('fills an empty goal, never replaces one the group wrote', () => {
		const empty = { ...emptyPlan('next', 2), focus: [focus('safe', { actions: [act('x')] })] };
		const r = carryOverGoal(empty, safe!, context);
		if (!r.ok) throw new Error('expected ok');
		expect(r.change.focus[0]!.actions).toHaveLength(1);
		expect(r.change.focus[0]!.goal).toBe('Noor voelt zich veilig thuis');
		const own = { ...emptyPlan('next', 2), focus: [focus('safe', { goal: 'Eigen doel' })] };
		expect(carryOverGoal(own, safe!, context)).toEqual({ ok: false, reason: 'ownGoal' });
	});
});

describe('offerState', () => {
	it('says open until taken, then already', () => {
		const offers = carryOverOffers(previous, lookBack);
		const o = { kind: 'action' as const, offer: offers.actions[0]! };
		const plan = emptyPlan('next', 2);
		expect(offerState(plan, previous, o, context)).toBe('open');
		const r = carryOverAction(plan, previous, o.offer, 'n1', context);
		if (!r.ok) throw new Error('expected ok');
		expect(offerState({ ...plan, ...r.change }, previous, o, context)).toBe('already');
	});
});

describe('actionSchema carriedFrom', () => {
	it('reads an action stored before carriedFrom existed unchanged', () => {
		const stored = { ...emptyPlan('old', 1), focus: [focus('safe', { actions: [act('a')] })] };
		const read = planSchema.parse(JSON.parse(JSON.stringify(stored)));
		expect(read.focus[0]!.actions[0]).toEqual(act('a'));
		expect('carriedFrom' in read.focus[0]!.actions[0]!).toBe(false);
	});
});
