import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { describe, expect, it } from 'vitest';
import VoiceOverTime from './voice-over-time.svelte';

const DAY = 86_400_000;
const START = Date.UTC(2026, 2, 2, 10);

describe('VoiceOverTime', () => {
	it('shows per child a row per conversation of the series, with dashes where nothing was given', async () => {
		await render(VoiceOverTime, {
			current: 'b',
			rows: [
				{
					childId: 'noor',
					name: 'Noor',
					moments: [
						{
							conversationId: 'a',
							sequence: 1,
							createdAt: START,
							answers: { heard: 2, important: 3, overall: null }
						},
						{ conversationId: 'b', sequence: 2, createdAt: START + 42 * DAY, answers: null },
						{
							conversationId: 'c',
							sequence: 3,
							createdAt: START + 84 * DAY,
							answers: { heard: 5, important: 5, overall: 4 }
						}
					]
				}
			]
		});
		const table = page.getByRole('table', { name: 'Noor' });
		const rows = table.getByRole('row');
		await expect
			.element(rows.nth(1))
			.toHaveTextContent(/Eerste gesprek.*2 maart 2026.*Verdrietig.*Gaat wel.*niet ingevuld/);
		await expect
			.element(rows.nth(2))
			.toHaveTextContent(/Vervolggesprek 1.*13 april 2026, dit gesprek/);
		expect(rows.nth(2).getByText('niet ingevuld').elements()).toHaveLength(3);
		await expect
			.element(rows.nth(3))
			.toHaveTextContent(/Vervolggesprek 2.*Heel blij.*Heel blij.*Blij/);
	});

	it('says so when no child answered in the whole series', async () => {
		await render(VoiceOverTime, {
			current: 'a',
			rows: [
				{
					childId: 'noor',
					name: 'Noor',
					moments: [{ conversationId: 'a', sequence: 1, createdAt: START, answers: null }]
				}
			]
		});
		await expect
			.element(page.getByText('Nog geen kind heeft in deze reeks gezegd hoe het gesprek was.'))
			.toBeVisible();
		await expect.element(page.getByRole('table')).not.toBeInTheDocument();
	});
});
