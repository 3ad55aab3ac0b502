import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { FaceCounts } from '$lib/domain/class-session';
import ClassPicture from './class-picture.svelte';

const COLOUR = '#f6c6c0';

/** What each face's list item says, saddest first. */
function itemTexts(): string[] {
	return page
		.getByRole('listitem')
		.all()
		.map((item) => item.element().textContent!.replace(/\s+/g, ' ').trim());
}

function barHeights(container: HTMLElement): number[] {
	return [...container.querySelectorAll('rect')].map((r) => Number(r.getAttribute('height')));
}

describe('ClassPicture', () => {
	afterEach(() => {
		document.body.style.fontSize = '';
	});

	it("shows the teacher's exact counts as text, as a list and as bars in the element's colour", async () => {
		const counts: FaceCounts = { 1: 1, 2: 2, 3: 0, 4: 5, 5: 12 };
		const { container } = await render(ClassPicture, {
			title: 'Gehoord worden',
			counts,
			colour: COLOUR,
			exact: true
		});
		await expect.element(page.getByRole('figure', { name: 'Gehoord worden' })).toBeVisible();
		expect(itemTexts()).toEqual([
			'Heel verdrietig 1',
			'Verdrietig 2',
			'Gaat wel 0',
			'Blij 5',
			'Heel blij 12'
		]);
		await expect.element(page.getByText('Samen 20 keuzes')).toBeVisible();
		// One bar per face that was chosen, taller for more; 1 and 2 differ on this panel.
		const heights = barHeights(container);
		expect(heights).toHaveLength(4);
		const [one, two, five, twelve] = heights as [number, number, number, number];
		expect(one).toBeLessThan(two);
		expect(two).toBeLessThan(five);
		expect(five).toBeLessThan(twelve);
		for (const rect of container.querySelectorAll('rect')) {
			expect(rect.getAttribute('fill')).toBe(COLOUR);
		}
		// The picture is hidden from screen readers, which read the list instead.
		expect(container.querySelector('svg.bars')!.getAttribute('aria-hidden')).toBe('true');
	});

	it('shows counts of 1 and 2 as "een paar" on the projected view, with no total', async () => {
		await render(ClassPicture, {
			title: 'Erbij horen',
			counts: { 1: 1, 2: 2, 3: 0, 4: 5, 5: 12 },
			colour: COLOUR,
			exact: false
		});
		expect(itemTexts()).toEqual([
			'Heel verdrietig een paar',
			'Verdrietig een paar',
			'Gaat wel 0',
			'Blij 5',
			'Heel blij 12'
		]);
		// A total would let the class work out the small counts.
		await expect.element(page.getByText(/Samen/)).not.toBeInTheDocument();
	});

	it('draws 1 and 2 the same on the projected view: nothing on screen tells them apart', async () => {
		const props = { title: 'Veilig zijn', colour: COLOUR, exact: false };
		const { container, rerender } = await render(ClassPicture, {
			...props,
			counts: { 1: 1, 2: 2, 3: 0, 4: 7, 5: 1 }
		});
		const heights = barHeights(container);
		expect(heights[0]).toBe(heights[1]);
		expect(heights[0]).toBe(heights[3]);
		const before = container.innerHTML;
		await rerender({ counts: { 1: 2, 2: 1, 3: 0, 4: 7, 5: 2 } });
		expect(container.innerHTML).toBe(before);
		// And with nothing but small counts, where the tallest bar sets the scale.
		await rerender({ counts: { 1: 0, 2: 0, 3: 1, 4: 0, 5: 0 } });
		const one = container.innerHTML;
		await rerender({ counts: { 1: 0, 2: 0, 3: 2, 4: 0, 5: 0 } });
		expect(container.innerHTML).toBe(one);
		expect(itemTexts()[2]).toBe('Gaat wel een paar');
	});

	it('says kindly that nobody chose yet', async () => {
		const { container } = await render(ClassPicture, {
			title: 'Actief zijn',
			counts: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
			colour: COLOUR,
			exact: false
		});
		await expect.element(page.getByText('Nog niemand heeft gekozen.')).toBeVisible();
		expect(container.querySelectorAll('rect')).toHaveLength(0);
		expect(page.getByRole('listitem').all()).toHaveLength(0);
	});

	it("grows with the page's type, for a digiboard", async () => {
		const props = {
			title: 'Gezond zijn',
			counts: { 1: 0, 2: 3, 3: 4, 4: 5, 5: 6 },
			colour: COLOUR,
			exact: false
		};
		document.body.style.fontSize = '32px';
		await render(ClassPicture, props);
		const items = page.getByRole('listitem').all();
		expect(items).toHaveLength(5);
		for (const item of items) {
			const count = item.element().querySelector('.count')!;
			expect(parseFloat(getComputedStyle(count).fontSize)).toBeGreaterThanOrEqual(32);
			expect(item.element().querySelector('svg')!.getBoundingClientRect().width).toBeGreaterThan(
				64
			);
		}
		const bars = document.querySelector('svg.bars')!.getBoundingClientRect();
		expect(bars.height).toBeGreaterThan(200);
	});
});
