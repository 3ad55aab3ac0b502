import { describe, expect, it } from 'vitest';
import { emptyAnswer } from './answer';
import {
	actionSchema,
	agreementBlockers,
	chooseFor,
	defaultEvaluationDate,
	editPlan,
	emptyPlan,
	needsSafety,
	planPeople,
	planSchema,
	planStatus,
	setAgreement,
	type Plan
} from './plan';
import { newFocus, suggestFocus, suggestItems, suggestionKey } from './plan-suggestions';

const people = {
	participants: [
		{ id: 'kid', role: 'child' as const },
		{ id: 'mum', role: 'parent' as const }
	],
	children: ['kid']
};
const ACTION = { id: 'a1', what: 'Samen lezen', who: 'kid', when: '', support: '' };

/** A plan that can be agreed: one focus element with a goal and an action. */
function complete(plan: Plan): Plan {
	return {
		...plan,
		focus: [{ elementId: 'heard', childId: null, goal: 'Sam wordt gehoord', actions: [ACTION] }]
	};
}

describe('plan rules', () => {
	it('defaults the evaluation date to six weeks from today', () => {
		expect(defaultEvaluationDate(new Date(2026, 10, 23))).toBe('2027-01-04');
		expect(emptyPlan('c', 0, new Date(2026, 0, 31)).evaluationDate).toBe('2026-03-14');
	});

	it('is a concept until every participant agreed, then afgesproken', () => {
		let plan = complete(emptyPlan('c', 1));
		expect(planStatus(plan, ['kid', 'mum'])).toBe('concept');
		plan = setAgreement(plan, 'kid', true, 2);
		expect(planStatus(plan, ['kid', 'mum'])).toBe('concept');
		plan = setAgreement(plan, 'mum', true, 3);
		expect(planStatus(plan, ['kid', 'mum'])).toBe('agreed');
		expect(plan.agreements).toEqual([
			{ participantId: 'kid', at: 2 },
			{ participantId: 'mum', at: 3 }
		]);
		expect(planStatus(setAgreement(plan, 'kid', false, 4), ['kid', 'mum'])).toBe('concept');
		// A new participant has not agreed yet.
		expect(planStatus(plan, ['kid', 'mum', 'opa'])).toBe('concept');
	});

	it('also waits for every supporter on the plan: they have a part in it too', () => {
		const supporter = { id: 'mira', name: 'Juf Mira', relation: 'leerkracht' };
		let plan = { ...complete(emptyPlan('c', 1)), supporters: [supporter] };
		plan = setAgreement(setAgreement(plan, 'kid', true, 2), 'mum', true, 3);
		expect(planStatus(plan, ['kid', 'mum'])).toBe('concept');
		plan = setAgreement(plan, 'mira', true, 4);
		expect(planStatus(plan, ['kid', 'mum'])).toBe('agreed');
		// Everyone who agrees and may keep the overview: participants first, then supporters.
		expect(
			planPeople(
				[
					{ id: 'kid', name: 'Sam' },
					{ id: 'mum', name: 'Ans' }
				],
				plan
			)
		).toEqual([
			{ id: 'kid', name: 'Sam', supporter: false, relation: '' },
			{ id: 'mum', name: 'Ans', supporter: false, relation: '' },
			{ id: 'mira', name: 'Juf Mira', supporter: true, relation: 'leerkracht' }
		]);
	});

	it('clears every agreement on any edit after agreeing, and says so', () => {
		let plan = setAgreement(setAgreement(emptyPlan('c', 1), 'kid', true, 2), 'mum', true, 3);
		const edited = editPlan(plan, { planB: 'Dan bellen we opa' }, 4);
		expect(edited.agreementsCleared).toBe(true);
		expect(edited.plan.agreements).toEqual([]);
		expect(planStatus(edited.plan, ['kid', 'mum'])).toBe('concept');
		plan = edited.plan;
		expect(editPlan(plan, { planB: 'x' }, 5).agreementsCleared).toBe(false);
	});

	it('cannot be agreed without an evaluation date or a focus element', () => {
		const plan = { ...emptyPlan('c', 1), evaluationDate: null };
		expect(agreementBlockers(plan)).toEqual([{ kind: 'focus' }, { kind: 'evaluation' }]);
		expect(agreementBlockers(complete(emptyPlan('c', 1)))).toEqual([]);
	});

	it('names each focus element without a goal or an action, in the order of the wheel', () => {
		const plan = {
			...emptyPlan('c', 1),
			focus: [
				{ elementId: 'safe' as const, childId: null, goal: 'Veilig naar school', actions: [] },
				{ elementId: 'heard' as const, childId: null, goal: '  ', actions: [ACTION] }
			]
		};
		expect(agreementBlockers(plan)).toEqual([
			{ kind: 'goal', elementId: 'heard' },
			{ kind: 'action', elementId: 'safe' }
		]);
	});

	it('cannot be agreed while "Voor wie?" is still open; choosing closes it', () => {
		const plan = complete(emptyPlan('c', 1));
		const open = { ...plan, focus: [{ ...plan.focus[0]!, childOpen: true as const }] };
		expect(agreementBlockers(open)).toEqual([{ kind: 'forWhom', elementId: 'heard' }]);
		expect(planSchema.parse(open).focus[0]?.childOpen).toBe(true);
		const chosen = chooseFor(open.focus[0]!, 'noor');
		expect(chosen).toEqual({ ...plan.focus[0], childId: 'noor' });
		expect(chosen).not.toHaveProperty('childOpen');
		expect(agreementBlockers({ ...plan, focus: [chooseFor(open.focus[0]!, null)] })).toEqual([]);
		// A plan from before the choice was asked for has none: for whom it said still holds.
		expect(planSchema.parse(plan).focus[0]).not.toHaveProperty('childOpen');
	});

	it('is not agreed while an action is half-written, and an agreed plan without actions stays a concept', () => {
		const draft = { what: 'Samen lezen', who: '', when: '', support: '' };
		const plan = complete(emptyPlan('c', 1));
		const waiting = { ...plan, focus: [{ ...plan.focus[0]!, draft }] };
		expect(agreementBlockers(waiting)).toEqual([{ kind: 'draft', elementId: 'heard' }]);
		// An emptied draft does not block.
		const emptied = { ...plan, focus: [{ ...plan.focus[0]!, draft: { ...draft, what: ' ' } }] };
		expect(agreementBlockers(emptied)).toEqual([]);
		// Agreed in an older version with no action at all: not afgesproken.
		const old = {
			...emptyPlan('c', 1),
			focus: [{ elementId: 'heard' as const, childId: null, goal: 'x', actions: [] }]
		};
		const agreed = setAgreement(setAgreement(old, 'kid', true, 2), 'mum', true, 3);
		expect(planStatus(agreed, ['kid', 'mum'])).toBe('concept');
		expect(planStatus({ ...agreed, focus: complete(old).focus }, ['kid', 'mum'])).toBe('agreed');
	});

	it('stores an action draft with the plan and keeps its text as typed', () => {
		const plan = complete(emptyPlan('c', 1));
		const draft = { what: 'Elke dag\r\nlezen', who: 'kid', when: 'elke week', support: '' };
		const parsed = planSchema.parse({ ...plan, focus: [{ ...plan.focus[0]!, draft }] });
		expect(parsed.focus[0]?.draft).toEqual({ ...draft, what: 'Elke dag\nlezen' });
		// A plan from before drafts has none.
		expect(planSchema.parse(plan).focus[0]?.draft).toBeUndefined();
		expect(
			planSchema.safeParse({
				...plan,
				focus: [{ ...plan.focus[0]!, draft: { ...draft, what: 'x'.repeat(201) } }]
			}).success
		).toBe(false);
	});

	it('refuses an action without wat or wie, with a reason', () => {
		const noWhat = actionSchema.safeParse({ id: 'a', what: '  ', who: 'kid' });
		expect(noWhat.error?.issues[0]?.message).toBe('action.whatRequired');
		const noWho = actionSchema.safeParse({ id: 'a', what: 'Elke dag lezen', who: '' });
		expect(noWho.error?.issues[0]?.message).toBe('action.whoRequired');
		expect(actionSchema.parse({ id: 'a', what: ' Lezen ', who: 'kid' })).toEqual({
			id: 'a',
			what: 'Lezen',
			who: 'kid',
			when: '',
			support: ''
		});
	});

	it('allows at most three focus elements, each once, and only real dates', () => {
		const focus = (elementId: string) => ({ elementId, goal: '', actions: [] });
		const base = emptyPlan('c', 1);
		expect(
			planSchema.safeParse({ ...base, focus: ['heard', 'safe', 'home'].map(focus) }).success
		).toBe(true);
		expect(
			planSchema.safeParse({ ...base, focus: ['heard', 'safe', 'home', 'active'].map(focus) }).error
				?.issues[0]?.message
		).toBe('focus.max');
		expect(planSchema.safeParse({ ...base, focus: ['safe', 'safe'].map(focus) }).success).toBe(
			false
		);
		expect(planSchema.safeParse({ ...base, evaluationDate: '2026-02-30' }).success).toBe(false);
		expect(planSchema.safeParse({ ...base, evaluationDate: 'morgen' }).success).toBe(false);
	});

	it('asks for safety agreements when Veilig zijn is a focus or anyone scored it 4 or lower', () => {
		const plan = emptyPlan('c', 1);
		expect(needsSafety(plan, [{ elementId: 'safe', score: 5 }])).toBe(false);
		expect(needsSafety(plan, [{ elementId: 'safe', score: 4 }])).toBe(true);
		expect(needsSafety(plan, [{ elementId: 'home', score: 1 }])).toBe(false);
		expect(
			needsSafety({ focus: [{ elementId: 'safe', childId: null, goal: '', actions: [] }] }, [])
		).toBe(true);
	});
});

describe('plan suggestions', () => {
	const answers = [
		{
			...emptyAnswer('c', 'kid', 'heard', 0, 'kid'),
			strengths: 'Juf luistert <b>echt</b>',
			score: 3,
			wantsToTalk: true
		},
		{
			...emptyAnswer('c', 'mum', 'heard', 0, 'kid'),
			strengths: '  ',
			worries: 'Hij zegt weinig',
			score: 8
		},
		{ ...emptyAnswer('c', 'kid', 'safe', 0, 'kid'), worries: 'Donker fietspad', score: 4 },
		{ ...emptyAnswer('c', 'mum', 'safe', 0, 'kid'), score: 5 },
		{ ...emptyAnswer('c', 'mum', 'active', 0, 'kid'), strengths: 'Voetbal', score: 9 }
	];

	it('proposes strengths from "wat gaat goed" with who said them, words untouched', () => {
		const s = suggestItems(people, answers, emptyPlan('c', 1), 'strengths');
		expect(s).toEqual([
			{
				key: 'strengths:kid:heard',
				text: 'Juf luistert <b>echt</b>',
				participantId: 'kid',
				childId: 'kid',
				elementId: 'heard'
			},
			{
				key: 'strengths:mum:active',
				text: 'Voetbal',
				participantId: 'mum',
				childId: 'kid',
				elementId: 'active'
			}
		]);
	});

	it('proposes worries from "zorgen" and leaves out accepted and removed ones', () => {
		const plan = {
			...emptyPlan('c', 1),
			worries: [{ id: suggestionKey('worries', 'mum', 'heard'), text: 'Hij zegt weinig thuis' }],
			dismissed: [suggestionKey('worries', 'kid', 'safe')]
		};
		expect(suggestItems(people, answers, emptyPlan('c', 1), 'worries').map((s) => s.text)).toEqual([
			'Hij zegt weinig',
			'Donker fietspad'
		]);
		expect(suggestItems(people, answers, plan, 'worries')).toEqual([]);
	});

	it('proposes at most three focus elements from flags, differences and low scores', () => {
		const f = suggestFocus(people, answers);
		expect(f[0]).toEqual({
			elementId: 'heard',
			childId: 'kid',
			childIds: ['kid'],
			reasons: ['flagged', 'difference', 'low']
		});
		expect(f.map((x) => x.elementId)).toEqual(['heard', 'safe']);
		expect(f[1]?.reasons).toEqual(['low']);
	});

	describe('with two children', () => {
		const family = {
			participants: [
				{ id: 'noor', role: 'child' as const },
				{ id: 'daan', role: 'child' as const },
				{ id: 'mum', role: 'parent' as const }
			],
			children: ['noor', 'daan']
		};
		const two = [
			{ ...emptyAnswer('c', 'noor', 'active', 0, 'noor'), score: 8 },
			{
				...emptyAnswer('c', 'mum', 'active', 0, 'noor'),
				score: 4,
				worries: 'Noor zit veel binnen'
			},
			{ ...emptyAnswer('c', 'daan', 'active', 0, 'daan'), score: 9 },
			{ ...emptyAnswer('c', 'mum', 'active', 0, 'daan'), score: 9, worries: 'Daan wil te veel' },
			{ ...emptyAnswer('c', 'daan', 'home', 0, 'daan'), score: 3 },
			{ ...emptyAnswer('c', 'mum', 'home', 0, 'noor'), score: 4 }
		];

		it('proposes a focus for the child it came up for, and for the family when for both', () => {
			const f = suggestFocus(family, two);
			expect(f).toContainEqual({
				elementId: 'active',
				childId: 'noor',
				childIds: ['noor'],
				reasons: ['difference', 'low']
			});
			expect(f).toContainEqual({
				elementId: 'home',
				childId: null,
				childIds: ['noor', 'daan'],
				reasons: ['low']
			});
		});

		it('a chosen focus is for the child of its suggestion, else "Voor wie?" stays open', () => {
			const f = suggestFocus(family, two);
			const children = family.children;
			// Came up for Daan only: for Daan, even though Noor is the first child.
			const daanOnly = [
				{
					elementId: 'safe' as const,
					childId: 'daan',
					childIds: ['daan'],
					reasons: ['low' as const]
				}
			];
			expect(newFocus('safe', children, daanOnly)).toEqual({
				elementId: 'safe',
				childId: 'daan',
				goal: '',
				actions: []
			});
			expect(newFocus('active', children, f).childId).toBe('noor');
			// Came up for both: the whole family.
			expect(newFocus('home', children, f)).toEqual({
				elementId: 'home',
				childId: null,
				goal: '',
				actions: []
			});
			// Not suggested: nobody is picked silently; the group chooses.
			expect(newFocus('heard', children, f)).toEqual({
				elementId: 'heard',
				childId: null,
				childOpen: true,
				goal: '',
				actions: []
			});
			expect(
				agreementBlockers({ evaluationDate: '2027-01-01', focus: [newFocus('heard', children, f)] })
			).toContainEqual({ kind: 'forWhom', elementId: 'heard' });
			// One child: for that child; no child named: for everyone.
			expect(newFocus('heard', ['noor'], []).childId).toBe('noor');
			expect(newFocus('heard', [], [])).toEqual({
				elementId: 'heard',
				childId: null,
				goal: '',
				actions: []
			});
		});

		it('a taken-over note of an adult about the second child can be stored', () => {
			const [sanne, daan] = [crypto.randomUUID(), crypto.randomUUID()];
			const key = suggestionKey('worries', sanne, 'belonging', daan);
			const plan = {
				...emptyPlan('c', 1),
				worries: [{ id: key, text: 'Hij zit veel alleen', participantId: sanne, childId: daan }]
			};
			expect(planSchema.safeParse(plan).success).toBe(true);
			expect(planSchema.safeParse({ ...plan, dismissed: [key] }).success).toBe(true);
		});

		it('proposes each adult note about each child once, with a key per child', () => {
			const s = suggestItems(family, two, emptyPlan('c', 1), 'worries');
			expect(s.map((x) => [x.key, x.childId, x.text])).toEqual([
				['worries:mum:active', 'noor', 'Noor zit veel binnen'],
				['worries:mum:daan:active', 'daan', 'Daan wil te veel']
			]);
		});

		it('an accepted note about the second child can be stored: its key holds two app ids', () => {
			const [mum, daan] = [crypto.randomUUID(), crypto.randomUUID()];
			const key = suggestionKey('strengths', mum, 'responsibility', daan);
			const plan = {
				...emptyPlan('c', 1),
				strengths: [{ id: key, text: 'Daan helpt mee', participantId: mum, childId: daan }]
			};
			expect(planSchema.safeParse(plan).success).toBe(true);
		});
	});
});
