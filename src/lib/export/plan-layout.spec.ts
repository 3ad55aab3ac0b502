import { describe, expect, test } from 'vitest';
import { needsSafety } from '$lib/domain/plan';
import { m } from '$lib/i18n';
import {
	emptyPlanDocument,
	sampleFollowUpDocument,
	samplePlanDocument,
	unsafePlan
} from '$test/plan-fixture';
import { planToHtml } from './plan-html';
import { planLayout, type Block, type PlanLayout } from './plan-layout';
import { planPdfDefinition } from './plan-pdf';
import { planToText } from './plan-text';

const headings = (layout: PlanLayout) => layout.sections.map((s) => s.heading);
const blocks = (layout: PlanLayout, id: string): Block[] =>
	layout.sections.find((s) => s.id === id)?.blocks ?? [];

describe('planLayout', () => {
	test("a child's version lists what goes well about them or everyone, not about a sibling", () => {
		const text = (childId: string) =>
			JSON.stringify(
				planLayout(samplePlanDocument(), 'child', childId).sections.find(
					(s) => s.id === 'strengths'
				)
			);
		expect(text('noe')).toContain('Noë is creatief');
		expect(text('lotje')).not.toContain('Noë is creatief');
		expect(text('lotje')).toContain('Een heel lang woord');
	});

	test('one wheel per child, each with only the answers about that child', () => {
		const doc = samplePlanDocument();
		expect(doc.wheels.map((w) => w.name)).toEqual(['Noë', 'Lotje']);
		const [noe, lotje] = doc.wheels;
		// Lotje answers about herself only; the adults here answered about Noë.
		expect(new Set(lotje!.answers.map((a) => a.participantId))).toEqual(new Set(['lotje']));
		expect(noe!.answers.some((a) => a.participantId === 'lotje')).toBe(false);
		expect(noe!.participants.map((p) => p.id)).not.toContain('lotje');
		const section = planLayout(doc, 'adult').sections.find((s) => s.id === 'wheel')!;
		expect(section.blocks.map((b) => b.kind)).toEqual(['text', 'wheel', 'text', 'wheel']);
		expect(section.blocks[0]).toEqual({ kind: 'text', text: 'Noë' });
	});

	test('adults get the whole plan, in the order of the printed sheet', () => {
		const layout = planLayout(samplePlanDocument(), 'adult');
		expect(layout.title).toBe('Gedragen plan – Gezin Jansen');
		// The file's own title never names the conversation (a browser keeps it in its history).
		expect(layout.fileTitle).toBe('Gedragen plan');
		expect(headings(layout)).toEqual([
			'Wie doen er mee',
			'Kansencirkel',
			'Wat gaat goed',
			'Zorgen',
			'Speerpunten',
			'Als het anders loopt',
			'Afspraken over veiligheid',
			'We kijken samen terug op',
			'Akkoord'
		]);
		expect(layout.header).toMatchObject({
			kicker: 'Gedragen plan',
			title: 'Gezin Jansen',
			meta: 'Gesprek van 23 november 2026',
			status: { value: 'Concept' }
		});
		const focus = blocks(layout, 'focus');
		expect(focus.map((b) => b.kind === 'focus' && b.element)).toEqual([
			'Gehoord worden',
			'Erbij horen'
		]);
		expect(focus[1]).toMatchObject({
			columns: ['Wat', 'Wie', 'Wanneer', 'Steun'],
			rows: [
				['Noë vraagt een klasgenoot om samen te spelen', 'Noë', 'elke dinsdag', 'Sanne'],
				['De leerkracht praat met de klas over pesten', 'Bart (leerkracht)', '4 december 2026', ''],
				expect.any(Array)
			]
		});
		const [agreement] = blocks(layout, 'agreement');
		expect(agreement?.kind === 'agreements' && agreement.rows.slice(0, 2)).toEqual([
			{ name: 'Noë', answer: 'Ik sta achter dit plan (23 november 2026)', agreed: true },
			{ name: 'Lotje', answer: 'nog niet', agreed: false }
		]);
		expect(layout.footer).toBe('Gemaakt op 24 november 2026');
	});

	test("the child's version: own actions first, goals, then the others; no scores or worries", () => {
		const layout = planLayout(samplePlanDocument(), 'child');
		expect(layout.title).toBe('Mijn plan – Gezin Jansen');
		// Two children at the table: without a choice, it is the first child's version.
		expect(layout.fileTitle).toBe('Mijn plan');
		expect(layout.header).toEqual({
			heading: 'Mijn plan – Noë',
			title: 'Gezin Jansen',
			intro: 'Dit hebben we samen afgesproken.'
		});
		expect(layout.sections.map((s) => s.id)).toEqual([
			'mine',
			'goals',
			'others',
			'strengths',
			'planB',
			'safety',
			'evaluation',
			'agreement'
		]);
		expect(headings(layout).slice(0, 3)).toEqual([
			'Dit ga ik doen',
			'Hier werken we aan',
			'Dit doen anderen'
		]);
		const [mine] = blocks(layout, 'mine');
		// Noë's own actions only, without repeating her name.
		expect(mine).toMatchObject({
			kind: 'actions',
			cards: [{ who: null, when: 'elke dinsdag', helper: 'Sanne helpt' }]
		});
		const json = JSON.stringify(layout);
		expect(json).not.toContain('In de pauze speelt Noë vaak alleen.');
		expect(json).not.toContain('"score"');
	});

	test('each child their own version: their own actions first, then what is for them or the family', () => {
		const doc = samplePlanDocument();
		const lotje = planLayout(doc, 'child', 'lotje');
		expect(lotje.header.heading).toBe('Mijn plan – Lotje');
		const [mine] = blocks(lotje, 'mine');
		expect(mine?.kind === 'actions' && mine.cards.map((c) => [c.who, c.what])).toEqual([
			[null, 'Lotje tekent hoe haar dag was']
		]);
		// Erbij horen is Noë's focus element: not in Lotje's goals, nor its actions.
		const [goals] = blocks(lotje, 'goals');
		expect(goals?.kind === 'goals' && goals.goals.map((g) => g.elementId)).toEqual(['heard']);
		const [others] = blocks(lotje, 'others');
		expect(others?.kind === 'actions' && others.cards.map((c) => c.who)).toEqual(['Sanne']);
		// Noë's version has Lotje's family action among the others, and her own first.
		const noe = planLayout(doc, 'child', 'noe');
		const [noeOthers] = blocks(noe, 'others');
		expect(noeOthers?.kind === 'actions' && noeOthers.cards.map((c) => c.what)).toContain(
			'Lotje tekent hoe haar dag was'
		);
		// An unknown child gives the first child's version.
		expect(planLayout(doc, 'child', 'nobody').header.heading).toBe('Mijn plan – Noë');
	});

	test('says for whom each focus element is, in the adults’ plan', () => {
		const focus = blocks(planLayout(samplePlanDocument(), 'adult'), 'focus');
		expect(focus.map((b) => b.kind === 'focus' && [b.element, b.forWhom])).toEqual([
			['Gehoord worden', 'Voor het hele gezin'],
			['Erbij horen', 'Voor Noë']
		]);
	});

	test('with one child, the child version has no name in its heading', () => {
		const doc = samplePlanDocument();
		doc.children = doc.children.filter((c) => c.id === 'noe');
		expect(planLayout(doc, 'child').header.heading).toBe('Mijn plan');
	});

	test('an empty plan: adults see what is missing, the child gets no empty sections', () => {
		const adult = planLayout(emptyPlanDocument(), 'adult');
		expect(headings(adult)).not.toContain('Afspraken over veiligheid');
		expect(blocks(adult, 'focus')).toEqual([
			{ kind: 'empty', text: 'Nog geen speerpunten gekozen.', quiet: true }
		]);
		expect(blocks(adult, 'evaluation')).toEqual([
			{ kind: 'empty', text: 'nog geen datum gekozen', quiet: true }
		]);
		const child = planLayout(emptyPlanDocument(), 'child');
		expect(child.sections.map((s) => s.id)).toEqual([
			'mine',
			'goals',
			'others',
			'evaluation',
			'agreement'
		]);
		expect(blocks(child, 'mine')).toEqual([
			{
				kind: 'empty',
				text: 'Voor jou staat er nog niets. Vraag wat jij kunt doen.',
				quiet: false
			}
		]);
		expect(blocks(child, 'evaluation')).toEqual([{ kind: 'date', text: 'Dat spreken we nog af.' }]);
	});

	test("the coach's meldcode hint is in no layout and no export, for adults or the child", () => {
		const { plan, answers, doc } = unsafePlan();
		// The builder would show the hint for this plan.
		expect(needsSafety(plan, answers)).toBe(true);
		const hint = [m.plan.coachHint, m.plan.coachHintBody, 'meldcode', 'Veilig Thuis'];
		for (const audience of ['adult', 'child'] as const) {
			const outputs = [
				JSON.stringify(planLayout(doc, audience)),
				planToHtml(doc, audience),
				JSON.stringify(planPdfDefinition(doc, audience)),
				planToText(doc, audience)
			];
			expect(outputs[0]).toContain('Noë voelt zich thuis veilig.');
			for (const output of outputs) for (const text of hint) expect(output).not.toContain(text);
		}
	});
});

describe('planLayout terugblik', () => {
	const rows = (layout: PlanLayout, caption: string) =>
		layout.sections
			.flatMap((s) => s.blocks)
			.flatMap((b) => (b.kind === 'review' && b.caption === caption ? b.rows : []));

	test('says "bleef op" when nothing changed, also when two scores are one face', () => {
		const doc = sampleFollowUpDocument();
		const review = doc.review!;
		const changes = [
			{ ...review.changes[0]!, from: 6, to: 6 },
			{ ...review.changes[1]!, from: 7, to: 8, faces: true },
			{ ...review.changes[2]!, from: 5, to: 7 }
		];
		const layout = planLayout({ ...doc, review: { ...review, changes } }, 'adult');
		expect(rows(layout, 'Wat is er veranderd bij de speerpunten?').map((r) => r.value)).toEqual([
			'Mama bleef op 6',
			'Noor bleef op Blij',
			'Mama van 5 naar 7'
		]);
	});

	test('the terugblik comes before the wheel, only for the adults', () => {
		const doc = sampleFollowUpDocument();
		expect(
			planLayout(doc, 'adult')
				.sections.map((s) => s.id)
				.slice(0, 3)
		).toEqual(['participants', 'review', 'wheel']);
		expect(planLayout(doc, 'child').sections.map((s) => s.id)).not.toContain('review');
		expect(planLayout(doc, 'child').sections[0]!.id).toBe('done');
		expect(planLayout(samplePlanDocument(), 'child').sections.map((s) => s.id)).not.toContain(
			'done'
		);
	});
});
