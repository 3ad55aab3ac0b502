import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { describe, expect, test } from 'vitest';
import {
	emptyPlanDocument,
	HOSTILE,
	sampleFollowUpDocument,
	samplePlanDocument
} from '$test/plan-fixture';
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
		// Two children: a wheel for each, never one chart with both.
		for (const name of ['Noë', 'Lotje'])
			await expect
				.element(page.getByRole('figure', { name: new RegExp(`Kansencirkel van ${name}`) }))
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

describe('PlanSheet for the child', () => {
	test("the child's own actions come first, then the goals, then what others do", async () => {
		const { container } = await render(PlanSheet, { doc: samplePlanDocument(), audience: 'child' });
		const headings = [...container.querySelectorAll('h2')].map((h) => h.textContent);
		expect(headings.slice(0, 3)).toEqual([
			'Dit ga ik doen',
			'Hier werken we aan',
			'Dit doen anderen'
		]);
		// Its own title on top (whose version: two children); no deeper headings and no table.
		expect([...container.querySelectorAll('h1')].map((h) => h.textContent)).toEqual([
			'Mijn plan – Noë'
		]);
		expect(container.querySelector('h3, table')).toBeNull();

		const mine = page.getByRole('region', { name: 'Dit ga ik doen' });
		await expect
			.element(mine.getByText('Noë vraagt een klasgenoot om samen te spelen'))
			.toBeVisible();
		// Noë's version: her own actions only; her sister's is among what others do.
		await expect.element(mine.getByText('Lotje tekent hoe haar dag was')).not.toBeInTheDocument();
		await expect
			.element(mine.getByText('Elke avond tien minuten samen praten over de dag'))
			.not.toBeInTheDocument();

		const others = page.getByRole('region', { name: 'Dit doen anderen' });
		await expect
			.element(others.getByText('Elke avond tien minuten samen praten over de dag'))
			.toBeVisible();
		await expect.element(others.getByText('Bart (leerkracht)')).toBeVisible();
		await expect.element(page.getByText('Wanneer kijken we weer?')).toBeVisible();
		await expect.element(page.getByText('8 januari 2027')).toBeVisible();
	});

	test('big type and an element icon with every action and goal', async () => {
		const { container } = await render(PlanSheet, { doc: samplePlanDocument(), audience: 'child' });
		const sheet = container.querySelector<HTMLElement>('article')!;
		const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
		expect(parseFloat(getComputedStyle(sheet).fontSize)).toBeGreaterThanOrEqual(1.4 * rem);
		// 2 own actions + 2 goals + 3 actions by others.
		expect(container.querySelectorAll('.card svg.element-icon')).toHaveLength(7);
	});

	test('hostile text appears literally and adds no element to the page', async () => {
		const { container } = await render(PlanSheet, { doc: samplePlanDocument(), audience: 'child' });
		await expect.element(page.getByText(HOSTILE.script, { exact: true })).toBeVisible();
		await expect.element(page.getByText(HOSTILE.svg, { exact: true })).toBeVisible();
		await expect.element(page.getByText(HOSTILE.img, { exact: true }).first()).toBeVisible();
		expect(container.querySelector('script, img, [onerror], [onload]')).toBeNull();
	});

	test('no scores and no worries, but what goes well with who said it', async () => {
		const { container } = await render(PlanSheet, { doc: samplePlanDocument(), audience: 'child' });
		expect(container.querySelector('figure')).toBeNull();
		await expect.element(page.getByRole('heading', { name: 'Zorgen' })).not.toBeInTheDocument();
		await expect
			.element(page.getByText('In de pauze speelt Noë vaak alleen.', { exact: false }))
			.not.toBeInTheDocument();
		const good = page.getByRole('region', { name: 'Dit gaat al goed' });
		await expect
			.element(good.getByRole('listitem').first())
			.toHaveTextContent(/Noë is creatief en tekent graag\.\s*\(Sanne, bij Kunnen ontwikkelen\)/);
	});

	test('who agreed, in simple words', async () => {
		await render(PlanSheet, { doc: samplePlanDocument(), audience: 'child' });
		const agree = page.getByRole('region', { name: 'Wie staat erachter?' });
		await expect
			.element(agree.getByRole('listitem').first())
			.toHaveTextContent(/Noë\s*Ja, ik sta erachter/);
		await expect.element(agree.getByRole('listitem').nth(1)).toHaveTextContent(/Lotje\s*nog niet/);
	});
});

describe('PlanSheet with a terugblik', () => {
	test('shows what became of the previous plan, and the wheel of now and last time', async () => {
		await render(PlanSheet, { doc: sampleFollowUpDocument() });
		const review = page.getByRole('region', { name: 'Terugblik' });
		await expect
			.element(review.getByRole('heading', { level: 3, name: 'Hoe staat het met de doelen?' }))
			.toBeVisible();
		await expect.element(review.getByText('Elke avond even praten (Mama)')).toBeVisible();
		await expect.element(review.getByText('(Lukte drie keer per week)')).toBeVisible();
		await expect.element(review.getByText('Noor van Verdrietig naar Blij')).toBeVisible();
		await expect.element(review.getByRole('figure')).toBeVisible();
		// Last time is drawn dashed, now solid, under the terugblik's own legend.
		await expect.element(review.getByText('Nu en vorige keer')).toBeVisible();
		const lines = [...review.element().querySelectorAll('figure path[stroke-dasharray]')];
		expect(lines.length).toBeGreaterThan(0);
	});

	test("the child's sheet starts with 'Dit heb ik gedaan!'", async () => {
		await render(PlanSheet, { doc: sampleFollowUpDocument(), audience: 'child' });
		const done = page.getByRole('region', { name: 'Dit heb ik gedaan!' });
		await expect.element(done.getByText('Een tekening maken van een veilige plek')).toBeVisible();
		await expect.element(done.getByText('Gelukt!')).toBeVisible();
	});
});
