import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { describe, expect, test } from 'vitest';
import { emptyPlanDocument, HOSTILE, samplePlanDocument } from '$test/plan-fixture';
import PlanSheet from './plan-sheet.svelte';

describe('PlanSheet', () => {
	test('shows the whole plan under headings that start at h2', async () => {
		const { container } = await render(PlanSheet, { doc: samplePlanDocument() });
		const levels = [...container.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.tagName);
		expect(levels[0]).toBe('H2');
		expect(levels).not.toContain('H1');
		for (const [i, level] of levels.entries())
			if (i > 0) expect(Number(level[1]) - Number(levels[i - 1]![1])).toBeLessThanOrEqual(1);

		for (const name of [
			'Wie doen er mee',
			'Kansencirkel',
			'Wat gaat goed',
			'Zorgen',
			'Speerpunten',
			'Als het anders loopt',
			'Afspraken over veiligheid',
			'We kijken samen terug op',
			'Akkoord'
		])
			await expect
				.element(page.getByRole('heading', { level: 2, name, exact: true }))
				.toBeVisible();
		await expect
			.element(page.getByRole('heading', { level: 3, name: 'Gehoord worden' }))
			.toBeVisible();
		await expect
			.element(page.getByRole('heading', { level: 3, name: 'Erbij horen' }))
			.toBeVisible();

		await expect.element(page.getByText('Gezin Jansen', { exact: true })).toBeVisible();
		await expect.element(page.getByText('Gesprek van 23 november 2026')).toBeVisible();
		await expect.element(page.getByText('8 januari 2027')).toBeVisible();
		const people = page.getByRole('list').first();
		for (const name of ['Noë', 'Lotje', 'Sanne', 'Fatima', HOSTILE.img, HOSTILE.hebrew])
			await expect.element(people.getByText(name, { exact: true })).toBeVisible();
		await expect
			.element(page.getByRole('figure', { name: /Kansencirkel van Gezin Jansen/ }))
			.toBeVisible();
	});

	test('actions sit in a table with column headers per focus element', async () => {
		await render(PlanSheet, { doc: samplePlanDocument() });
		const table = page.getByRole('table', { name: 'Acties voor Erbij horen' });
		await expect.element(table).toBeVisible();
		for (const name of ['Wat', 'Wie', 'Wanneer', 'Steun'])
			await expect.element(table.getByRole('columnheader', { name })).toBeVisible();
		const rows = table.getByRole('row').all();
		expect(rows).toHaveLength(4);
		await expect
			.element(rows[1]!)
			.toHaveTextContent(
				/Noë vraagt een klasgenoot om samen te spelen\s*Noë\s*elke dinsdag\s*Sanne/
			);
		await expect.element(rows[2]!).toHaveTextContent(/Bart \(leerkracht\)\s*4 december 2026/);
	});

	test('hostile text appears literally and adds no element to the page', async () => {
		const { container } = await render(PlanSheet, { doc: samplePlanDocument() });
		await expect.element(page.getByText(HOSTILE.script, { exact: true }).first()).toBeVisible();
		await expect.element(page.getByText(HOSTILE.svg, { exact: true })).toBeVisible();
		await expect.element(page.getByText(HOSTILE.arabic, { exact: true })).toBeVisible();
		expect(container.querySelector('script, img, [onerror], [onload]')).toBeNull();
		// Only the wheel's own SVGs: none of the user's.
		expect(container.querySelectorAll('svg[onload]')).toHaveLength(0);
		// User text keeps its own direction, so right-to-left text reads right.
		expect(page.getByText(HOSTILE.arabic, { exact: true }).element().getAttribute('dir')).toBe(
			'auto'
		);
	});

	test('a long word wraps inside the sheet instead of widening it', async () => {
		const { container } = await render(PlanSheet, { doc: samplePlanDocument() });
		const sheet = container.querySelector<HTMLElement>('.plan-sheet')!;
		sheet.style.width = '600px';
		expect(sheet.scrollWidth).toBeLessThanOrEqual(600);
	});

	test('an empty plan says what is still missing', async () => {
		await render(PlanSheet, { doc: emptyPlanDocument() });
		await expect.element(page.getByText('Nog geen speerpunten gekozen.')).toBeVisible();
		await expect.element(page.getByText('nog geen datum gekozen')).toBeVisible();
		await expect
			.element(page.getByRole('heading', { name: 'Afspraken over veiligheid' }))
			.not.toBeInTheDocument();
	});
});
