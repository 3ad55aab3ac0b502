import type { Answer } from '$lib/domain/answer';
import { conversationSchema } from '$lib/domain/conversation';
import { ELEMENT_IDS, type ElementId } from '$lib/domain/elements';
import { planSchema, type Plan } from '$lib/domain/plan';
import { buildPlanDocument, type PlanDocument } from '$lib/export/plan-document';

/*
 * A realistic plan, built through the real schemas and buildPlanDocument, with hostile and
 * awkward text in every kind of field. Shared by the export and plan-sheet tests.
 */

export const HOSTILE = {
	script: '<script>alert(1)</script>',
	img: '<img src=x onerror=alert(1)>',
	svg: '"><svg onload=alert(1)>',
	long: 'Superlang'.repeat(22).slice(0, 200),
	arabic: 'مريم تحب المدرسة',
	hebrew: 'נועה',
	emoji: 'Voetbal ⚽️ met papa 👨‍👧'
};

/** 23 November 2026, 10:30 local time. */
export const CONVERSATION_AT = new Date(2026, 10, 23, 10, 30).getTime();
/** 24 November 2026, 09:00 local time. */
export const GENERATED_AT = new Date(2026, 10, 24, 9, 0).getTime();

const conversation = conversationSchema.parse({
	id: 'c1',
	kind: 'family',
	title: 'Gezin Jansen',
	mode: 'open',
	participants: [
		{ id: 'noe', name: 'Noë', role: 'child', ageGroup: '8-12' },
		{ id: 'lotje', name: 'Lotje', role: 'child', ageGroup: '4-7' },
		{ id: 'sanne', name: 'Sanne', role: 'parent' },
		{ id: 'fatima', name: 'Fatima', role: 'coach' },
		{ id: 'img', name: HOSTILE.img, role: 'network', relation: 'buurvrouw' },
		{ id: 'noa', name: HOSTILE.hebrew, role: 'network', relation: 'oma' }
	],
	// Two children at one table: each answers about themself, the adults here about Noë.
	children: ['noe', 'lotje'],
	createdAt: CONVERSATION_AT,
	updatedAt: CONVERSATION_AT
});

const SCORES: Record<string, (number | null)[]> = {
	noe: [7, 4, 6, 8, 9, 7, 6, 8],
	lotje: [8, 6, null, 10, 10, 8, 8, 6],
	sanne: [6, 3, 7, 6, 8, 6, 7, 8],
	fatima: [6, 5, 6, 7, null, null, 6, 7],
	img: [null, null, null, null, null, null, null, null],
	noa: [9, 7, 8, 8, 9, 8, 9, 9]
};

const answers: Answer[] = Object.entries(SCORES).flatMap(([participantId, scores]) =>
	ELEMENT_IDS.map((elementId, k) => ({
		conversationId: 'c1',
		participantId,
		childId: participantId === 'lotje' ? 'lotje' : 'noe',
		elementId,
		score: scores[k] ?? null,
		strengths: '',
		worries: '',
		wishes: '',
		wantsToTalk: false,
		updatedAt: CONVERSATION_AT
	}))
);

const plan = planSchema.parse({
	conversationId: 'c1',
	strengths: [
		{
			id: 's1',
			text: 'Noë is creatief en tekent graag.',
			participantId: 'sanne',
			childId: 'noe',
			elementId: 'developing'
		},
		{ id: 's2', text: HOSTILE.emoji, participantId: 'noe', childId: 'noe', elementId: 'active' },
		{ id: 's3', text: `Een heel lang woord: ${HOSTILE.long}` }
	],
	worries: [
		{
			id: 'w1',
			text: 'In de pauze speelt Noë vaak alleen.\nSoms wordt ze uitgelachen.',
			participantId: 'noe',
			elementId: 'belonging'
		},
		{ id: 'w2', text: HOSTILE.script, participantId: 'img' },
		{ id: 'w3', text: HOSTILE.arabic, elementId: 'home' }
	],
	focus: [
		{
			elementId: 'belonging',
			childId: 'noe',
			goal: 'Noë heeft in de pauze iemand om mee te spelen.',
			actions: [
				{
					id: 'a1',
					what: 'Noë vraagt een klasgenoot om samen te spelen',
					who: 'noe',
					when: 'elke dinsdag',
					support: 'sanne'
				},
				{
					id: 'a2',
					what: 'De leerkracht praat met de klas over pesten',
					who: 'bart',
					when: '2026-12-04',
					support: ''
				},
				{ id: 'a3', what: HOSTILE.svg, who: 'img', when: '', support: HOSTILE.script }
			]
		},
		{
			elementId: 'heard',
			childId: null,
			goal: HOSTILE.script,
			actions: [
				{
					id: 'a4',
					what: 'Elke avond tien minuten samen praten over de dag',
					who: 'sanne',
					when: 'elke avond',
					support: ''
				},
				{
					id: 'a5',
					what: 'Lotje tekent hoe haar dag was',
					who: 'lotje',
					when: 'na school',
					support: 'Noë'
				}
			]
		}
	],
	supporters: [{ id: 'bart', name: 'Bart', relation: 'leerkracht' }],
	planB: 'Als het niet lukt, bellen we Fatima.\nZij plant dan een nieuw gesprek. 📞',
	safety: 'Sanne zorgt dat Noë na school altijd iemand thuis treft.',
	regisseur: 'sanne',
	evaluationDate: '2027-01-08',
	agreements: [
		{ participantId: 'noe', at: new Date(2026, 10, 23, 11, 0).getTime() },
		{ participantId: 'sanne', at: new Date(2026, 10, 23, 11, 2).getTime() }
	],
	createdAt: CONVERSATION_AT,
	updatedAt: CONVERSATION_AT
});

export function samplePlanDocument(): PlanDocument {
	return buildPlanDocument(conversation, answers, plan, GENERATED_AT);
}

/** The smallest document: one young person, nothing filled in yet. */
export function emptyPlanDocument(): PlanDocument {
	return {
		title: 'Mijn kansencirkel',
		kind: 'self',
		conversationAt: CONVERSATION_AT,
		generatedAt: GENERATED_AT,
		status: 'concept',
		participants: [{ id: 'p', name: 'Daan', role: 'Kind of jongere', child: true, faces: false }],
		supporters: [],
		children: [{ id: 'p', name: 'Daan' }],
		regisseur: null,
		wheels: [
			{ childId: 'p', name: 'Daan', participants: [{ id: 'p', name: 'Daan' }], answers: [] }
		],
		strengths: [],
		worries: [],
		focus: [],
		planB: '',
		safety: '',
		evaluationDate: null,
		agreements: [{ name: 'Daan', at: null }]
	};
}

/**
 * A plan where safety is at stake: Veilig zijn scored very low by a child and chosen as a focus
 * element, so the plan builder shows the coach the meldcode hint. No export may carry it.
 */
export function unsafePlan(): { plan: Plan; answers: Answer[]; doc: PlanDocument } {
	const low = answers.map((a) =>
		a.elementId === 'safe' && a.participantId === 'noe' ? { ...a, score: 2 } : a
	);
	const focus: Plan['focus'] = [
		...plan.focus,
		{
			elementId: 'safe',
			childId: 'noe',
			goal: 'Noë voelt zich thuis veilig.',
			actions: [{ id: 'a6', what: 'Fatima belt elke week', who: 'fatima', when: '', support: '' }]
		}
	];
	const unsafe = { ...plan, focus };
	return {
		plan: unsafe,
		answers: low,
		doc: buildPlanDocument(conversation, low, unsafe, GENERATED_AT)
	};
}

// ---- A follow-up (issue 14): the previous conversation, its plan and the look-back --------------

/** 12 October 2026: the first conversation of the series; Noor was 7 then (faces). */
export const PREVIOUS_AT = new Date(2026, 9, 12, 10, 0).getTime();

const previousConversation = conversationSchema.parse({
	id: 'p1',
	kind: 'family',
	title: 'Gezin Bakker',
	mode: 'open',
	participants: [
		{ id: 'noor', name: 'Noor', role: 'child', ageGroup: '4-7' },
		{ id: 'mama', name: 'Mama', role: 'parent' },
		{ id: 'opa', name: 'Opa', role: 'network', relation: 'opa' }
	],
	children: ['noor'],
	createdAt: PREVIOUS_AT,
	updatedAt: PREVIOUS_AT
});

/** Six weeks later: Noor is 8 now (numbers), opa did not come; the look-back is done. */
const followUpConversation = conversationSchema.parse({
	id: 'f1',
	kind: 'family',
	title: 'Gezin Bakker',
	mode: 'open',
	seriesId: 'p1',
	sequence: 2,
	participants: [
		{ id: 'noor', name: 'Noor', role: 'child', ageGroup: '8-12' },
		{ id: 'mama', name: 'Mama', role: 'parent' }
	],
	children: ['noor'],
	lookBack: {
		previousId: 'p1',
		actions: [
			{ actionId: 'pa1', outcome: 'done', note: 'Hangt boven mijn bed' },
			{ actionId: 'pa2', outcome: 'partly', note: 'Lukte drie keer per week' },
			{ actionId: 'pa3', outcome: 'notDone', note: '' },
			{ actionId: 'pa4', outcome: 'notNeeded', note: '' }
		],
		goals: [
			{ elementId: 'safe', rating: 1 },
			{ elementId: 'heard', rating: -1 }
		]
	},
	createdAt: CONVERSATION_AT,
	updatedAt: CONVERSATION_AT
});

const score = (conversationId: string, participantId: string, elementId: ElementId, s: number) => ({
	conversationId,
	participantId,
	childId: 'noor',
	elementId,
	score: s,
	strengths: '',
	worries: '',
	wishes: '',
	wantsToTalk: false,
	updatedAt: CONVERSATION_AT
});

const previousAnswers: Answer[] = [
	score('p1', 'noor', 'safe', 4),
	score('p1', 'mama', 'safe', 5),
	score('p1', 'mama', 'heard', 6),
	score('p1', 'opa', 'safe', 7)
];
const followUpAnswers: Answer[] = [
	score('f1', 'noor', 'safe', 8),
	score('f1', 'noor', 'heard', 7),
	score('f1', 'mama', 'safe', 7),
	score('f1', 'mama', 'heard', 5)
];

const previousPlan = planSchema.parse({
	conversationId: 'p1',
	focus: [
		{
			elementId: 'safe',
			childId: 'noor',
			goal: 'Noor voelt zich veilig thuis.',
			actions: [
				{ id: 'pa1', what: 'Een tekening maken van een veilige plek', who: 'noor' },
				{ id: 'pa2', what: 'Elke avond even praten', who: 'mama', when: 'elke avond' }
			]
		},
		{
			elementId: 'heard',
			childId: null,
			goal: 'Iedereen komt aan het woord.',
			actions: [
				{ id: 'pa3', what: 'Gezinsoverleg op zondag', who: 'mama' },
				{ id: 'pa4', what: 'Opa belt op woensdag', who: 'opa' }
			]
		}
	],
	evaluationDate: '2026-11-23',
	createdAt: PREVIOUS_AT,
	updatedAt: PREVIOUS_AT
});

const followUpPlan = planSchema.parse({
	conversationId: 'f1',
	focus: [
		{
			elementId: 'heard',
			childId: null,
			goal: 'Iedereen komt aan het woord.',
			actions: [
				{
					id: 'n1',
					what: 'Gezinsoverleg op zondag',
					who: 'mama',
					carriedFrom: 'pa3'
				}
			]
		}
	],
	evaluationDate: '2027-01-04',
	createdAt: CONVERSATION_AT,
	updatedAt: CONVERSATION_AT
});

/** The follow-up's plan with its terugblik, as every export gets it. */
export function sampleFollowUpDocument(): PlanDocument {
	return buildPlanDocument(followUpConversation, followUpAnswers, followUpPlan, GENERATED_AT, {
		conversation: previousConversation,
		answers: previousAnswers,
		plan: previousPlan
	});
}

/** The same follow-up without the previous conversation (its plan is gone from the device). */
export function followUpWithoutPrevious(): PlanDocument {
	return buildPlanDocument(followUpConversation, followUpAnswers, followUpPlan, GENERATED_AT);
}
