import { afterEach, describe, expect, it } from 'vitest';
import {
	latestOfSeries,
	actionReviews,
	dueForLookBack,
	goalRatingFor,
	dueState,
	followUpLink,
	hasEarlierInSeries,
	lookBackProgress,
	lookBackSchema,
	outcomesOf,
	seriesMembers,
	seriesOf,
	unfinishedActions,
	withActionLookBack,
	withGoalRating
} from './series';
import { emptyPlan } from './plan';

describe('dueState', () => {
	it('is none without a date or with a broken one', () => {
		expect(dueState(null, new Date(2026, 2, 1))).toBe('none');
		expect(dueState('2026-13-45', new Date(2026, 2, 1))).toBe('none');
	});
	it('says soon within seven days, overdue from the day after', () => {
		const today = new Date(2026, 2, 1, 12);
		expect(dueState('2026-03-09', today)).toBe('later');
		expect(dueState('2026-03-08', today)).toBe('soon');
		expect(dueState('2026-03-01', today)).toBe('soon');
		expect(dueState('2026-02-28', today)).toBe('overdue');
	});
	it('uses the local calendar day, also just after midnight and across the DST change', () => {
		// 29 March 2026 00:30 local: the last Sunday of March (DST in Europe); a 23-hour day.
		const justAfterMidnight = new Date(2026, 2, 29, 0, 30);
		expect(dueState('2026-03-28', justAfterMidnight)).toBe('overdue');
		expect(dueState('2026-03-29', justAfterMidnight)).toBe('soon');
		const lateEvening = new Date(2026, 2, 28, 23, 59);
		expect(dueState('2026-03-28', lateEvening)).toBe('soon');
		expect(dueState('2026-04-05', new Date(2026, 2, 29, 23, 30))).toBe('soon');
		expect(dueState('2026-04-06', new Date(2026, 2, 29, 23, 30))).toBe('later');
	});
});

describe('dueState in other time zones', () => {
	const zones = ['Europe/Amsterdam', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata'];
	const before = process.env.TZ;
	afterEach(() => {
		process.env.TZ = before;
	});
	it.each(zones)('counts calendar days on the device in %s, DST included', (zone) => {
		process.env.TZ = zone;
		// Late in the evening and just after midnight of local days around both DST changes.
		for (const [y, mo, d] of [
			[2026, 2, 28],
			[2026, 9, 24],
			[2026, 3, 4]
		] as const) {
			const evening = new Date(y, mo, d, 23, 45);
			const day = `${y}-${String(mo + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
			expect(dueState(day, evening)).toBe('soon');
			expect(dueState(day, new Date(y, mo, d + 1, 0, 15))).toBe('overdue');
			const week = new Date(y, mo, d + 8, 12);
			const inAWeek = `${week.getFullYear()}-${String(week.getMonth() + 1).padStart(2, '0')}-${String(week.getDate()).padStart(2, '0')}`;
			expect(dueState(inAWeek, new Date(y, mo, d, 0, 5))).toBe('later');
		}
	});
});

describe('series link', () => {
	it('a conversation without a link starts its own series; a follow-up joins it', () => {
		const first = { id: 'a', createdAt: 1 };
		expect(seriesOf(first)).toBe('a');
		const link = followUpLink(first);
		expect(link).toEqual({ seriesId: 'a', sequence: 2 });
		const second = { id: 'b', createdAt: 2, ...link };
		expect(followUpLink(second)).toEqual({ seriesId: 'a', sequence: 3 });
		const all = [
			{ id: 'c', createdAt: 3, ...followUpLink(second) },
			second,
			first,
			{ id: 'x', createdAt: 0 }
		];
		expect(seriesMembers(all, 'a').map((c) => c.id)).toEqual(['a', 'b', 'c']);
	});

	it('knows whether an earlier conversation of the series is there (only then: Verloop)', () => {
		const first = { id: 'a', createdAt: 1 };
		const second = { id: 'b', createdAt: 2, ...followUpLink(first) };
		expect(hasEarlierInSeries([second, first], 'b')).toBe(true);
		expect(hasEarlierInSeries([second, first], 'a')).toBe(false);
		// The first one deleted: nothing earlier to compare with.
		expect(hasEarlierInSeries([second], 'b')).toBe(false);
		expect(hasEarlierInSeries([first], 'nobody')).toBe(false);
	});
});

describe('unfinishedActions', () => {
	it('carries over what was not done, partly done or not looked back at', () => {
		const plan = emptyPlan('c', Date.UTC(2026, 0, 1));
		plan.focus = [
			{
				elementId: 'heard',
				childId: null,
				goal: 'g',
				actions: ['a1', 'a2', 'a3', 'a4', 'a5'].map((id) => ({
					id,
					what: id,
					who: 'p',
					when: '',
					support: ''
				}))
			}
		] as typeof plan.focus;
		const kept = unfinishedActions(plan, {
			a1: 'done',
			a2: 'partly',
			a3: 'notDone',
			a4: 'notNeeded'
		});
		expect(kept.map((k) => k.action.id)).toEqual(['a2', 'a3', 'a5']);
	});
});

describe('the series link in the conversation record', () => {
	const base = {
		id: 'b',
		kind: 'family',
		title: 'Vervolg',
		participants: [{ id: 'p1', name: 'Noor', role: 'child', ageGroup: '8-12' }],
		createdAt: 1,
		updatedAt: 1
	};
	it('is optional (old records and backups) and kept when present', async () => {
		const { conversationSchema } = await import('./conversation');
		const old = conversationSchema.parse(base);
		expect(old.seriesId).toBeUndefined();
		const linked = conversationSchema.parse({ ...base, seriesId: 'a', sequence: 2 });
		expect(linked).toMatchObject({ seriesId: 'a', sequence: 2 });
		expect(conversationSchema.safeParse({ ...base, sequence: 0 }).success).toBe(false);
	});
});

describe('latestOfSeries', () => {
	it('keeps one conversation per series: the highest sequence, the newest on a tie', () => {
		const got = latestOfSeries([
			{ id: 'a', createdAt: 1 },
			{ id: 'b', seriesId: 'a', sequence: 2, createdAt: 5 },
			{ id: 'c', seriesId: 'a', sequence: 3, createdAt: 3 },
			{ id: 'd', createdAt: 2 },
			{ id: 'e', seriesId: 'd', sequence: 2, createdAt: 4 },
			{ id: 'f', seriesId: 'd', sequence: 2, createdAt: 6 },
			{ id: 'g', createdAt: 7 }
		]);
		expect(got.map((e) => e.id).sort()).toEqual(['c', 'f', 'g']);
	});
});

describe('dueForLookBack', () => {
	const today = new Date(2026, 4, 20, 9);
	const entry = (id: string, evaluationDate: string | null, more = {}) => ({
		id,
		createdAt: 1,
		evaluationDate,
		...more
	});

	it('lists past and near look-back dates, most overdue first, and not the later ones', () => {
		const due = dueForLookBack(
			[
				entry('a', '2026-05-25'),
				entry('b', '2026-05-01'),
				entry('c', '2026-06-30'),
				entry('d', null)
			],
			today
		);
		expect(due.map((e) => [e.id, e.due])).toEqual([
			['b', 'overdue'],
			['a', 'soon']
		]);
	});

	it('leaves a conversation out once a follow-up in its series was started', () => {
		const due = dueForLookBack(
			[
				entry('first', '2026-05-01'),
				entry('second', null, { seriesId: 'first', sequence: 2 }),
				entry('other', '2026-05-02')
			],
			today
		);
		expect(due.map((e) => e.id)).toEqual(['other']);
	});

	it('lists the follow-up itself when its own plan is due', () => {
		const due = dueForLookBack(
			[
				entry('first', '2026-03-01'),
				entry('second', '2026-05-19', { seriesId: 'first', sequence: 2 })
			],
			today
		);
		expect(due.map((e) => e.id)).toEqual(['second']);
	});
});

describe('look-back at the previous plan', () => {
	const plan = {
		...emptyPlan('c1', 1),
		focus: [
			{
				elementId: 'safe' as const,
				childId: null,
				goal: 'Rustig slapen',
				actions: [
					{ id: 'a1', what: 'Voorlezen', who: 'p1', when: '', support: '' },
					{ id: 'a2', what: 'Lamp aan', who: 'p2', when: '', support: '' }
				]
			}
		]
	};
	const empty = lookBackSchema.parse({ previousId: 'c1' });

	it('marks actions and rates goals, each change on its own', () => {
		let lb = withActionLookBack(empty, 'a1', { outcome: 'done' });
		lb = withActionLookBack(lb, 'a1', { note: 'Elke avond' });
		lb = withActionLookBack(lb, 'a2', { outcome: 'partly' });
		lb = withGoalRating(lb, 'safe', 1);
		lb = withGoalRating(lb, 'safe', 2);
		expect(lb.actions).toEqual([
			{ actionId: 'a1', outcome: 'done', note: 'Elke avond' },
			{ actionId: 'a2', outcome: 'partly', note: '' }
		]);
		expect(lb.goals).toEqual([{ elementId: 'safe', rating: 2 }]);
		expect(lookBackProgress(plan, lb)).toEqual({ done: 3, total: 3 });
		expect(unfinishedActions(plan, outcomesOf(lb)).map((x) => x.action.id)).toEqual(['a2']);
	});

	it('lists every action with what became of it, also those not looked back at', () => {
		let lb = withActionLookBack(empty, 'a2', { outcome: 'notNeeded', note: 'Hoeft niet meer' });
		lb = withGoalRating(lb, 'safe', -1);
		expect(
			actionReviews(plan, lb).map((r) => [r.focus.elementId, r.action.what, r.outcome, r.note])
		).toEqual([
			['safe', 'Voorlezen', null, ''],
			['safe', 'Lamp aan', 'notNeeded', 'Hoeft niet meer']
		]);
		expect(actionReviews(plan, undefined).map((r) => r.outcome)).toEqual([null, null]);
		expect(goalRatingFor(lb, 'safe')).toBe(-1);
		expect(goalRatingFor(lb, 'home')).toBeNull();
		expect(goalRatingFor(undefined, 'safe')).toBeNull();
	});

	it('counts a note without an outcome as not looked back at yet', () => {
		const lb = withActionLookBack(empty, 'a1', { note: 'Weet ik niet' });
		expect(lookBackProgress(plan, lb)).toEqual({ done: 0, total: 3 });
	});

	it('refuses a rating outside the five steps and a note that is too long', () => {
		expect(
			lookBackSchema.safeParse({ previousId: 'c1', goals: [{ elementId: 'safe', rating: 3 }] })
				.success
		).toBe(false);
		expect(
			lookBackSchema.safeParse({
				previousId: 'c1',
				actions: [{ actionId: 'a1', outcome: 'done', note: 'x'.repeat(201) }]
			}).success
		).toBe(false);
		expect(
			lookBackSchema.safeParse({
				previousId: 'c1',
				actions: [{ actionId: 'a1', outcome: 'maybe' }]
			}).success
		).toBe(false);
	});
});
