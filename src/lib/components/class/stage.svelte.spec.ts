import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { describe, expect, it } from 'vitest';
import {
	classSessionSchema,
	newClassRecord,
	withResult,
	type ClassRecord
} from '$lib/domain/class-session';
import { ClassTimer } from '$lib/state/class-timer.svelte';
import Stage from './stage.svelte';

function record(): ClassRecord {
	const session = classSessionSchema.parse({
		id: 's1',
		group: 'groep 7',
		level: 'po-boven',
		present: 24,
		elements: ['safe', 'heard'],
		createdAt: 1,
		updatedAt: 1
	});
	let r = newClassRecord(session, new Date(2026, 0, 5));
	r = withResult(r, {
		elementId: 'safe',
		counts: { 1: 1, 2: 2, 3: 6, 4: 9, 5: 6 },
		notes: 'Sam zegt dat het plein eng is'
	});
	return r;
}

describe('the projected stage', () => {
	it('shows the element, its questions for the level, and the class picture without small exact counts', async () => {
		await render(Stage, {
			record: record(),
			step: 'safe',
			timer: new ClassTimer(),
			headingId: 'h'
		});
		await expect.element(page.getByRole('heading', { name: 'Veilig zijn' })).toBeVisible();
		const questions = page.getByRole('list').first().getByRole('listitem');
		expect((await questions.all()).length).toBeGreaterThanOrEqual(2);
		const picture = page.getByRole('figure', { name: 'Zo voelt de klas zich bij Veilig zijn' });
		await expect.element(picture).toBeVisible();
		const text = picture.element().textContent ?? '';
		expect(text).toContain('een paar');
		expect(text).toContain('9');
		// 1 and 2 must not be told apart on the board, and the teacher's notes never show there.
		expect(text).not.toMatch(/(^|\D)[12](\D|$)/);
		expect(document.body.textContent).not.toContain('Sam zegt');
	});

	it('shows no picture for an element nobody has counted yet', async () => {
		await render(Stage, {
			record: record(),
			step: 'heard',
			timer: new ClassTimer(),
			headingId: 'h'
		});
		await expect.element(page.getByRole('heading', { name: 'Gehoord worden' })).toBeVisible();
		await expect.element(page.getByRole('figure')).not.toBeInTheDocument();
	});

	it('ends with the class wheel of middle faces, and says which elements were not counted', async () => {
		await render(Stage, {
			record: record(),
			step: 'picture',
			timer: new ClassTimer(),
			headingId: 'h'
		});
		await expect
			.element(page.getByRole('figure', { name: /Kansencirkel van groep 7/ }))
			.toBeVisible();
		await expect.element(page.getByText('Veilig zijn: Blij')).toBeVisible();
		await expect.element(page.getByText('Gehoord worden: niet geteld')).toBeVisible();
	});

	it('shows the timer the teacher set, counting down', async () => {
		const timer = new ClassTimer();
		timer.set('speaker', 1);
		await render(Stage, { record: record(), step: 'heard', timer, headingId: 'h' });
		await expect.element(page.getByRole('timer')).toHaveTextContent('1:00');
	});
});
