import { describe, expect, it } from 'vitest';
import { emptyAnswer } from '$lib/domain/answer';
import { conversationSchema } from '$lib/domain/conversation';
import { emptyPlan, setAgreement } from '$lib/domain/plan';
import { language } from '$lib/i18n';
import { buildPlanDocument, planFileName } from './plan-document';
import {
	followUpWithoutPrevious,
	HOSTILE,
	PREVIOUS_AT,
	sampleFollowUpDocument,
	samplePlanDocument
} from '$test/plan-fixture';

const conversation = conversationSchema.parse({
	id: 'c1',
	kind: 'family',
	title: 'Gezin J.',
	mode: 'turns',
	revealed: ['heard'],
	participants: [
		{ id: 'kid', name: 'Sam', role: 'child', ageGroup: '4-7' },
		{ id: 'mum', name: 'Ans', role: 'parent' },
		{ id: 'juf', name: 'Mira', role: 'network', relation: 'juf' }
	],
	createdAt: 1000,
	updatedAt: 1000
});

const plan = setAgreement(
	{
		...emptyPlan('c1', 1, new Date(2026, 10, 23)),
		strengths: [{ id: 's', text: 'Juf <b>luistert</b>', participantId: 'kid', elementId: 'heard' }],
		worries: [{ id: 'w', text: 'Eigen zorg' }],
		supporters: [{ id: 'opa', name: 'Kees', relation: 'opa' }],
		focus: [
			{
				elementId: 'safe',
				childId: null,
				goal: 'Veilig naar school',
				actions: [{ id: 'a2', what: 'Samen fietsen', who: 'opa', when: 'elke dag', support: 'mum' }]
			},
			{
				elementId: 'heard',
				childId: 'kid',
				goal: 'Meer vertellen',
				actions: [
					{ id: 'a1', what: 'Tekening maken', who: 'kid', when: '', support: 'de buurvrouw' }
				]
			}
		],
		regisseur: 'mum'
	},
	'kid',
	true,
	5000
);

describe('buildPlanDocument', () => {
	const doc = buildPlanDocument(
		conversation,
		[
			{ ...emptyAnswer('c1', 'kid', 'heard'), score: 8 },
			{ ...emptyAnswer('c1', 'mum', 'safe'), score: 2 }
		],
		plan,
		9000
	);

	it('resolves ids to names and keeps user text exactly as typed', () => {
		expect(doc.title).toBe('Gezin J.');
		expect(doc.regisseur).toBe('Ans');
		expect(doc.strengths).toEqual([
			{ text: 'Juf <b>luistert</b>', by: 'Sam', element: 'Gehoord worden' }
		]);
		expect(doc.worries).toEqual([{ text: 'Eigen zorg' }]);
		expect(doc.participants.map((p) => [p.name, p.role, p.child, p.faces])).toEqual([
			['Sam', 'Kind of jongere', true, true],
			['Ans', 'Ouder of verzorger', false, false],
			['Mira', 'juf', false, false]
		]);
	});

	it('orders focus elements as on the wheel, with who does what', () => {
		expect(doc.focus.map((f) => f.element)).toEqual(['Gehoord worden', 'Veilig zijn']);
		expect(doc.focus[0]?.actions[0]).toEqual({
			what: 'Tekening maken',
			who: 'Sam',
			whoId: 'kid',
			byChild: true,
			when: '',
			support: 'de buurvrouw'
		});
		expect(doc.focus[1]?.actions[0]).toMatchObject({
			who: 'Kees (opa)',
			byChild: false,
			support: 'Ans'
		});
	});

	it('lists every participant’s and supporter’s agreement, and is a concept until all agreed', () => {
		expect(doc.agreements).toEqual([
			{ name: 'Sam', at: 5000 },
			{ name: 'Ans', at: null },
			{ name: 'Mira', at: null },
			{ name: 'Kees (opa)', at: null }
		]);
		expect(doc.status).toBe('concept');
		// Kees does an action: the plan is afgesproken only once he agreed too.
		const all = ['mum', 'juf'].reduce((p, id) => setAgreement(p, id, true, 6000), plan);
		expect(buildPlanDocument(conversation, [], all, 9000).status).toBe('concept');
		const agreed = buildPlanDocument(conversation, [], setAgreement(all, 'opa', true, 7000), 9000);
		expect(agreed.status).toBe('agreed');
		expect(agreed.agreements.at(-1)).toEqual({ name: 'Kees (opa)', at: 7000 });
	});

	it('leaves hidden ("om de beurt", not revealed) scores off the wheel', () => {
		expect(doc.wheels.flatMap((w) => w.answers).map((a) => a.elementId)).toEqual(['heard']);
	});
});

describe('planFileName', () => {
	// The browser keeps every download's name in its history, in the clear (issue 11, item 6).
	it('names the file by the plan, the local day and time, never by the conversation', () => {
		const late = new Date(2026, 10, 23, 23, 5);
		expect(planFileName(late, 'pdf')).toBe('gedragen-plan-2026-11-23-2305.pdf');
		expect(planFileName(new Date(2027, 0, 5, 9, 30), 'html')).toBe(
			'gedragen-plan-2027-01-05-0930.html'
		);
		// Two plans made on one day at different times get different names.
		expect(planFileName(new Date(2026, 10, 23, 9, 0), 'pdf')).not.toBe(planFileName(late, 'pdf'));
	});

	it('names the file in the app language, also the child version', async () => {
		const day = new Date(2026, 10, 23, 14, 30);
		expect(planFileName(day, 'pdf', 'child')).toBe('mijn-plan-2026-11-23-1430.pdf');
		try {
			await language.set('en', false);
			expect(planFileName(day, 'pdf')).toBe('shared-plan-2026-11-23-1430.pdf');
			expect(planFileName(day, 'pdf', 'child')).toBe('my-plan-2026-11-23-1430.pdf');
			// Arabic uses the English words: file names stay ASCII.
			await language.set('ar', false);
			expect(planFileName(day, 'html')).toBe('shared-plan-2026-11-23-1430.html');
		} finally {
			await language.set('nl', false);
		}
	});
});

describe('plan fixture', () => {
	it('keeps every hostile string exactly as typed', () => {
		const doc = samplePlanDocument();
		// Focus elements come in wheel order: Gehoord worden before Erbij horen.
		expect(doc.focus.map((f) => f.elementId)).toEqual(['heard', 'belonging']);
		expect(doc.focus[0]!.goal).toBe(HOSTILE.script);
		expect(doc.focus[1]!.actions[2]).toMatchObject({ what: HOSTILE.svg, who: HOSTILE.img });
		expect(doc.participants.map((p) => p.name)).toContain(HOSTILE.hebrew);
		expect(doc.focus[1]!.actions[1]!.who).toBe('Bart (leerkracht)');
	});
});

describe('buildPlanDocument with the previous plan (terugblik)', () => {
	const review = sampleFollowUpDocument().review!;

	it('says what became of every previous action, with who, outcome and note', () => {
		expect(review.previousAt).toBe(PREVIOUS_AT);
		expect(review.actions.map((a) => [a.element, a.who, a.what, a.outcome, a.note])).toEqual([
			['Gehoord worden', 'Mama', 'Gezinsoverleg op zondag', 'notDone', ''],
			['Gehoord worden', 'Opa', 'Opa belt op woensdag', 'notNeeded', ''],
			[
				'Veilig zijn',
				'Noor',
				'Een tekening maken van een veilige plek',
				'done',
				'Hangt boven mijn bed'
			],
			['Veilig zijn', 'Mama', 'Elke avond even praten', 'partly', 'Lukte drie keer per week']
		]);
		expect(review.goals.map((g) => [g.elementId, g.rating])).toEqual([
			['heard', -1],
			['safe', 1]
		]);
	});

	it('compares per person on the previous focus elements, a child once on faces on faces', () => {
		expect(review.changes.map((c) => [c.elementId, c.name, c.from, c.to, c.faces])).toEqual([
			['heard', 'Mama', 6, 5, false],
			// Noor answered with faces last time (4 → the face at 4), numbers now (8 → the face at 8).
			['safe', 'Noor', 4, 8, true],
			['safe', 'Mama', 5, 7, false]
		]);
	});

	it('draws everyone now and last time; someone who left keeps only last time', () => {
		const [wheel] = review.wheels;
		expect(wheel!.lines.map((l) => [l.name, l.moment])).toEqual([
			['Noor', 'now'],
			['Noor', 'before'],
			['Mama', 'now'],
			['Mama', 'before'],
			['Opa', 'before']
		]);
		expect(wheel!.lines[1]!.values.safe).toBe(4);
		// A gap, never a zero.
		expect(wheel!.lines[1]!.values.heard).toBeNull();
	});

	it('has no terugblik without the previous plan', () => {
		expect(followUpWithoutPrevious().review).toBeUndefined();
	});
});
