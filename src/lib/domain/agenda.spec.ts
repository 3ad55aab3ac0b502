import { describe, expect, it } from 'vitest';
import { computeAgenda, isEmptyAgenda } from './agenda';
import type { ElementId } from './elements';

const people = [{ id: 'kid' }, { id: 'mum' }, { id: 'coach' }];

function a(
	participantId: string,
	elementId: ElementId,
	score: number | null,
	wantsToTalk = false,
	childId = 'kid'
) {
	return { participantId, childId, elementId, score, wantsToTalk };
}

describe('computeAgenda', () => {
	it('lists flagged elements in element order with who flagged them, in participant order', () => {
		const agenda = computeAgenda(
			people,
			[a('coach', 'safe', 7, true), a('mum', 'safe', 6, true), a('kid', 'heard', 8, true)],
			'kid'
		);
		expect(agenda.flagged).toEqual([
			{ elementId: 'heard', participantIds: ['kid'] },
			{ elementId: 'safe', participantIds: ['mum', 'coach'] }
		]);
	});

	it('names the element where child and parent differ most, with both scores', () => {
		const agenda = computeAgenda(
			people,
			[
				a('kid', 'belonging', 3),
				a('mum', 'belonging', 8),
				a('kid', 'active', 5),
				a('mum', 'active', 9),
				a('kid', 'home', 7),
				a('mum', 'home', 8)
			],
			'kid'
		);
		expect(agenda.differences[0]).toEqual({
			elementId: 'belonging',
			low: { participantId: 'kid', score: 3 },
			high: { participantId: 'mum', score: 8 },
			spread: 5
		});
		expect(agenda.differences.map((d) => d.elementId)).toEqual(['belonging', 'active']);
	});

	it('ignores small differences and elements with a single score', () => {
		const agenda = computeAgenda(
			people,
			[a('kid', 'heard', 6), a('mum', 'heard', 8), a('kid', 'safe', 2)],
			'kid'
		);
		expect(agenda.differences).toEqual([]);
	});

	it('never treats "nog geen antwoord" as a score of 0', () => {
		const agenda = computeAgenda(
			people,
			[a('kid', 'healthy', null), a('mum', 'healthy', 9)],
			'kid'
		);
		expect(agenda.differences).toEqual([]);
		expect(agenda.lowest).toEqual([]);
	});

	it('lists at most three lowest-scored elements at or below 5, lowest first', () => {
		const agenda = computeAgenda(
			people,
			[
				a('kid', 'heard', 5),
				a('kid', 'belonging', 2),
				a('kid', 'developing', 4),
				a('kid', 'active', 3),
				a('kid', 'healthy', 9)
			],
			'kid'
		);
		expect(agenda.lowest.map((l) => [l.elementId, l.lowest.score])).toEqual([
			['belonging', 2],
			['active', 3],
			['developing', 4]
		]);
	});

	it('breaks ties on the lowest score by the average', () => {
		const agenda = computeAgenda(
			people,
			[a('kid', 'heard', 4), a('mum', 'heard', 9), a('kid', 'home', 4), a('mum', 'home', 5)],
			'kid'
		);
		expect(agenda.lowest.map((l) => l.elementId)).toEqual(['home', 'heard']);
		expect(agenda.lowest[0]?.average).toBe(4.5);
	});

	it('ignores answers of people who are no longer taking part', () => {
		const agenda = computeAgenda(
			[{ id: 'kid' }],
			[a('gone', 'safe', 1, true), a('kid', 'safe', 8)],
			'kid'
		);
		expect(isEmptyAgenda(agenda)).toBe(true);
	});

	it('compares views of the same child only: Daan about himself never meets his mother about Noor', () => {
		const family = [{ id: 'noor' }, { id: 'daan' }, { id: 'mum' }];
		const answers = [
			a('daan', 'active', 9, false, 'daan'),
			a('mum', 'active', 4, false, 'noor'),
			a('noor', 'active', 8, false, 'noor'),
			a('mum', 'active', 8, false, 'daan')
		];
		const noor = computeAgenda(family, answers, 'noor');
		expect(noor.differences).toEqual([
			{
				elementId: 'active',
				low: { participantId: 'mum', score: 4 },
				high: { participantId: 'noor', score: 8 },
				spread: 4
			}
		]);
		const daan = computeAgenda(family, answers, 'daan');
		expect(daan.differences).toEqual([]);
		expect(daan.lowest).toEqual([]);
		expect(noor.lowest.map((l) => l.lowest)).toEqual([{ participantId: 'mum', score: 4 }]);
	});
});
