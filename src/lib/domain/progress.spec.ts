import { describe, expect, it } from 'vitest';
import { emptyAnswer } from './answer';
import {
	countDone,
	hiddenWithAnswers,
	isElementDone,
	isHidden,
	revealedAfterModeChange,
	visibleAnswers
} from './progress';

const people = [{ id: 'a' }, { id: 'b' }];

describe('progress', () => {
	it('counts an element as done only when every participant gave a score', () => {
		const answers = [
			{ ...emptyAnswer('c', 'a', 'heard'), score: 4 },
			{ ...emptyAnswer('c', 'b', 'heard'), score: null, worries: 'iets' },
			{ ...emptyAnswer('c', 'a', 'safe'), score: 8 },
			{ ...emptyAnswer('c', 'b', 'safe'), score: 7 }
		];
		expect(isElementDone(people, answers, 'heard')).toBe(false);
		expect(isElementDone(people, answers, 'safe')).toBe(true);
		expect(countDone(people, answers)).toBe(1);
	});

	it('names the elements whose given answers the group has not seen yet', () => {
		const given = { ...emptyAnswer('c', 'a', 'safe'), worries: 'x' };
		const answers = [emptyAnswer('c', 'a', 'heard'), given];
		expect(hiddenWithAnswers({ mode: 'turns', revealed: [] }, answers)).toEqual(['safe']);
		expect(hiddenWithAnswers({ mode: 'turns', revealed: ['safe'] }, answers)).toEqual([]);
		expect(hiddenWithAnswers({ mode: 'open', revealed: [] }, answers)).toEqual([]);
	});

	it('hides unrevealed elements only in "om de beurt" mode', () => {
		const answers = [emptyAnswer('c', 'a', 'heard'), emptyAnswer('c', 'a', 'safe')];
		expect(isHidden({ mode: 'open', revealed: [] }, 'heard')).toBe(false);
		expect(isHidden({ mode: 'turns', revealed: ['heard'] }, 'heard')).toBe(false);
		expect(
			visibleAnswers({ mode: 'turns', revealed: ['heard'] }, answers).map((a) => a.elementId)
		).toEqual(['heard']);
	});

	it('never hides what was already seen when switching to "om de beurt"', () => {
		const answers = [
			{ ...emptyAnswer('c', 'a', 'active'), score: 6 },
			emptyAnswer('c', 'a', 'safe')
		];
		expect(revealedAfterModeChange({ mode: 'open', revealed: [] }, 'turns', answers)).toEqual([
			'active'
		]);
		expect(
			revealedAfterModeChange({ mode: 'turns', revealed: ['heard'] }, 'open', answers)
		).toEqual(['heard']);
	});
});
