import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { language } from '$lib/i18n';
import { useRepos } from '$lib/state/repos';
import { manyConversations } from '$test/many-conversations';
import HomeScreen from './home-screen.svelte';

let wipe: (() => Promise<void>) | undefined;

beforeEach(async () => {
	await language.set('nl', false);
});

afterEach(async () => {
	useRepos(undefined);
	await wipe?.();
	wipe = undefined;
});

/** 30 conversations: "Gezin 30" the newest, "Familie Zwart" the oldest (its look-back is due). */
async function thirty() {
	const made = await manyConversations(30);
	useRepos(made.repos);
	wipe = made.wipe;
}

const gezin = () => page.getByRole('link', { name: /^Gezin \d+$/ });
const more = () => page.getByRole('button', { name: 'Toon meer gesprekken' });

describe('home with many conversations', () => {
	it('shows the first 24 cards, the rest on "Toon meer gesprekken", with focus on the first new one', async () => {
		await thirty();
		// Counts the date formatters made while home renders.
		const Original = Intl.DateTimeFormat;
		let made = 0;
		Intl.DateTimeFormat = new Proxy(Original, {
			construct: (target, args: ConstructorParameters<typeof Original>) => {
				made++;
				return new target(...args);
			}
		});
		onTestFinished(() => {
			Intl.DateTimeFormat = Original;
		});
		await render(HomeScreen);
		await expect.element(page.getByRole('link', { name: 'Gezin 30' })).toBeVisible();
		await expect.poll(() => gezin().elements().length).toBe(24);
		await expect.element(page.getByRole('link', { name: 'Gezin 6' })).not.toBeInTheDocument();
		await expect.element(page.getByRole('status')).toHaveTextContent('30 gesprekken');
		// Its card is not on screen yet, but its look-back is due: it is named at the top.
		const due = page.getByRole('region', { name: 'Om op terug te kijken' });
		await expect
			.element(due.getByRole('link', { name: 'Familie Zwart', exact: true }))
			.toBeVisible();
		await expect
			.poll(() => page.getByRole('link', { name: 'Familie Zwart', exact: true }).elements().length)
			.toBe(1);
		// One formatter per kind of date for all the cards, not one per card.
		expect(made).toBeLessThanOrEqual(2);

		await more().click();
		await expect.poll(() => gezin().elements().length).toBe(29);
		await expect.element(page.getByRole('link', { name: 'Gezin 6' })).toHaveFocus();
		await expect
			.poll(() => page.getByRole('link', { name: 'Familie Zwart', exact: true }).elements().length)
			.toBe(2);
		await expect.element(more()).not.toBeInTheDocument();
	});

	it('the search finds a conversation that is not on the first page', async () => {
		await thirty();
		await render(HomeScreen);
		await expect.element(page.getByRole('link', { name: 'Gezin 30' })).toBeVisible();
		await userEvent.fill(page.getByLabelText('Zoek op titel'), 'gezin 3');
		await expect.poll(() => gezin().elements().length).toBe(2);
		await expect.element(page.getByRole('link', { name: 'Gezin 3', exact: true })).toBeVisible();
		await expect.element(page.getByRole('status')).toHaveTextContent('2 gesprekken');
		await expect.element(more()).not.toBeInTheDocument();
		// Emptied, the search shows the first page again.
		await userEvent.fill(page.getByLabelText('Zoek op titel'), '');
		await expect.poll(() => gezin().elements().length).toBe(24);
		await expect.element(more()).toBeVisible();
	});
});
