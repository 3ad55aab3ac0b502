import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { describe, expect, it, vi } from 'vitest';
import {
	cancelRound,
	closeRound,
	emptyBallot,
	emptyResult,
	passOn,
	pickFace,
	startRound,
	type BallotState
} from '$lib/domain/class-session';
import type { Face } from '$lib/domain/score';
import Ballot from './ballot.svelte';

const NAMES = ['Heel verdrietig', 'Verdrietig', 'Gaat wel', 'Blij', 'Heel blij'];
const element = { name: 'Erbij horen', colour: '#f9d7b1' };

/** The ballot as a page drives it, with the domain's state machine. */
async function ballot(start: BallotState = startRound(emptyBallot(), 'belonging')) {
	let state = start;
	const apply = (next: BallotState) => {
		state = next;
		void screen.rerender({ state });
	};
	const calls = {
		onpick: vi.fn((face: Face) => apply(pickFace(state, face))),
		onpass: vi.fn(() => apply(passOn(state))),
		onclose: vi.fn(() => apply(closeRound(state, emptyResult('belonging'))!.state)),
		oncancel: vi.fn(() => apply(cancelRound(state)))
	};
	const screen = await render(Ballot, { element, state, ...calls });
	return { ...calls, screen, state: () => state };
}

const face = (name: string) => page.getByRole('button', { name, exact: true });
const pass = () => page.getByRole('button', { name: 'Geef door' });
const myTurn = () => page.getByRole('button', { name: 'Ik ben aan de beurt' });

/** Nothing on screen says which face anyone chose. */
function expectNoFaceShown(container: HTMLElement) {
	expect(container.querySelectorAll('[aria-pressed="true"]')).toHaveLength(0);
	expect(container.querySelectorAll('svg')).toHaveLength(0);
	for (const name of NAMES) expect(container.textContent).not.toContain(name);
}

describe('Ballot', () => {
	it('asks how you feel with five big faces; you may change until "Geef door"', async () => {
		const { onpick, onpass } = await ballot();
		await expect
			.element(page.getByRole('heading', { name: 'Hoe voel jij je hierover?' }))
			.toBeVisible();
		await expect.element(page.getByText('Erbij horen')).toBeVisible();
		const group = page.getByRole('group', { name: 'Hoe voel jij je hierover?' });
		for (const name of NAMES) {
			const button = group.getByRole('button', { name, exact: true });
			await expect.element(button).toHaveAttribute('aria-pressed', 'false');
			const box = button.element().getBoundingClientRect();
			expect(box.width).toBeGreaterThanOrEqual(44);
			expect(box.height).toBeGreaterThanOrEqual(44);
		}
		await expect.element(pass()).toBeDisabled();
		await expect.element(pass()).toHaveAccessibleDescription('Kies eerst een gezicht.');

		await face('Verdrietig').click();
		await expect.element(face('Verdrietig')).toHaveAttribute('aria-pressed', 'true');
		await face('Blij').click();
		await expect.element(face('Blij')).toHaveAttribute('aria-pressed', 'true');
		await expect.element(face('Verdrietig')).toHaveAttribute('aria-pressed', 'false');
		expect(onpick.mock.calls).toEqual([[2], [4]]);
		await expect.element(pass()).toBeEnabled();
		await pass().click();
		expect(onpass).toHaveBeenCalledOnce();
	});

	it('blanks after "Geef door": no trace of the pick and no count of votes, only the hand-on', async () => {
		const { screen, state } = await ballot();
		await face('Heel verdrietig').click();
		await pass().click();
		await expect.element(page.getByRole('heading', { name: 'Geef de tablet door' })).toHaveFocus();
		await expect.element(myTurn()).toBeVisible();
		// No running total either: with it, the board's counts would tell what "een paar" hides.
		expect(screen.container.textContent).not.toMatch(/\d+\s*stem/);
		expectNoFaceShown(screen.container);
		expect(state().round!.running[1]).toBe(1);

		// The next pupil sees the faces again, none chosen.
		await myTurn().click();
		await expect
			.element(page.getByRole('heading', { name: 'Hoe voel jij je hierover?' }))
			.toHaveFocus();
		expect(screen.container.querySelectorAll('[aria-pressed="true"]')).toHaveLength(0);
		await expect.element(pass()).toBeDisabled();

		await face('Heel blij').click();
		await pass().click();
		await expect.element(myTurn()).toBeVisible();
		expectNoFaceShown(screen.container);
	});

	it('never shows a pick to the next pupil, even one the page did not clear', async () => {
		const onpick = vi.fn();
		const picked = pickFace(startRound(emptyBallot(), 'belonging'), 3);
		const { container, rerender } = await render(Ballot, {
			element,
			state: startRound(emptyBallot(), 'belonging'),
			onpick,
			onpass: () => {},
			onclose: () => {},
			oncancel: () => {}
		});
		await face('Gaat wel').click();
		await rerender({ state: picked });
		await expect.element(face('Gaat wel')).toHaveAttribute('aria-pressed', 'true');
		// "Geef door", but the page still holds the pick.
		await pass().click();
		expectNoFaceShown(container);
		await myTurn().click();
		expect(container.querySelectorAll('[aria-pressed="true"]')).toHaveLength(0);
		await expect.element(pass()).toBeDisabled();
	});

	it('opens blank when a round is already under way', async () => {
		const under = passOn(pickFace(startRound(emptyBallot(), 'belonging'), 5));
		const { screen } = await ballot(under);
		await expect.element(page.getByRole('heading', { name: 'Geef de tablet door' })).toBeVisible();
		expectNoFaceShown(screen.container);
	});

	it('lets the teacher close the round; a pick not passed on asks first and does not count', async () => {
		const { onclose, state } = await ballot();
		await face('Blij').click();
		await pass().click();
		await myTurn().click();
		await face('Heel blij').click();

		await page.getByRole('button', { name: 'Ronde sluiten' }).click();
		const dialog = page.getByRole('dialog', { name: 'Ronde sluiten?' });
		await expect.element(dialog).toBeVisible();
		await expect
			.element(dialog.getByText('Die keuze telt niet mee.', { exact: false }))
			.toBeVisible();
		expect(dialog.element().textContent).not.toContain('Heel blij');
		await dialog.getByRole('button', { name: 'Terug' }).click();
		expect(onclose).not.toHaveBeenCalled();

		await page.getByRole('button', { name: 'Ronde sluiten' }).click();
		await page.getByRole('button', { name: 'Sluiten zonder die keuze' }).click();
		expect(onclose).toHaveBeenCalledOnce();
		expect(state().round).toBeNull();
		expect(state().lastClosed!.totals).toEqual({ 1: 0, 2: 0, 3: 0, 4: 1, 5: 0 });
		await expect.element(page.getByText('Er loopt nu geen ronde.')).toBeVisible();
		await expect
			.element(page.getByRole('button', { name: 'Ronde sluiten' }))
			.not.toBeInTheDocument();
	});

	it('asks before closing even when every pick was passed on: a pupil cannot end it by one tap', async () => {
		const { onclose } = await ballot();
		await face('Gaat wel').click();
		await pass().click();
		await page.getByRole('button', { name: 'Ronde sluiten' }).click();
		const dialog = page.getByRole('dialog', { name: 'Ronde sluiten?' });
		await expect
			.element(dialog.getByText('Alleen de juf of meester', { exact: false }))
			.toBeVisible();
		expect(onclose).not.toHaveBeenCalled();
		await dialog.getByRole('button', { name: 'Ronde sluiten' }).click();
		expect(onclose).toHaveBeenCalledOnce();
	});

	it('stops without counting, after asking when there are votes', async () => {
		const { oncancel, state } = await ballot();
		await face('Verdrietig').click();
		await pass().click();
		await page.getByRole('button', { name: 'Stop zonder te tellen' }).click();
		const dialog = page.getByRole('dialog', { name: 'Stoppen zonder te tellen?' });
		await expect.element(dialog).toBeVisible();
		await dialog.getByRole('button', { name: 'Stop zonder te tellen' }).click();
		expect(oncancel).toHaveBeenCalledOnce();
		expect(state().round).toBeNull();
	});

	it('stops at once when nothing was chosen yet', async () => {
		const { oncancel } = await ballot();
		await page.getByRole('button', { name: 'Stop zonder te tellen' }).click();
		expect(oncancel).toHaveBeenCalledOnce();
	});
});
