import {
	formatClock,
	pauseTimer,
	resetTimer,
	startTimer,
	stoppedTimer,
	timeLeft,
	type TimerMode,
	type TimerState
} from '$lib/domain/class-timer';

/** The presentation view's timer as state: ticks only while it runs. Memory only. */
export class ClassTimer {
	mode = $state<TimerMode>('element');
	#t = $state.raw<TimerState | null>(null);
	#now = $state(Date.now());
	#tick: ReturnType<typeof setInterval> | undefined;

	get on(): boolean {
		return this.#t !== null;
	}

	get running(): boolean {
		return this.#t?.kind === 'running';
	}

	get minutes(): number | null {
		return this.#t ? this.#t.durationMs / 60_000 : null;
	}

	get left(): number {
		return this.#t ? timeLeft(this.#t, this.#now) : 0;
	}

	get clock(): string {
		return formatClock(this.left);
	}

	get done(): boolean {
		return this.on && this.left === 0;
	}

	/** Chooses a time (stopped, ready to start); null takes the timer away. */
	set(mode: TimerMode, minutes: number | null): void {
		this.#stopTicking();
		this.mode = mode;
		this.#t = minutes === null ? null : stoppedTimer(minutes);
	}

	start(): void {
		if (!this.#t) return;
		this.#now = Date.now();
		this.#t = startTimer(this.#t, this.#now);
		this.#stopTicking();
		this.#tick = setInterval(() => {
			this.#now = Date.now();
			if (this.left === 0) this.#stopTicking();
		}, 250);
	}

	pause(): void {
		if (!this.#t) return;
		this.#t = pauseTimer(this.#t, Date.now());
		this.#stopTicking();
	}

	/** The full time again (the next speaker, or another element). */
	reset(): void {
		if (!this.#t) return;
		this.#stopTicking();
		this.#t = resetTimer(this.#t);
	}

	#stopTicking(): void {
		clearInterval(this.#tick);
		this.#tick = undefined;
	}

	destroy(): void {
		this.#stopTicking();
	}
}
