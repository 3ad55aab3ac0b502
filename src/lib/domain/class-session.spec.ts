import { describe, expect, it } from 'vitest';
import { ELEMENT_IDS, type ElementId } from './elements';
import {
	A_FEW,
	addCount,
	audienceOfLevel,
	canUndoRound,
	cancelRound,
	classAgreementSchema,
	classAgreementsSchema,
	classElementResultSchema,
	classSessionSchema,
	closeRound,
	distribution,
	emptyAgreements,
	emptyBallot,
	emptyCounts,
	emptyResult,
	facesToConfirm,
	faceCountsSchema,
	hasPendingPick,
	medianFace,
	needsConfirmation,
	nextInSeries,
	overPresent,
	passOn,
	pickFace,
	projected,
	roundTotal,
	seriesOf,
	startRound,
	subtractCount,
	totalOf,
	undoLastRound,
	classRecordSchema,
	classMedians,
	classProgress,
	newClassRecord,
	resultFor,
	withResult,
	type BallotState,
	type ClassElementResult,
	type FaceCounts
} from './class-session';
import type { Face } from './score';

const SESSION = {
	id: 's1',
	group: '  groep 7 ',
	level: 'po-boven',
	present: 24,
	elements: ['safe', 'heard', 'belonging'],
	createdAt: 1,
	updatedAt: 1
};

function counts(c: Partial<Record<Face, number>>): FaceCounts {
	return { ...emptyCounts(), ...c };
}

function firstError(
	schema: { safeParse(v: unknown): { error?: { issues: { message: string }[] } } },
	v: unknown
) {
	return schema.safeParse(v).error?.issues[0]?.message;
}

/** Every value in `state`, recursively; fails the test on any array (a list could hold votes). */
function leaves(value: unknown, out: unknown[] = []): unknown[] {
	expect(Array.isArray(value)).toBe(false);
	if (typeof value === 'object' && value !== null)
		for (const v of Object.values(value)) leaves(v, out);
	else out.push(value);
	return out;
}

describe('class session', () => {
	it('keeps the group as trimmed free text, the level, those present and the elements in the teacher’s order', () => {
		const s = classSessionSchema.parse(SESSION);
		expect(s.group).toBe('groep 7');
		expect(s.elements).toEqual(['safe', 'heard', 'belonging']);
		expect(s.present).toBe(24);
		expect(s.sequence).toBe(1);
		expect(s.seriesId).toBeUndefined();
		expect(classSessionSchema.parse({ ...SESSION, present: undefined }).present).toBeUndefined();
	});

	it('asks each level the questions written for its age', () => {
		expect(audienceOfLevel('po-onder')).toBe('child-4-7');
		expect(audienceOfLevel('po-boven')).toBe('child-8-12');
		expect(audienceOfLevel('vo')).toBe('youth-12-18');
	});

	it('refuses an empty or too long group name, and an unknown level', () => {
		expect(firstError(classSessionSchema, { ...SESSION, group: '   ' })).toBe('name.empty');
		expect(firstError(classSessionSchema, { ...SESSION, group: 'x'.repeat(41) })).toBe(
			'name.tooLong'
		);
		expect(firstError(classSessionSchema, { ...SESSION, level: 'mbo' })).toBe('level.required');
	});

	it('refuses a number present that is not a whole number from 1 to 60', () => {
		for (const present of [0, -3, 2.5, 61, 1e9, '24', Number.NaN])
			expect(firstError(classSessionSchema, { ...SESSION, present })).toBe('present.invalid');
		expect(classSessionSchema.safeParse({ ...SESSION, present: 60 }).success).toBe(true);
		expect(classSessionSchema.safeParse({ ...SESSION, present: 1 }).success).toBe(true);
	});

	it('needs one to eight elements, each once', () => {
		expect(firstError(classSessionSchema, { ...SESSION, elements: [] })).toBe('elements.required');
		expect(
			firstError(classSessionSchema, { ...SESSION, elements: ['safe', 'heard', 'safe'] })
		).toBe('elements.duplicate');
		expect(classSessionSchema.safeParse({ ...SESSION, elements: ['school'] }).success).toBe(false);
		const all = [...ELEMENT_IDS];
		expect(classSessionSchema.safeParse({ ...SESSION, elements: all }).success).toBe(true);
		expect(classSessionSchema.safeParse({ ...SESSION, elements: [...all, 'safe'] }).success).toBe(
			false
		);
	});

	it('holds no pupil list: an extra field is not kept', () => {
		const s = classSessionSchema.parse({ ...SESSION, pupils: ['Sam', 'Noor'] });
		expect(s).not.toHaveProperty('pupils');
	});

	it('keeps a repeated session in the series of the first one', () => {
		const first = classSessionSchema.parse(SESSION);
		expect(seriesOf(first)).toEqual({ seriesId: 's1', sequence: 1 });
		const second = nextInSeries(first, 's2', 50);
		expect(classSessionSchema.parse(second)).toEqual(second);
		expect(second).toMatchObject({ id: 's2', group: 'groep 7', seriesId: 's1', sequence: 2 });
		expect(second.present).toBeUndefined();
		const third = nextInSeries(second, 's3', 60);
		expect(seriesOf(third)).toEqual({ seriesId: 's1', sequence: 3 });
		expect(firstError(classSessionSchema, { ...SESSION, sequence: 0 })).toBe('sequence.invalid');
		expect(firstError(classSessionSchema, { ...SESSION, sequence: 1.5 })).toBe('sequence.invalid');
	});
});

describe('counts per face', () => {
	it('never go below 0 and stay whole numbers', () => {
		let c = emptyCounts();
		c = subtractCount(c, 3);
		expect(c[3]).toBe(0);
		c = addCount(addCount(c, 3), 3);
		c = subtractCount(c, 3, 5);
		expect(c[3]).toBe(0);
		expect(addCount(c, 2, 0.5)[2]).toBe(0);
		expect(addCount(c, 2, -4)[2]).toBe(0);
		expect(subtractCount(counts({ 2: 3 }), 2, -4)[2]).toBe(3);
		expect(addCount(c, 5, 4)).toEqual(counts({ 5: 4 }));
	});

	it('asks to confirm a count above 60 on one face', () => {
		expect(needsConfirmation(60)).toBe(false);
		expect(needsConfirmation(61)).toBe(true);
		expect(facesToConfirm(counts({ 1: 61, 3: 60, 5: 99 }))).toEqual([1, 5]);
	});

	it('says kindly by how much the counts exceed those present', () => {
		expect(overPresent(counts({ 2: 10, 4: 16 }), 24)).toEqual({ total: 26, present: 24, over: 2 });
		expect(overPresent(counts({ 2: 10, 4: 14 }), 24)).toBeNull();
		expect(overPresent(counts({ 2: 100 }), undefined)).toBeNull();
	});

	it('gives counts and shares per face, saddest first', () => {
		const d = distribution(counts({ 1: 1, 4: 3 }));
		expect(d.total).toBe(4);
		expect(d.faces).toEqual([
			{ face: 1, count: 1, share: 0.25 },
			{ face: 2, count: 0, share: 0 },
			{ face: 3, count: 0, share: 0 },
			{ face: 4, count: 3, share: 0.75 },
			{ face: 5, count: 0, share: 0 }
		]);
		expect(distribution(emptyCounts()).faces.every((f) => f.share === 0)).toBe(true);
	});

	it('finds the middle face; an even split gives the lower face; nothing counted gives none', () => {
		expect(medianFace(emptyCounts())).toBeNull();
		expect(medianFace(counts({ 4: 1 }))).toBe(4);
		expect(medianFace(counts({ 1: 1, 3: 1, 5: 1 }))).toBe(3);
		expect(medianFace(counts({ 2: 5, 5: 5 }))).toBe(2);
		expect(medianFace(counts({ 2: 5, 5: 6 }))).toBe(5);
		expect(medianFace(counts({ 1: 2, 4: 1, 5: 1 }))).toBe(1);
		expect(medianFace(counts({ 1: 1, 4: 2, 5: 1 }))).toBe(4);
	});

	it('shows one or two on the digiboard as "een paar", so nobody can point at a child', () => {
		expect(projected(0)).toBe(0);
		expect(projected(1)).toBe(A_FEW);
		expect(projected(2)).toBe('een paar');
		expect(projected(3)).toBe(3);
		expect(projected(24)).toBe(24);
	});

	it('refuses negative, fractional, huge and text counts', () => {
		for (const bad of [-1, 1.5, 1000, 1e12, '3', null, Number.POSITIVE_INFINITY])
			expect(firstError(faceCountsSchema, { ...emptyCounts(), 3: bad })).toBe('count.invalid');
		expect(faceCountsSchema.safeParse({ 1: 0, 2: 0, 3: 0, 4: 0 }).success).toBe(false);
		expect(faceCountsSchema.parse(counts({ 5: 999 }))[5]).toBe(999);
	});
});

describe('element results', () => {
	it('hold only totals and notes: anything else is not kept', () => {
		const r = classElementResultSchema.parse({
			elementId: 'safe',
			counts: counts({ 2: 3 }),
			notes: 'Op het plein is het soms onrustig.',
			votes: [2, 2, 2]
		});
		expect(Object.keys(r).sort()).toEqual(['counts', 'elementId', 'notes']);
		expect(classElementResultSchema.parse({ elementId: 'heard' })).toEqual(emptyResult('heard'));
		expect(
			firstError(classElementResultSchema, { elementId: 'heard', notes: 'x'.repeat(2001) })
		).toBe('text.tooLong');
	});
});

describe('secret ballot', () => {
	function vote(state: BallotState, ...faces: Face[]): BallotState {
		for (const f of faces) state = passOn(pickFace(state, f));
		return state;
	}

	it('counts a pick only after "Geef door", and a pupil may change it before', () => {
		let s = startRound(emptyBallot(), 'safe');
		s = pickFace(s, 1);
		s = pickFace(s, 4);
		expect(hasPendingPick(s)).toBe(true);
		expect(roundTotal(s)).toBe(0);
		s = passOn(s);
		expect(hasPendingPick(s)).toBe(false);
		expect(s.round?.running).toEqual(counts({ 4: 1 }));
		// Tapping "Geef door" again without a face adds nothing.
		expect(passOn(s)).toEqual(s);
	});

	it('holds only totals and the one current pick, never a list or order of votes', () => {
		const shapeAfter = (faces: Face[]) => {
			const s = pickFace(vote(startRound(emptyBallot(), 'safe'), ...faces), 3);
			return { s, values: leaves(s) };
		};
		const one = shapeAfter([2]);
		const six = shapeAfter([5, 1, 5, 2, 5, 4]);
		// The same fields whether one or six pupils voted: nothing grows with each vote.
		expect(six.values.length).toBe(one.values.length);
		expect(Object.keys(six.s.round ?? {}).sort()).toEqual(['elementId', 'pick', 'running']);
		expect(six.s.round?.running).toEqual(counts({ 1: 1, 2: 1, 4: 1, 5: 3 }));
		expect(six.s.round?.pick).toBe(3);
		// Two orders of the same votes leave exactly the same state.
		expect(vote(startRound(emptyBallot(), 'safe'), 1, 5, 5)).toEqual(
			vote(startRound(emptyBallot(), 'safe'), 5, 1, 5)
		);
	});

	it('closing a round adds exactly its votes to the element’s counts', () => {
		const before: ClassElementResult = { ...emptyResult('safe'), counts: counts({ 3: 2, 5: 1 }) };
		const s = vote(startRound(emptyBallot(), 'safe'), 5, 5, 1, 3, 4, 4);
		const closed = closeRound(pickFace(s, 2), before);
		expect(closed?.result.counts).toEqual(counts({ 1: 1, 3: 3, 4: 2, 5: 3 }));
		expect(totalOf(closed!.result.counts) - totalOf(before.counts)).toBe(6);
		expect(closed?.state.round).toBeNull();
		// The face tapped but not passed on did not count.
		expect(closed?.result.counts[2]).toBe(0);
	});

	it('does not close into another element or without a round', () => {
		expect(closeRound(emptyBallot(), emptyResult('safe'))).toBeNull();
		expect(closeRound(startRound(emptyBallot(), 'safe'), emptyResult('heard'))).toBeNull();
	});

	it('undo removes exactly the last round, as a whole, and only once', () => {
		const hands: ClassElementResult = { ...emptyResult('safe'), counts: counts({ 2: 4, 4: 10 }) };
		const first = closeRound(vote(startRound(emptyBallot(), 'safe'), 1, 2), hands)!;
		const second = closeRound(vote(startRound(first.state, 'safe'), 4, 4, 5), first.result)!;
		expect(second.result.counts).toEqual(counts({ 1: 1, 2: 5, 4: 12, 5: 1 }));
		const undone = undoLastRound(second.state, second.result)!;
		expect(undone.result.counts).toEqual(first.result.counts);
		expect(undoLastRound(undone.state, undone.result)).toBeNull();
		expect(canUndoRound(undone.state, undone.result)).toBe(false);
	});

	it('cannot undo when the counts were lowered by hand below the round, or for another element', () => {
		const r = closeRound(vote(startRound(emptyBallot(), 'safe'), 5, 5), emptyResult('safe'))!;
		const lowered = { ...r.result, counts: subtractCount(r.result.counts, 5) };
		expect(canUndoRound(r.state, lowered)).toBe(false);
		expect(undoLastRound(r.state, lowered)).toBeNull();
		expect(undoLastRound(r.state, emptyResult('heard'))).toBeNull();
	});

	it('a cancelled round counts nothing; a round already open is not restarted', () => {
		let s = vote(startRound(emptyBallot(), 'safe'), 3, 3);
		expect(startRound(s, 'heard')).toBe(s);
		s = cancelRound(s);
		expect(s.round).toBeNull();
		expect(closeRound(s, emptyResult('safe'))).toBeNull();
	});
});

describe('klassenafspraken', () => {
	const A = { id: 'a1', what: '  We laten iedereen meedoen ', who: 'klas' };

	it('keeps wat, wie (class, teacher or a named role) and wanneer', () => {
		expect(classAgreementSchema.parse(A)).toEqual({
			id: 'a1',
			what: 'We laten iedereen meedoen',
			who: 'klas',
			when: ''
		});
		expect(classAgreementSchema.parse({ ...A, who: 'leerkracht', when: 'elke maandag' }).who).toBe(
			'leerkracht'
		);
		expect(
			classAgreementSchema.parse({ ...A, who: { role: ' klassenvertegenwoordigers ' } }).who
		).toEqual({ role: 'klassenvertegenwoordigers' });
	});

	it('says what is missing with the plan’s message keys', () => {
		expect(firstError(classAgreementSchema, { ...A, what: '  ' })).toBe('action.whatRequired');
		expect(firstError(classAgreementSchema, { ...A, what: 42 })).toBe('action.whatRequired');
		expect(firstError(classAgreementSchema, { ...A, what: 'x'.repeat(201) })).toBe('text.tooLong');
		expect(firstError(classAgreementSchema, { ...A, who: undefined })).toBe('action.whoRequired');
		expect(firstError(classAgreementSchema, { ...A, who: 'iedereen' })).toBe('action.whoRequired');
		expect(classAgreementSchema.safeParse({ ...A, who: { role: '   ' } }).success).toBe(false);
		expect(firstError(classAgreementSchema, { ...A, when: 'x'.repeat(81) })).toBe('text.tooLong');
	});

	it('looks back on a real day, six weeks ahead by default', () => {
		expect(emptyAgreements(new Date(2026, 10, 23))).toEqual({
			agreements: [],
			lookBackDate: '2027-01-04'
		});
		expect(classAgreementsSchema.parse({ lookBackDate: '2027-02-28' }).lookBackDate).toBe(
			'2027-02-28'
		);
		expect(firstError(classAgreementsSchema, { lookBackDate: '2027-02-30' })).toBe('date.invalid');
		expect(firstError(classAgreementsSchema, { lookBackDate: 'volgende week' })).toBe(
			'date.invalid'
		);
		const many = Array.from({ length: 21 }, (_, i) => ({ ...A, id: `a${i}` }));
		expect(firstError(classAgreementsSchema, { agreements: many })).toBe('agreements.max');
	});
});

describe('the stored class record', () => {
	const session = classSessionSchema.parse({
		id: 's1',
		group: 'groep 7',
		level: 'po-boven',
		present: 24,
		elements: [ELEMENT_IDS[7], ELEMENT_IDS[0]],
		createdAt: 1,
		updatedAt: 1
	});
	const [first, second] = session.elements as [ElementId, ElementId];

	it('starts with nothing said and a look-back date six weeks on', () => {
		const r = newClassRecord(session, new Date(2026, 0, 1));
		expect(r.results).toEqual([]);
		expect(r.agreements.lookBackDate).toBe('2026-02-12');
		expect(classProgress(r)).toBe(0);
		expect(classMedians(r)).toEqual({});
	});

	it('keeps one result per element, in the session order, and counts progress', () => {
		let r = newClassRecord(session, new Date(2026, 0, 1));
		r = withResult(r, { ...emptyResult(second), notes: 'Veel gepraat' });
		r = withResult(r, { ...emptyResult(first), counts: { 1: 0, 2: 1, 3: 4, 4: 10, 5: 9 } });
		expect(r.results.map((x) => x.elementId)).toEqual([first, second]);
		expect(classProgress(r)).toBe(2);
		expect(classMedians(r)).toEqual({ [first]: 4 });
		expect(resultFor(r, second).notes).toBe('Veel gepraat');
		expect(classRecordSchema.parse(r)).toEqual(r);
	});

	it('draws no middle face for one or two choices: it would say what they chose', () => {
		let r = newClassRecord(session, new Date(2026, 0, 1));
		r = withResult(r, { ...emptyResult(first), counts: { 1: 1, 2: 0, 3: 0, 4: 0, 5: 0 } });
		r = withResult(r, { ...emptyResult(second), counts: { 1: 0, 2: 0, 3: 1, 4: 1, 5: 0 } });
		expect(classMedians(r)).toEqual({});
		r = withResult(r, { ...emptyResult(second), counts: { 1: 0, 2: 0, 3: 1, 4: 1, 5: 1 } });
		expect(classMedians(r)).toEqual({ [second]: 4 });
	});

	it('refuses a result for an element the session does not discuss, or twice', () => {
		const other = ELEMENT_IDS.find((e) => !session.elements.includes(e))!;
		const r = newClassRecord(session, new Date(2026, 0, 1));
		expect(classRecordSchema.safeParse({ ...r, results: [emptyResult(other)] }).success).toBe(
			false
		);
		expect(
			classRecordSchema.safeParse({ ...r, results: [emptyResult(first), emptyResult(first)] })
				.success
		).toBe(false);
	});

	it('refuses two agreements with the same id and anything that is not a count', () => {
		const r = newClassRecord(session, new Date(2026, 0, 1));
		const a = { id: 'a', what: 'We laten elkaar uitpraten', who: 'klas', when: '' };
		expect(
			classRecordSchema.safeParse({ ...r, agreements: { agreements: [a, a], lookBackDate: null } })
				.success
		).toBe(false);
		const bad = { ...emptyResult(first), counts: { ...emptyCounts(), 3: 'Sam' } };
		expect(classRecordSchema.safeParse({ ...r, results: [bad] }).success).toBe(false);
		const extra = { ...emptyResult(first), votes: [3, 4] };
		expect(classRecordSchema.parse({ ...r, results: [extra] }).results[0]).not.toHaveProperty(
			'votes'
		);
	});
});
