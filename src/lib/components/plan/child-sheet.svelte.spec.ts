import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { describe, expect, test } from 'vitest';
import { HOSTILE, samplePlanDocument } from '$test/plan-fixture';
import ChildSheet from './child-sheet.svelte';

describe('ChildSheet', () => {
	test("the child's own actions come first, then the goals, then what others do", async () => {
		const { container } = await render(ChildSheet, { doc: samplePlanDocument() });
		const headings = [...container.querySelectorAll('h2')].map((h) => h.textContent);
		expect(headings.slice(0, 3)).toEqual([
			'Dit ga ik doen',
			'Hier werken we aan',
			'Dit doen anderen'
		]);
		expect(container.querySelector('h1, h3')).toBeNull();

		const mine = page.getByRole('region', { name: 'Dit ga ik doen' });
		await expect
			.element(mine.getByText('Noë vraagt een klasgenoot om samen te spelen'))
			.toBeVisible();
		await expect.element(mine.getByText('Lotje tekent hoe haar dag was')).toBeVisible();
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
		const { container } = await render(ChildSheet, { doc: samplePlanDocument() });
		const sheet = container.querySelector<HTMLElement>('.child-sheet')!;
		const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
		expect(parseFloat(getComputedStyle(sheet).fontSize)).toBeGreaterThanOrEqual(1.4 * rem);
		// 2 own actions + 2 goals + 3 actions by others.
		expect(container.querySelectorAll('.card svg.element-icon')).toHaveLength(7);
	});

	test('hostile text appears literally and adds no element to the page', async () => {
		const { container } = await render(ChildSheet, { doc: samplePlanDocument() });
		await expect.element(page.getByText(HOSTILE.script, { exact: true })).toBeVisible();
		await expect.element(page.getByText(HOSTILE.svg, { exact: true })).toBeVisible();
		await expect.element(page.getByText(HOSTILE.img, { exact: true }).first()).toBeVisible();
		expect(container.querySelector('script, img, [onerror], [onload]')).toBeNull();
	});

	test('who agreed, in simple words', async () => {
		await render(ChildSheet, { doc: samplePlanDocument() });
		const agree = page.getByRole('region', { name: 'Wie staat erachter?' });
		await expect
			.element(agree.getByRole('listitem').first())
			.toHaveTextContent(/Noë\s*Ja, ik sta erachter/);
		await expect.element(agree.getByRole('listitem').nth(1)).toHaveTextContent(/Lotje\s*nog niet/);
	});
});
