import { describe, expect, it } from 'vitest';
import type { ElementId } from './elements';
import { emptyPlan, type Plan } from './plan';
import type { LookBack } from './series';
import {
	actionsOverSeries,
	answeredMoments,
	changeSummary,
	changesFor,
	comparable,
	defaultMoments,
	overlayLines,
	seriesView,
	startingMoments,
	type MomentInput,
	type PersonSummary
} from './series-change';

const noor = { id: 'noor', name: 'Noor', role: 'child' as const, ageGroup: '8-12' as const };
const ans = { id: 'ans', name: 'Ans', role: 'parent' as const };
const eva = { id: 'eva', name: 'Eva', role: 'coach' as const };

function moment(
	id: string,
	sequence: number,
	participants: MomentInput['participants'],
	scores: Record<string, Partial<Record<ElementId, number | null>>>,
	children = ['noor']
): MomentInput {
	return {
		id,
		sequence,
		createdAt: sequence * 1000,
		participants,
		children,
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

describe('seriesView', () => {
	it('leaves out what the group has not seen together: an element never revealed in "om de beurt" is a gap', () => {
		const view = seriesView(
			[
				{
					...moment('a', 1, [noor, ans], {
						noor: { heard: 6, home: 2 },
						ans: { heard: 7, home: 8 }
					}),
					mode: 'turns',
					revealed: ['heard']
				},
				{
					...moment('b', 2, [noor, ans], { noor: { heard: 7, home: 1 }, ans: { home: 10 } }),
					mode: 'turns',
					revealed: []
				}
			],
			'noor'
		);
		expect(view.values.noor!.heard).toEqual([6, null]);
		expect(view.values.noor!.home).toEqual([null, null]);
		expect(view.values.ans!.home).toEqual([null, null]);
		expect(changesFor(view, 'noor', 0, 1)).toEqual([]);
	});

	it('puts the moments in series order and the child first', () => {
		const view = seriesView(
			[
				moment('b', 2, [noor, ans], { ans: { safe: 6 }, noor: { safe: 7 } }),
				moment('a', 1, [noor, ans], { ans: { safe: 5 }, noor: { safe: 4 } })
			],
			'noor'
		);
		expect(view.moments.map((m) => m.id)).toEqual(['a', 'b']);
		expect(view.people.map((p) => p.id)).toEqual(['noor', 'ans']);
		expect(view.values.noor!.safe).toEqual([4, 7]);
		expect(view.values.ans!.safe).toEqual([5, 6]);
	});

	it('keeps unanswered moments as gaps, never zeros', () => {
		const view = seriesView(
			[
				moment('a', 1, [noor, ans], { noor: { safe: 4, home: null } }),
				moment('b', 2, [noor, ans], { noor: { home: 8 }, ans: { home: 7 } })
			],
			'noor'
		);
		expect(view.values.noor!.safe).toEqual([4, null]);
		expect(view.values.noor!.home).toEqual([null, 8]);
		expect(view.values.ans!.safe).toEqual([null, null]);
	});

	it('knows who joined or left between moments', () => {
		const view = seriesView(
			[
				moment('a', 1, [noor, ans], { noor: { safe: 4 }, ans: { safe: 5 } }),
				moment('b', 2, [noor, eva], { noor: { safe: 6 }, eva: { safe: 6 } })
			],
			'noor'
		);
		const present = Object.fromEntries(view.people.map((p) => [p.id, p.present]));
		expect(present).toEqual({ noor: [true, true], ans: [true, false], eva: [false, true] });
	});

	it('leaves out moments about another child and people without answers about this one', () => {
		const view = seriesView(
			[moment('a', 1, [noor, ans, eva], { noor: { safe: 4 } }), moment('x', 2, [ans], {}, ['sam'])],
			'noor'
		);
		expect(view.moments.map((m) => m.id)).toEqual(['a']);
		expect(view.people.map((p) => p.id)).toEqual(['noor']);
	});

	it('compares a child who moved from faces to numbers on faces, and says so', () => {
		const young = { ...noor, ageGroup: '4-7' as const };
		const view = seriesView(
			[
				moment('a', 1, [young], { noor: { safe: 4 } }),
				moment('b', 2, [noor], { noor: { safe: 7 } })
			],
			'noor'
		);
		const child = view.people[0]!;
		expect(child.scale).toBe('faces');
		expect(child.scaleChanged).toBe(true);
		expect(child.ageGroup).toBe('8-12');
		// 7 is the face "Blij" (8 on the wheel); faces move in steps of one face.
		expect(view.values.noor!.safe).toEqual([4, 8]);
		expect(changesFor(view, 'noor', 0, 1)).toEqual([
			{ elementId: 'safe', from: 4, to: 8, delta: 2 }
		]);
	});

	it('does not call faces at every moment a change of scale', () => {
		const young = { ...noor, ageGroup: '4-7' as const };
		const view = seriesView(
			[
				moment('a', 1, [young], { noor: { safe: 4 } }),
				moment('b', 2, [young], { noor: { safe: 6 } })
			],
			'noor'
		);
		expect(view.people[0]).toMatchObject({ scale: 'faces', scaleChanged: false });
	});
});

describe('comparable', () => {
	it('keeps numbers and rounds to a face on the faces scale', () => {
		expect(comparable(7, 'numbers')).toBe(7);
		expect(comparable(7, 'faces')).toBe(8);
		expect(comparable(1, 'faces')).toBe(2);
		expect(comparable(null, 'faces')).toBeNull();
	});
});

describe('changeSummary', () => {
	const view = seriesView(
		[
			moment('a', 1, [noor, ans], {
				noor: { safe: 4, home: 7, healthy: 6, heard: 5, belonging: 8 },
				ans: { safe: 6 }
			}),
			moment('b', 2, [noor, ans], { noor: { safe: 6 } }),
			moment('c', 3, [noor, ans], {
				noor: { safe: 7, home: 5, healthy: 6, heard: 9, belonging: 9 },
				ans: { safe: 6 }
			})
		],
		'noor'
	);

	it('names the biggest rises and falls per person, first moment to the latest', () => {
		const [child, parent] = changeSummary(view) as [PersonSummary, PersonSummary];
		expect(child.person.name).toBe('Noor');
		expect(child.compared).toBe(5);
		expect(child.rose.map((c) => [c.elementId, c.from, c.to])).toEqual([
			['heard', 5, 9],
			['safe', 4, 7],
			['belonging', 8, 9]
		]);
		expect(child.fell.map((c) => [c.elementId, c.from, c.to])).toEqual([['home', 7, 5]]);
		expect(parent.rose).toEqual([]);
		expect(parent.fell).toEqual([]);
		expect(parent.compared).toBe(1);
	});

	it('compares any two moments and leaves out who has nothing at both', () => {
		const summary = changeSummary(view, 0, 1);
		expect(summary.map((s) => s.person.id)).toEqual(['noor']);
		expect(summary[0]!.rose.map((c) => c.elementId)).toEqual(['safe']);
	});

	it('has nothing to say about one moment', () => {
		expect(changeSummary(view, 2, 2)).toEqual([]);
		expect(changeSummary(seriesView([moment('a', 1, [noor], {})], 'noor'))).toEqual([]);
	});
});

describe('wheel over time', () => {
	it('draws the first, the one before the latest and the latest for one person', () => {
		expect(defaultMoments(1, true)).toEqual([0]);
		expect(defaultMoments(3, true)).toEqual([0, 1, 2]);
		expect(defaultMoments(5, true)).toEqual([0, 3, 4]);
		expect(defaultMoments(5, false)).toEqual([3, 4]);
		expect(defaultMoments(0, false)).toEqual([]);
	});

	const view = seriesView(
		[1, 2, 3, 4].map((n) =>
			moment(`m${n}`, n, [noor, ans], { noor: { safe: n + 3 }, ans: { safe: n + 4 } })
		),
		'noor'
	);

	it('holds the limits whatever is asked: three moments for one, two for everyone', () => {
		const one = overlayLines(view, { personId: 'noor', moments: [3, 0, 1, 2, 2, 9, -1] });
		expect(one.map((l) => l.moment)).toEqual([1, 2, 3]);
		expect(one.map((l) => l.values.safe)).toEqual([5, 6, 7]);
		const all = overlayLines(view, { moments: [0, 1, 3] });
		expect(all.map((l) => [l.personId, l.moment])).toEqual([
			['noor', 1],
			['noor', 3],
			['ans', 1],
			['ans', 3]
		]);
		expect(all[0]!.values.home).toBeNull();
	});

	it('draws nothing for someone not in the series', () => {
		expect(overlayLines(view, { personId: 'nobody', moments: [0] })).toEqual([]);
	});
});

describe('who answered when', () => {
	const view = seriesView(
		[
			moment('a', 1, [noor, ans], { noor: { safe: 4 }, ans: { safe: null } }),
			moment('b', 2, [noor, ans], { noor: { safe: 5 } }),
			moment('c', 3, [noor, ans], { noor: { home: 6 }, ans: { safe: 7 } }),
			moment('d', 4, [noor, ans], { noor: { safe: 8 }, ans: { safe: 6 } })
		],
		'noor'
	);

	it('lists the moments with at least one score ("nog geen antwoord" is none)', () => {
		expect(answeredMoments(view, 'noor')).toEqual([0, 1, 2, 3]);
		expect(answeredMoments(view, 'ans')).toEqual([2, 3]);
		expect(answeredMoments(view, 'nobody')).toEqual([]);
	});

	it('starts the wheel over time on moments the person answered', () => {
		expect(startingMoments(view, 'noor')).toEqual([0, 2, 3]);
		expect(startingMoments(view, 'ans')).toEqual([2, 3]);
		expect(startingMoments(view, null)).toEqual([2, 3]);
	});
});

describe('actionsOverSeries', () => {
	const sam = { id: 'sam', name: 'Sam', role: 'child' as const, ageGroup: '8-12' as const };
	const plan = (id: string): Plan => ({
		...emptyPlan(id, 1),
		focus: [
			{
				elementId: 'safe',
				childId: 'noor',
				goal: 'Veilig slapen',
				actions: [{ id: 'x1', what: 'Nachtlampje', who: 'ans', when: '', support: '' }]
			},
			{
				elementId: 'active',
				childId: null,
				goal: 'Samen buiten',
				actions: [{ id: 'x2', what: 'Wandelen', who: 'ans', when: '', support: '' }]
			},
			{
				elementId: 'heard',
				childId: 'sam',
				goal: '',
				actions: [{ id: 'x3', what: 'Praten met Sam', who: 'ans', when: '', support: '' }]
			}
		]
	});
	const lookBack: LookBack = {
		previousId: 'a',
		actions: [{ actionId: 'x1', outcome: 'done', note: '' }],
		goals: []
	};
	const inputs = [
		moment('a', 1, [noor, sam, ans], { noor: { safe: 4 } }, ['noor', 'sam']),
		{ ...moment('b', 2, [noor, sam, ans], { noor: { safe: 6 } }, ['noor', 'sam']), lookBack },
		moment('c', 3, [noor, sam, ans], { noor: { safe: 7 } }, ['noor', 'sam'])
	];

	it("gives the look-back's actions for this child and the whole family, at the follow-up", () => {
		const view = seriesView(inputs, 'noor');
		const out = actionsOverSeries(view, inputs, (id) => (id === 'a' ? plan('a') : undefined));
		expect(out.map((o) => [o.moment, o.previousId])).toEqual([[1, 'a']]);
		expect(out[0]!.reviews.map((r) => [r.action.what, r.outcome])).toEqual([
			['Nachtlampje', 'done'],
			['Wandelen', null]
		]);
	});

	it('has nothing to say when the previous plan is gone from the device', () => {
		const view = seriesView(inputs, 'noor');
		expect(actionsOverSeries(view, inputs, () => undefined)).toEqual([]);
	});
});
