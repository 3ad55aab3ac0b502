import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { language } from '$lib/i18n';
import PersonRow, { tabId, type RowPerson } from './person-row.svelte';

const PEOPLE: RowPerson[] = [
	{ id: 'noor', name: 'Noor', scored: true, score: 8 },
	{ id: 'mo', name: 'Mo', scored: true, score: 10, faces: true },
	// An adult with a card about each of two children: no single score to show.
	{ id: 'sanne', name: 'Sanne', scored: true },
	{ id: 'eva', name: 'Eva', scored: false, score: null }
];

/** The row as the element screen uses it: a tap (or key) shows that person. */
async function row(selected = 'noor') {
	const onselect = vi.fn();
	const rendered = await render(PersonRow, { people: PEOPLE, selected, panel: 'p', onselect });
	onselect.mockImplementation((id: string) => rendered.rerender({ selected: id }));
	return onselect;
}

const tab = (name: string) => page.getByRole('tab', { name: new RegExp(`^${name}:`) });

afterEach(() => {
	void language.set('nl', false);
});

describe('PersonRow', () => {
	it('names the row and says of each person whether they answered, and what', async () => {
		await row();
		const list = page.getByRole('tablist', { name: 'Wie is er aan de beurt?' });
		await expect.element(list).toBeVisible();
		expect(list.getByRole('tab').elements()).toHaveLength(4);
		await expect.element(tab('Noor')).toHaveAccessibleName('Noor: heeft geantwoord, 8');
		// The youngest: the face, in words.
		await expect.element(tab('Mo')).toHaveAccessibleName('Mo: heeft geantwoord, Heel blij');
		await expect.element(tab('Sanne')).toHaveAccessibleName('Sanne: heeft geantwoord');
		await expect.element(tab('Eva')).toHaveAccessibleName('Eva: nog niet');
		// What the eye sees: a check and the score for Noor, a face for Mo, nothing for Eva.
		expect(tab('Noor').element().textContent).toContain('✓');
		expect(tab('Noor').element().querySelector('.score')?.textContent).toBe('8');
		expect(tab('Mo').element().querySelector('svg')).not.toBeNull();
		expect(tab('Eva').element().querySelector('.mark')).toBeNull();
	});

	it('marks the person shown, and ties each tab to the panel', async () => {
		await row('sanne');
		await expect.element(tab('Sanne')).toHaveAttribute('aria-selected', 'true');
		await expect.element(tab('Noor')).toHaveAttribute('aria-selected', 'false');
		for (const p of PEOPLE) {
			const el = document.getElementById(tabId('p', p.id))!;
			expect(el.getAttribute('aria-controls')).toBe('p');
		}
	});

	it('a tap shows that person', async () => {
		const onselect = await row();
		await tab('Eva').click();
		expect(onselect).toHaveBeenLastCalledWith('eva');
		await expect.element(tab('Eva')).toHaveAttribute('aria-selected', 'true');
		await expect.element(tab('Noor')).toHaveAttribute('aria-selected', 'false');
	});

	it('is one Tab stop; arrow keys, Home and End move along it and show that person', async () => {
		const onselect = await row();
		// Only the one shown is in the Tab order.
		expect(
			PEOPLE.map((p) => document.getElementById(tabId('p', p.id))!.getAttribute('tabindex'))
		).toEqual(['0', '-1', '-1', '-1']);
		(tab('Noor').element() as HTMLElement).focus();
		await userEvent.keyboard('{ArrowRight}');
		expect(onselect).toHaveBeenLastCalledWith('mo');
		await expect.element(tab('Mo')).toHaveFocus();
		await expect.element(tab('Mo')).toHaveAttribute('tabindex', '0');
		await userEvent.keyboard('{End}');
		expect(onselect).toHaveBeenLastCalledWith('eva');
		await expect.element(tab('Eva')).toHaveFocus();
		// Past the end, round to the start; and back.
		await userEvent.keyboard('{ArrowRight}');
		expect(onselect).toHaveBeenLastCalledWith('noor');
		await userEvent.keyboard('{ArrowLeft}');
		expect(onselect).toHaveBeenLastCalledWith('eva');
		await userEvent.keyboard('{Home}');
		expect(onselect).toHaveBeenLastCalledWith('noor');
		await expect.element(tab('Noor')).toHaveFocus();
		// Other keys are left alone.
		const calls = onselect.mock.calls.length;
		await userEvent.keyboard('{ArrowDown}');
		expect(onselect.mock.calls.length).toBe(calls);
	});

	it('right to left, the arrows follow the reading direction', async () => {
		document.documentElement.dir = 'rtl';
		try {
			const onselect = await row();
			(tab('Noor').element() as HTMLElement).focus();
			await userEvent.keyboard('{ArrowLeft}');
			expect(onselect).toHaveBeenLastCalledWith('mo');
			await userEvent.keyboard('{ArrowRight}');
			expect(onselect).toHaveBeenLastCalledWith('noor');
		} finally {
			document.documentElement.dir = 'ltr';
		}
	});

	it('every tab is a full touch target with a visible focus ring', async () => {
		await row();
		for (const p of PEOPLE) {
			const el = document.getElementById(tabId('p', p.id))!;
			const box = el.getBoundingClientRect();
			expect(box.width).toBeGreaterThanOrEqual(44);
			expect(box.height).toBeGreaterThanOrEqual(44);
		}
		(tab('Noor').element() as HTMLElement).focus();
		await userEvent.keyboard('{ArrowRight}');
		const focused = tab('Mo').element();
		expect(focused.matches(':focus-visible')).toBe(true);
		const style = getComputedStyle(focused);
		expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
		expect(style.outlineStyle).not.toBe('none');
	});

	it('speaks English when the app does', async () => {
		await language.set('en', false);
		await row();
		await expect.element(page.getByRole('tablist', { name: 'Whose turn is it?' })).toBeVisible();
		await expect.element(tab('Eva')).toHaveAccessibleName('Eva: not yet');
		await expect.element(tab('Noor')).toHaveAccessibleName('Noor: has answered, 8');
	});
});
