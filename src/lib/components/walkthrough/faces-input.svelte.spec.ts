import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FacesInput from './faces-input.svelte';
import { stubSpeech, voice } from '$test/speech-fake';

describe('FacesInput', () => {
	it('offers five named faces and maps the chosen face onto the 1–10 scale', async () => {
		const onchange = vi.fn();
		await render(FacesInput, { value: null, name: 'f', legend: 'Hoe voelt Mo zich?', onchange });
		const group = page.getByRole('group', { name: 'Hoe voelt Mo zich?' });
		for (const name of ['Heel verdrietig', 'Verdrietig', 'Gaat wel', 'Blij', 'Heel blij']) {
			await expect.element(group.getByRole('radio', { name, exact: true })).toBeVisible();
		}
		await page.getByRole('radio', { name: 'Heel blij' }).click();
		expect(onchange).toHaveBeenLastCalledWith(10);
		await page.getByRole('radio', { name: 'Verdrietig', exact: true }).click();
		expect(onchange).toHaveBeenLastCalledWith(4);
	});

	it('shows any stored score back as its face', async () => {
		await render(FacesInput, { value: 7, name: 'f', legend: 'Hoe?', onchange: () => {} });
		await expect.element(page.getByRole('radio', { name: 'Blij', exact: true })).toBeChecked();
	});

	it('can be used with the keyboard and has large targets', async () => {
		const onchange = vi.fn();
		await render(FacesInput, { value: 6, name: 'f', legend: 'Hoe?', onchange });
		(page.getByRole('radio', { name: 'Gaat wel' }).element() as HTMLElement).focus();
		await userEvent.keyboard('{ArrowRight}');
		expect(onchange).toHaveBeenLastCalledWith(8);
		for (const label of document.querySelectorAll('label')) {
			const box = label.getBoundingClientRect();
			expect(box.width).toBeGreaterThanOrEqual(44);
			expect(box.height).toBeGreaterThanOrEqual(44);
		}
	});
});

describe('FacesInput read aloud', () => {
	afterEach(() => vi.unstubAllGlobals());

	it("reads each face's meaning aloud, without choosing it", async () => {
		const synth = stubSpeech([voice('nl-NL', 'Xander')]);
		const onchange = vi.fn();
		await render(FacesInput, { value: null, name: 'f', legend: 'Hoe?', onchange });
		for (const name of ['Heel verdrietig', 'Verdrietig', 'Gaat wel', 'Blij', 'Heel blij']) {
			const button = page.getByRole('button', { name: `Lees voor: ${name}`, exact: true });
			await expect.element(button).toBeVisible();
			expect(button.element().closest('label')).toBeNull();
			await button.click();
			const spoken = synth.speak.mock.lastCall![0] as SpeechSynthesisUtterance;
			expect(spoken.text).toBe(name);
			expect(spoken.lang).toBe('nl-NL');
		}
		expect(onchange).not.toHaveBeenCalled();
		await expect.element(page.getByRole('radio', { name: 'Nog geen antwoord' })).toBeChecked();
	});
});
