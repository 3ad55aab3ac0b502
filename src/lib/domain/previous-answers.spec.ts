import { describe, expect, it } from 'vitest';
import type { Answer } from './answer';
import { ELEMENT_IDS, type ElementId } from './elements';
import type { Participant } from './participant';
import {
	maySee,
	previousAnswer,
	previousAnswersFor,
	previousIdOf,
	wasShared,
	type PreviousConversation,
	type Viewer
} from './previous-answers';

// Last time: Noor (8–12), her little brother Bas (4–7, faces), their mother Ans and coach Eva.
// Last time was "om de beurt": "Gehoord worden" was revealed together, "Erbij horen" never.
const NOOR: Participant = { id: 'noor', name: 'Noor', role: 'child', ageGroup: '8-12' };
const BAS: Participant = { id: 'bas', name: 'Bas', role: 'child', ageGroup: '4-7' };
const ANS: Participant = { id: 'ans', name: 'Ans', role: 'parent' };
const EVA: Participant = { id: 'eva', name: 'Eva', role: 'coach' };

type Given = Pick<
	Answer,
	'participantId' | 'childId' | 'elementId' | 'score' | 'strengths' | 'worries' | 'wishes'
>;

function given(
	participantId: string,
	childId: string,
	elementId: ElementId,
	score: number | null,
	notes: Partial<Pick<Answer, 'strengths' | 'worries' | 'wishes'>> = {}
): Given {
	return {
		participantId,
		childId,
		elementId,
		score,
		strengths: '',
		worries: '',
		wishes: '',
		...notes
	};
}

const HEARD: ElementId = 'heard';
const BELONG: ElementId = 'belonging';

function lastTime(overrides: Partial<PreviousConversation['conversation']> = {}) {
	return {
		conversation: {
			mode: 'turns' as const,
			revealed: [HEARD],
			participants: [NOOR, BAS, ANS, EVA],
			...overrides
		},
		answers: [
			given('noor', 'noor', HEARD, 6, { strengths: 'Mama luistert' }),
			given('ans', 'noor', HEARD, 7),
			given('ans', 'bas', HEARD, 8, { worries: 'Bas praat weinig' }),
			given('bas', 'bas', HEARD, 9),
			given('noor', 'noor', BELONG, 3, { worries: 'GEHEIM: ze pesten me' }),
			given('ans', 'noor', BELONG, 8),
			given('bas', 'bas', BELONG, 4),
			// Eva wrote only a note, no score; her flag alone would be nothing to show.
			given('eva', 'noor', BELONG, null, { wishes: 'Gesprek met school' }),
			given('eva', 'bas', BELONG, null)
		]
	} satisfies PreviousConversation;
}

const group: Viewer = { kind: 'group' };
const turnOf = (participantId: string): Viewer => ({ kind: 'turn', participantId });
const handOver: Viewer = { kind: 'handOver' };

describe('wasShared', () => {
	it('is every element in an open conversation', () => {
		const open = lastTime({ mode: 'open', revealed: [] });
		for (const e of ELEMENT_IDS) expect(wasShared(open, e)).toBe(true);
	});
	it('is only the revealed elements of "om de beurt"', () => {
		expect(wasShared(lastTime(), HEARD)).toBe(true);
		expect(wasShared(lastTime(), BELONG)).toBe(false);
	});
});

describe('maySee', () => {
	it('lets the group see shared answers only', () => {
		expect(maySee(group, 'noor', true)).toBe(true);
		expect(maySee(group, 'noor', false)).toBe(false);
	});
	it("lets a person in their own turn see their own answers, shared or not, and nobody else's", () => {
		expect(maySee(turnOf('noor'), 'noor', false)).toBe(true);
		expect(maySee(turnOf('noor'), 'noor', true)).toBe(true);
		expect(maySee(turnOf('noor'), 'ans', true)).toBe(false);
		expect(maySee(turnOf('noor'), 'ans', false)).toBe(false);
	});
	it('shows nothing on the hand-over screen', () => {
		expect(maySee(handOver, 'noor', true)).toBe(false);
		expect(maySee(handOver, 'noor', false)).toBe(false);
	});
});

describe('previousAnswersFor', () => {
	it('gives the group every shared answer, with score and notes, per child', () => {
		const seen = previousAnswersFor(lastTime(), group, HEARD);
		expect(seen.map((p) => [p.participantId, p.childId])).toEqual([
			['noor', 'noor'],
			['ans', 'noor'],
			['ans', 'bas'],
			['bas', 'bas']
		]);
		expect(seen[0]).toEqual({
			participantId: 'noor',
			childId: 'noor',
			elementId: HEARD,
			value: { kind: 'score', score: 6 },
			notes: [{ field: 'strengths', text: 'Mama luistert' }],
			shared: true
		});
		expect(seen[2]!.notes).toEqual([{ field: 'worries', text: 'Bas praat weinig' }]);
	});

	it('gives the group nothing of an element that was never revealed', () => {
		expect(previousAnswersFor(lastTime(), group, BELONG)).toEqual([]);
	});

	it("gives a private turn the person's own answer that was never revealed, and only that", () => {
		const noor = previousAnswersFor(lastTime(), turnOf('noor'), BELONG);
		expect(noor).toHaveLength(1);
		expect(noor[0]).toMatchObject({
			participantId: 'noor',
			value: { kind: 'score', score: 3 },
			notes: [{ field: 'worries', text: 'GEHEIM: ze pesten me' }],
			shared: false
		});
		// Ans in her turn: her own, never Noor's secret.
		const ans = previousAnswersFor(lastTime(), turnOf('ans'), BELONG);
		expect(ans.map((p) => p.participantId)).toEqual(['ans']);
		expect(JSON.stringify(ans)).not.toContain('GEHEIM');
	});

	it("gives a private turn the person's own shared answers, not the others' shared ones", () => {
		const ans = previousAnswersFor(lastTime(), turnOf('ans'), HEARD);
		expect(ans.map((p) => [p.participantId, p.childId])).toEqual([
			['ans', 'noor'],
			['ans', 'bas']
		]);
	});

	it('gives the hand-over screen nothing at all, shared or not', () => {
		for (const e of ELEMENT_IDS) expect(previousAnswersFor(lastTime(), handOver, e)).toEqual([]);
	});

	it('an attacker in the group view finds no hidden answer of any element', () => {
		const everything = ELEMENT_IDS.flatMap((e) => previousAnswersFor(lastTime(), group, e));
		expect(everything.every((p) => p.shared)).toBe(true);
		expect(JSON.stringify(everything)).not.toContain('GEHEIM');
		expect(JSON.stringify(everything)).not.toContain('Gesprek met school');
	});

	it('gives someone who joined later nothing: they were not there', () => {
		const sanne = previousAnswersFor(lastTime(), turnOf('sanne'), HEARD);
		expect(sanne).toEqual([]);
		expect(previousAnswer(lastTime(), group, 'sanne', 'noor', HEARD)).toBeNull();
	});

	it('leaves out answers of someone no longer on the previous list', () => {
		const previous = lastTime({ mode: 'open', participants: [NOOR, BAS, EVA] });
		const seen = previousAnswersFor(previous, group, HEARD);
		expect(seen.some((p) => p.participantId === 'ans')).toBe(false);
		expect(seen.map((p) => p.participantId)).toEqual(['noor', 'bas']);
	});

	it("keeps a shared answer of someone who left for nobody's card: only the cards ask", () => {
		// Ans is not at the table this time: the screen only asks for the people it shows.
		expect(previousAnswer(lastTime(), group, 'noor', 'noor', HEARD)).not.toBeNull();
		expect(previousAnswer(lastTime(), group, 'eva', 'noor', HEARD)).toBeNull();
	});

	it('shows a face for a child who answered with faces, even if they count in numbers now', () => {
		// Bas was 4–7 last time (faces); a score 9 was the face "Heel blij".
		const bas = previousAnswer(lastTime(), group, 'bas', 'bas', HEARD);
		expect(bas?.value).toEqual({ kind: 'face', face: 5 });
		// A face 2 stored as 4: "Verdrietig".
		expect(previousAnswer(lastTime(), turnOf('bas'), 'bas', 'bas', BELONG)?.value).toEqual({
			kind: 'face',
			face: 2
		});
	});

	it('shows a number for a child who gave numbers last time, even if they use faces now', () => {
		// The form comes from the previous conversation, never from today's age group.
		const noor = previousAnswer(lastTime(), group, 'noor', 'noor', HEARD);
		expect(noor?.value).toEqual({ kind: 'score', score: 6 });
	});

	it('shows notes without a score, and nothing for an answer that was empty', () => {
		const previous = lastTime({ mode: 'open' });
		expect(previousAnswer(previous, group, 'eva', 'noor', BELONG)).toMatchObject({
			value: null,
			notes: [{ field: 'wishes', text: 'Gesprek met school' }]
		});
		expect(previousAnswer(previous, group, 'eva', 'bas', BELONG)).toBeNull();
	});

	it('ignores whitespace-only notes', () => {
		const previous: PreviousConversation = {
			conversation: { mode: 'open', revealed: [], participants: [NOOR] },
			answers: [given('noor', 'noor', HEARD, 5, { strengths: '  \n ' })]
		};
		expect(previousAnswer(previous, group, 'noor', 'noor', HEARD)?.notes).toEqual([]);
	});

	it('is empty without a previous conversation', () => {
		expect(previousAnswersFor(undefined, group, HEARD)).toEqual([]);
		expect(previousAnswer(undefined, turnOf('noor'), 'noor', 'noor', HEARD)).toBeNull();
	});

	it('matches the child too: an adult answer about Noor is not shown on the card about Bas', () => {
		expect(previousAnswer(lastTime(), group, 'ans', 'noor', HEARD)?.value).toEqual({
			kind: 'score',
			score: 7
		});
		expect(previousAnswer(lastTime(), group, 'ans', 'bas', HEARD)?.value).toEqual({
			kind: 'score',
			score: 8
		});
		expect(previousAnswer(lastTime(), group, 'noor', 'bas', HEARD)).toBeNull();
	});
});

describe('previousIdOf', () => {
	const first = { id: 'a', createdAt: 1 };
	const second = { id: 'b', seriesId: 'a', sequence: 2, createdAt: 2 };
	const third = { id: 'c', seriesId: 'a', sequence: 3, createdAt: 3 };
	const other = { id: 'x', seriesId: 'y', sequence: 2, createdAt: 4 };

	it('is the conversation the look-back names', () => {
		expect(previousIdOf({ ...third, lookBack: { previousId: 'a' } })).toBe('a');
	});
	it('is the one before in the series without a look-back', () => {
		expect(previousIdOf(third, [first, second, third, other])).toBe('b');
		expect(previousIdOf(second, [first, second, third, other])).toBe('a');
	});
	it('is undefined for a first conversation or when the earlier ones are gone', () => {
		expect(previousIdOf(first, [first, second])).toBeUndefined();
		expect(previousIdOf(second, [second, other])).toBeUndefined();
	});
});
