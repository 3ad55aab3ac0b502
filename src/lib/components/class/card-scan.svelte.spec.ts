import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_CODES, EDGE_FACES } from '$lib/domain/class-cards';
import { gridCards, synthFrame } from '$lib/platform/cards/synth';
import CardScan from './card-scan.svelte';

const element = { name: 'Veilig zijn', colour: '#efc9e2' };

/**
 * A camera that films six cards held up: a canvas repainted on every animation frame. With
 * `later`, it films an empty room until `show()`.
 */
function cardCamera(n = 6, later = false) {
	const cards = gridCards(n, { size: 90, width: 640, height: 360, seed: 7 });
	const frame = synthFrame(cards, { codes: CARD_CODES, width: 640, height: 360, seed: 7 });
	const canvas = Object.assign(document.createElement('canvas'), { width: 640, height: 360 });
	const context = canvas.getContext('2d')!;
	const image = new ImageData(new Uint8ClampedArray(frame.data), 640, 360);
	const room = synthFrame([], { codes: CARD_CODES, width: 640, height: 360, seed: 7 });
	const empty = new ImageData(new Uint8ClampedArray(room.data), 640, 360);
	let on = true;
	let cardsUp = !later;
	const paint = () => {
		context.putImageData(cardsUp ? image : empty, 0, 0);
		if (on) requestAnimationFrame(paint);
	};
	paint();
	const stream = canvas.captureStream(10);
	const expected = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
	for (const c of cards) expected[EDGE_FACES[c.top]] += 1;
	return { stream, expected, show: () => (cardsUp = true), stop: () => (on = false) };
}

/** The scan screen filming `camera`, with spies for what it reports. */
async function scanWith(
	camera: ReturnType<typeof cardCamera>,
	props: { already: number; present: number | undefined }
) {
	vi.spyOn(navigator.mediaDevices, 'getUserMedia').mockResolvedValue(camera.stream);
	const ondone = vi.fn();
	const oncancel = vi.fn();
	const screen = await render(CardScan, { element, ...props, ondone, oncancel });
	return { ondone, oncancel, screen };
}

function refuse(name: string) {
	vi.spyOn(navigator.mediaDevices, 'getUserMedia').mockRejectedValue(new DOMException('', name));
}

afterEach(() => vi.restoreAllMocks());

describe('scanning class cards', () => {
	it('counts the cards the camera sees, shows only their numbers, and turns the camera off', async () => {
		const camera = cardCamera();
		const { ondone, screen } = await scanWith(camera, { already: 0, present: 8 });

		await expect.element(page.getByRole('status')).toHaveTextContent('6 van 8 gezien');
		const seen = page.getByRole('listitem').filter({ hasText: /, gezien/ });
		await expect
			.poll(() => seen.elements().map((li) => li.textContent?.replace(/\D/g, '')))
			.toEqual(['1', '2', '3', '4', '5', '6']);
		// Never what anyone chose.
		expect(screen.container.textContent).not.toMatch(/blij|verdrietig|gaat wel/i);

		await page.getByRole('button', { name: 'Klaar: tel deze kaarten' }).click();
		expect(ondone).toHaveBeenCalledWith(camera.expected);
		expect(camera.stream.getVideoTracks()[0]!.readyState).toBe('ended');
		camera.stop();
	});

	it('asks before stopping without counting, and then counts nothing', async () => {
		const camera = cardCamera();
		const { ondone, oncancel } = await scanWith(camera, { already: 0, present: undefined });
		await expect.element(page.getByRole('status')).toHaveTextContent('6 kaarten gezien');

		await page.getByRole('button', { name: 'Stoppen zonder tellen' }).click();
		const ask = page.getByRole('dialog', { name: 'Stoppen zonder tellen?' });
		await expect.element(ask).toBeVisible();
		await ask.getByRole('button', { name: 'Stoppen zonder tellen' }).click();
		expect(oncancel).toHaveBeenCalledOnce();
		expect(ondone).not.toHaveBeenCalled();
		camera.stop();
	});

	it('says a second scan replaces the counts, and stops on Escape only after asking', async () => {
		const camera = cardCamera();
		const { ondone, oncancel } = await scanWith(camera, { already: 24, present: 24 });
		await expect
			.element(page.getByText(/al 24 keuzes geteld\. Deze scan vervangt ze/))
			.toBeVisible();
		await expect.element(page.getByRole('status')).toHaveTextContent('6 van 24 gezien');

		await userEvent.keyboard('{Escape}');
		const ask = page.getByRole('dialog', { name: 'Stoppen zonder tellen?' });
		await expect.element(ask).toBeVisible();
		await userEvent.keyboard('{Escape}');
		await expect.element(ask).not.toBeInTheDocument();
		expect(oncancel).not.toHaveBeenCalled();

		await page.getByRole('button', { name: 'Klaar: tel deze kaarten' }).click();
		expect(ondone).toHaveBeenCalledWith(camera.expected);
		camera.stop();
	});

	it('keeps reading the cards with the camera picture covered for a projected screen', async () => {
		const camera = cardCamera(6, true);
		await scanWith(camera, { already: 0, present: 8 });
		await expect.element(page.getByRole('status')).toHaveTextContent('0 van 8 gezien');
		const hide = page.getByRole('button', { name: 'Camerabeeld verbergen' });
		await hide.click();
		await expect.element(hide).toHaveAttribute('aria-pressed', 'true');
		await expect.element(page.getByText('Camerabeeld verborgen.', { exact: false })).toBeVisible();
		camera.show();
		await expect.element(page.getByRole('status')).toHaveTextContent('6 van 8 gezien');
		camera.stop();
	});

	it('does not count fewer than three cards, which the class could tell apart', async () => {
		const camera = cardCamera(2);
		const { ondone } = await scanWith(camera, { already: 0, present: 24 });
		await expect.element(page.getByRole('status')).toHaveTextContent('2 van 24 gezien');
		const done = page.getByRole('button', { name: 'Klaar: tel deze kaarten' });
		await expect.element(done).toBeDisabled();
		await expect.element(done).toHaveAccessibleDescription(/minstens 3 kaarten/);
		await done.click({ force: true });
		expect(ondone).not.toHaveBeenCalled();
		camera.stop();
	});

	it('explains a refused camera and names the other ways to count', async () => {
		refuse('NotAllowedError');
		const oncancel = vi.fn();
		await render(CardScan, { element, already: 0, present: 24, ondone: vi.fn(), oncancel });
		const alert = page.getByRole('alert');
		await expect.element(alert).toHaveTextContent(/mag de camera niet gebruiken/);
		await expect.element(alert).toHaveTextContent(/handen tellen of een geheime stemming/);
		await page.getByRole('button', { name: 'Terug naar het klasgesprek' }).click();
		expect(oncancel).toHaveBeenCalledOnce();
	});

	it('says so when there is no camera, and can try again', async () => {
		refuse('NotFoundError');
		await render(CardScan, {
			element,
			already: 0,
			present: 24,
			ondone: vi.fn(),
			oncancel: vi.fn()
		});
		await expect
			.element(page.getByRole('alert'))
			.toHaveTextContent('Er is geen camera gevonden op dit apparaat.');
		const camera = cardCamera();
		vi.spyOn(navigator.mediaDevices, 'getUserMedia').mockResolvedValue(camera.stream);
		await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
		await expect.element(page.getByRole('status')).toHaveTextContent('6 van 24 gezien');
		camera.stop();
	});
});
