import { afterEach, describe, expect, it, vi } from 'vitest';
import { Autosaver } from './autosave.svelte';

describe('Autosaver', () => {
	it('merges quick changes into one write after the delay', async () => {
		const write = vi.fn(async () => {});
		const saver = new Autosaver<{ a?: string; b?: string }>(write, () => {}, 20);
		saver.queue('k', { a: '1' });
		saver.queue('k', { a: '12', b: 'x' });
		expect(saver.status).toBe('pending');
		expect(saver.pending('k')).toEqual({ a: '12', b: 'x' });
		await vi.waitFor(() => expect(saver.status).toBe('saved'));
		expect(write).toHaveBeenCalledTimes(1);
		expect(write).toHaveBeenCalledWith('k', { a: '12', b: 'x' });
	});

	it('flush writes at once, without waiting for the delay', async () => {
		const write = vi.fn(async () => {});
		const saver = new Autosaver<{ a?: string }>(write, () => {}, 60_000);
		saver.queue('k', { a: 'typed just before closing' });
		await saver.flush();
		expect(write).toHaveBeenCalledWith('k', { a: 'typed just before closing' });
		expect(saver.hasPending).toBe(false);
	});

	it('keeps a failed change, with newer typing on top, and saves it next time', async () => {
		let fail = true;
		const stored: Record<string, unknown>[] = [];
		const saver = new Autosaver<{ a?: string; b?: string }>(
			async (_key, patch) => {
				if (fail) throw new Error('QuotaExceededError');
				stored.push(patch);
			},
			() => {},
			60_000
		);
		saver.queue('k', { a: 'first', b: 'keep me' });
		await saver.flush();
		expect(saver.status).toBe('error');
		expect(saver.pending('k')).toEqual({ a: 'first', b: 'keep me' });
		saver.queue('k', { a: 'newer' });
		fail = false;
		await saver.flush();
		expect(saver.status).toBe('saved');
		expect(stored).toEqual([{ a: 'newer', b: 'keep me' }]);
	});

	it('passes each stored result on, with how many changes it covers', async () => {
		const onSaved = vi.fn();
		const saver = new Autosaver<{ a?: string }, number>(async () => 42, onSaved, 0);
		saver.queue('x', { a: '1' });
		saver.queue('x', { a: '12' });
		await saver.flush();
		expect(onSaved).toHaveBeenCalledWith('x', 42, 2);
		expect(saver.seq).toBe(2);
	});

	describe('steady typing', () => {
		afterEach(() => {
			vi.useRealTimers();
		});

		it('is saved every max wait while it goes on, not only when the typist pauses', async () => {
			vi.useFakeTimers();
			const written: string[] = [];
			const saver = new Autosaver<{ a?: string }>(
				async (_key, patch) => void written.push(patch.a ?? ''),
				() => {},
				300,
				400
			);
			// Ten keys a second for three seconds: the 300 ms pause never comes.
			let text = '';
			for (let i = 0; i < 30; i++) {
				text += 'x';
				saver.queue('k', { a: text });
				await vi.advanceTimersByTimeAsync(100);
			}
			// Every write holds all typing up to at most 400 ms before it.
			expect(written.length).toBeGreaterThanOrEqual(7);
			expect(written.at(-1)!.length).toBeGreaterThanOrEqual(30 - 4);
			await vi.advanceTimersByTimeAsync(300);
			expect(written.at(-1)).toBe(text);
		});

		it('stays "error" while a failed change waits, also when typing goes on', async () => {
			let fail = true;
			const saver = new Autosaver<{ a?: string }>(
				async () => {
					if (fail) throw new DOMException('full', 'QuotaExceededError');
				},
				() => {},
				60_000
			);
			saver.queue('k', { a: 'one' });
			await saver.flush();
			expect(saver.failing).toBe(true);
			saver.queue('k', { a: 'one two' });
			expect(saver.status).toBe('error');
			await saver.flush();
			expect(saver.status).toBe('error');
			fail = false;
			await saver.flush();
			expect(saver.status).toBe('saved');
			expect(saver.failing).toBe(false);
		});
	});
});
