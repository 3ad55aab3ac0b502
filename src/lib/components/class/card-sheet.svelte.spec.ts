import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readPdf } from '$test/read-pdf';
import CardSheet from './card-sheet.svelte';

/** What the download would have saved: the anchor's file name and the blob behind its URL. */
function catchDownloads() {
	const blobs = new Map<string, Blob>();
	const saved: { name: string; blob: Blob }[] = [];
	vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
		const url = `blob:card-sheet/${blobs.size}`;
		blobs.set(url, blob as Blob);
		return url;
	});
	vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
	vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
		this: HTMLAnchorElement
	) {
		saved.push({ name: this.download, blob: blobs.get(this.href)! });
	});
	return saved;
}

const button = () => page.getByRole('button', { name: 'Kaarten afdrukken (PDF)' });

describe('CardSheet', () => {
	beforeEach(() => {
		// This device shares no files: the PDF is downloaded.
		if (typeof navigator.canShare === 'function')
			vi.spyOn(navigator, 'canShare').mockReturnValue(false);
	});
	afterEach(() => {
		vi.restoreAllMocks();
	});

	it('explains the cards in plain Dutch and offers 4 or 2 cards a sheet', async () => {
		await render(CardSheet);
		for (const text of [
			'Elke leerling krijgt één kaart.',
			'het zwarte vierkant naar jou toe',
			'De nummers zijn alleen om de kaarten uit te delen en weer op te halen.',
			'Welke kaart wat koos, bewaart de app nooit.',
			'Een ronde met kaarten heeft vier gezichten.'
		])
			await expect.element(page.getByText(text, { exact: false })).toBeVisible();
		const group = page.getByRole('group', { name: 'Hoeveel kaarten op één vel?' });
		await expect.element(group).toBeVisible();
		await expect.element(page.getByRole('radio', { name: /4 kaarten per vel/ })).toBeChecked();
		await expect
			.element(page.getByRole('radio', { name: /2 grote kaarten per vel/ }))
			.not.toBeChecked();
		await expect
			.element(page.getByRole('radio', { name: /2 grote kaarten per vel/ }))
			.toHaveAccessibleDescription(
				'20 vellen A4. Beter te lezen in een grote ruimte. Voor 24 leerlingen zijn de eerste 12 vellen genoeg.'
			);
		const box = button().element().getBoundingClientRect();
		expect(box.height).toBeGreaterThanOrEqual(44);
		await expect.element(page.getByRole('status')).toHaveTextContent('');
	});

	it('makes the PDF of the chosen size, downloads it and says where it is', async () => {
		const saved = catchDownloads();
		await render(CardSheet);
		await page.getByRole('radio', { name: /2 grote kaarten per vel/ }).click();
		await button().click();
		await expect
			.element(page.getByRole('status'))
			.toHaveTextContent('De kaarten staan in je downloads. Open het bestand en print het.');
		expect(saved.map((s) => s.name)).toEqual(['kansencirkel-klaskaarten.pdf']);
		const pdf = await readPdf(saved[0]!.blob);
		expect(pdf.pages).toBe(20);
		expect(pdf.title).toBe('Kansencirkel klaskaarten');
		await expect.element(button()).toBeEnabled();
	});

	it('says so in plain Dutch when the PDF cannot be saved', async () => {
		vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
			throw new Error('no room');
		});
		await render(CardSheet);
		await button().click();
		const status = page.getByRole('status');
		await expect
			.element(status)
			.toHaveTextContent('Het lukte niet om de kaarten te maken. Probeer het nog eens.');
		await expect.element(status.getByText(/lukte niet/)).toHaveClass('error');
		await expect.element(button()).toBeEnabled();
	});
});
