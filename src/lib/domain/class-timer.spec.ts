import { describe, expect, it } from 'vitest';
import {
	formatClock,
	pauseTimer,
	resetTimer,
	startTimer,
	stoppedTimer,
	timeLeft
} from './class-timer';

describe('the presentation timer', () => {
	it('counts down from the chosen minutes and never below zero', () => {
		const t = startTimer(stoppedTimer(2), 1_000);
		expect(timeLeft(t, 1_000)).toBe(120_000);
		expect(formatClock(timeLeft(t, 1_000 + 55_500))).toBe('1:05');
		expect(timeLeft(t, 1_000 + 500_000)).toBe(0);
		expect(formatClock(0)).toBe('0:00');
	});

	it('keeps the time left while paused, and goes on from there', () => {
		let t = startTimer(stoppedTimer(1), 0);
		t = pauseTimer(t, 20_000);
		expect(timeLeft(t, 90_000)).toBe(40_000);
		t = startTimer(t, 90_000);
		expect(timeLeft(t, 100_000)).toBe(30_000);
	});

	it('starts over with the full time for the next speaker', () => {
		const t = resetTimer(pauseTimer(startTimer(stoppedTimer(0.5), 0), 10_000));
		expect(t.kind).toBe('stopped');
		expect(timeLeft(t, 99_999)).toBe(30_000);
	});

	it('shows 0:01 until the very last second is over', () => {
		expect(formatClock(1)).toBe('0:01');
		expect(formatClock(59_001)).toBe('1:00');
	});
});
