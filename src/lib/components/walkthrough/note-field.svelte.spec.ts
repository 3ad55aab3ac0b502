import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { describe, expect, it, vi } from 'vitest';
import NoteField from './note-field.svelte';

function note(value = '', tapToOpen = true) {
	const oninput = vi.fn();
	return {
		oninput,
		rendered: render(NoteField, { id: 'n', label: 'Zorgen', value, rows: 1, tapToOpen, oninput })
	};
}

describe('NoteField', () => {
	it('starts as a button with the label, a full touch target, and opens into the field', async () => {
		const { oninput, rendered } = note();
		await rendered;
		const button = page.getByRole('button', { name: 'Zorgen', exact: true });
		await expect.element(button).toBeVisible();
		expect(page.getByLabelText('Zorgen').elements()).toHaveLength(0);
		const box = button.element().getBoundingClientRect();
		expect(box.height).toBeGreaterThanOrEqual(44);
		await button.click();
		// The field takes its place, with the focus, so the typing goes straight in.
		const field = page.getByLabelText('Zorgen');
		await expect.element(field).toHaveFocus();
		expect(page.getByRole('button', { name: 'Zorgen', exact: true }).elements()).toHaveLength(0);
		await userEvent.keyboard('Hij');
		expect(oninput).toHaveBeenLastCalledWith('Hij');
	});

	it('opens with the keyboard too', async () => {
		await note().rendered;
		(page.getByRole('button', { name: 'Zorgen' }).element() as HTMLElement).focus();
		await userEvent.keyboard('{Enter}');
		await expect.element(page.getByLabelText('Zorgen')).toHaveFocus();
	});

	it('a note with text is shown open', async () => {
		await note('Hij praat thuis weinig').rendered;
		await expect.element(page.getByLabelText('Zorgen')).toHaveValue('Hij praat thuis weinig');
		expect(page.getByRole('button', { name: 'Zorgen' }).elements()).toHaveLength(0);
	});

	it('stays open when its text is wiped, so the field never vanishes while typing', async () => {
		const { rendered } = note('Kort');
		const { rerender } = await rendered;
		const field = page.getByLabelText('Zorgen');
		await field.fill('');
		await rerender({ value: '' });
		await expect.element(field).toBeVisible();
		await expect.element(field).toHaveValue('');
	});

	it('grows with its text', async () => {
		const { rendered } = note('Eén regel');
		const { rerender } = await rendered;
		const field = page.getByLabelText('Zorgen').element() as HTMLTextAreaElement;
		const one = field.getBoundingClientRect().height;
		await rerender({ value: 'Eén\ntwee\ndrie\nvier' });
		await expect.poll(() => field.getBoundingClientRect().height).toBeGreaterThan(one * 2);
	});

	it('without tapToOpen (the plan builder) it is a field from the start', async () => {
		await note('', false).rendered;
		await expect.element(page.getByLabelText('Zorgen')).toBeVisible();
		expect(page.getByRole('button').elements()).toHaveLength(0);
	});
});
