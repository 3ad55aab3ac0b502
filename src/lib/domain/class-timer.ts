/**
 * The presentation view's optional timer: for the whole element, or per speaker in a
 * talking-piece round. Pure arithmetic on a deadline, so pausing and a slow tablet never drift.
 */

export const TIMER_MODES = ['element', 'speaker'] as const;
export type TimerMode = (typeof TIMER_MODES)[number];

/** Minutes a teacher can choose; per speaker also half a minute. */
export const TIMER_MINUTES: Readonly<Record<TimerMode, readonly number[]>> = {
	element: [2, 3, 5, 10, 15],
	speaker: [0.5, 1, 2]
};

export type TimerState =
	| { kind: 'stopped'; durationMs: number }
	| { kind: 'running'; durationMs: number; endsAt: number }
	| { kind: 'paused'; durationMs: number; leftMs: number };

export function stoppedTimer(minutes: number): TimerState {
	return { kind: 'stopped', durationMs: Math.round(minutes * 60_000) };
}

export function startTimer(t: TimerState, now: number): TimerState {
	if (t.kind === 'running') return t;
	const left = t.kind === 'paused' ? t.leftMs : t.durationMs;
	return { kind: 'running', durationMs: t.durationMs, endsAt: now + left };
}

export function pauseTimer(t: TimerState, now: number): TimerState {
	if (t.kind !== 'running') return t;
	return { kind: 'paused', durationMs: t.durationMs, leftMs: Math.max(0, t.endsAt - now) };
}

/** Back to the full time, stopped (the next speaker, or a new start). */
export function resetTimer(t: TimerState): TimerState {
	return { kind: 'stopped', durationMs: t.durationMs };
}

export function timeLeft(t: TimerState, now: number): number {
	if (t.kind === 'running') return Math.max(0, t.endsAt - now);
	if (t.kind === 'paused') return t.leftMs;
	return t.durationMs;
}

/** "2:05": whole seconds, rounded up so 0:00 shows only when the time is really up. */
export function formatClock(ms: number): string {
	const s = Math.ceil(Math.max(0, ms) / 1000);
	return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
