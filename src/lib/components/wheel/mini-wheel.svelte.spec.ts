import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { describe, expect, test } from 'vitest';
import { ELEMENTS, type ElementId } from '$lib/domain/elements';
import { elementText, language } from '$lib/i18n';
import MiniWheel from './mini-wheel.svelte';
import { elementsEn } from '$test/catalogues';

const hrefFor = (id: ElementId) => `/gesprek/?id=c1&element=${id}`;

describe('MiniWheel', () => {
	test('is a named navigation with a link to each of the eight elements', async () => {
		await render(MiniWheel, { current: 'heard', done: [], hrefFor, label: 'Ga naar een element' });
		const nav = page.getByRole('navigation', { name: 'Ga naar een element' });
		await expect.element(nav).toBeVisible();
		const links = nav.getByRole('link').all();
		expect(links).toHaveLength(8);
		for (const [i, el] of ELEMENTS.entries()) {
			const name = `Element ${el.number}: ${elementText(el.id).name}`;
			const link = nav.getByRole('link', { name, exact: true });
			await expect.element(link).toHaveAttribute('href', hrefFor(el.id));
			expect(links[i]!.element()).toBe(link.element());
		}
		// Each sector shows its number.
		const text = nav.element().textContent!;
		for (const n of ['1', '2', '3', '4', '5', '6', '7', '8']) expect(text).toContain(n);
	});

	test('marks the current element as the current step and done elements as "klaar"', async () => {
		const { container } = await render(MiniWheel, {
			current: 'developing',
			done: ['heard', 'belonging', 'developing'],
			hrefFor,
			label: 'Ga naar een element'
		});
		const current = page.getByRole('link', { name: 'Element 4: Kunnen ontwikkelen (klaar)' });
		await expect.element(current).toHaveAttribute('aria-current', 'step');
		expect(container.querySelectorAll('[aria-current]')).toHaveLength(1);

		await expect
			.element(page.getByRole('link', { name: 'Element 1: Gehoord worden (klaar)' }))
			.not.toHaveAttribute('aria-current');
		await expect
			.element(page.getByRole('link', { name: 'Element 2: Erbij horen (klaar)' }))
			.toBeInTheDocument();
		await expect
			.element(
				page.getByRole('link', { name: 'Element 3: Verantwoordelijkheid nemen', exact: true })
			)
			.toBeInTheDocument();
		expect(page.getByRole('link', { name: /\(klaar\)$/ }).all()).toHaveLength(3);
		// A check mark is drawn for each done element.
		expect(container.querySelectorAll('.check')).toHaveLength(3);
	});

	test('links are large, reachable with Tab and show a focus ring', async () => {
		await render(MiniWheel, { current: 'safe', done: [], hrefFor, label: 'Ga naar een element' });
		await userEvent.tab();
		const first = page.getByRole('link', { name: 'Element 1: Gehoord worden' }).element();
		expect(document.activeElement).toBe(first);
		const ring = first.querySelector<SVGPathElement>('.focus')!;
		expect(getComputedStyle(ring).stroke).not.toBe('none');
		const box = first.getBoundingClientRect();
		expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
	});

	test('names the elements in the language the app speaks now', async () => {
		await render(MiniWheel, { current: 'heard', done: ['heard'], hrefFor, label: 'Elementen' });
		try {
			await language.set('en', false);
			const nav = page.getByRole('navigation', { name: 'Elementen' });
			await expect
				.element(nav.getByRole('link', { name: new RegExp(`${elementsEn.safe.name}$`) }))
				.toHaveAttribute('href', hrefFor('safe'));
			expect(nav.element().innerHTML).not.toContain('Veilig zijn');
		} finally {
			await language.set('nl', false);
		}
	});
});
