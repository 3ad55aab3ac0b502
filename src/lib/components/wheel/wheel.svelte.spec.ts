import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { describe, expect, test } from 'vitest';
import { ELEMENTS, ELEMENT_IDS, type ElementId } from '$lib/domain/elements';
import { elementText } from '$lib/i18n';
import { SERIES_STYLES, seriesStyle } from './series';
import Wheel from './wheel.svelte';

const NAMES = ['Sam', 'Noor', 'Mo', 'Ilse', 'Daan', 'Lotte'];
const people = (n: number) => NAMES.slice(0, n).map((name, i) => ({ id: `p${i}`, name }));

/** Every participant scores every element: participant i gives element k the mark (i + k) % 10 + 1. */
function allScores(ps: { id: string }[]) {
	return ps.flatMap((p, i) =>
		ELEMENT_IDS.map((elementId, k) => ({
			participantId: p.id,
			elementId,
			score: ((i + k) % 10) + 1
		}))
	);
}

const lines = (c: HTMLElement) => [...c.querySelectorAll<SVGPathElement>('path[data-participant]')];

describe('Wheel', () => {
	test('has the title as its accessible name and links every sector to its element', async () => {
		const hrefFor = (id: ElementId) => `/gesprek/?id=c1&element=${id}`;
		await render(Wheel, {
			participants: people(1),
			answers: [],
			title: 'Kansencirkel van Gezin J.',
			hrefFor
		});
		const figure = page.getByRole('figure', { name: 'Kansencirkel van Gezin J.' });
		await expect.element(figure).toBeVisible();

		const links = figure.getByRole('link').all();
		expect(links).toHaveLength(8);
		for (const [i, id] of ELEMENT_IDS.entries()) {
			const link = figure.getByRole('link', { name: `Open ${elementText(id).name}`, exact: true });
			await expect.element(link).toHaveAttribute('href', hrefFor(id));
			// In wheel order: element 1 first, clockwise.
			expect(links[i]!.element()).toBe(link.element());
		}
		await expect.element(figure.getByRole('link', { name: 'Open Gehoord worden' })).toBeVisible();
	});

	test('shows every element name around the wheel, also without links', async () => {
		const { container } = await render(Wheel, { participants: [], answers: [], title: 'Wiel' });
		expect(page.getByRole('link').all()).toHaveLength(0);
		const text = container.querySelector('svg')!.textContent!.replace(/-\s*/g, '');
		for (const id of ELEMENT_IDS) {
			for (const word of elementText(id).name.split(' ')) expect(text).toContain(word);
		}
	});

	for (const n of [1, 3, 6]) {
		test(`draws one line and one legend entry per participant (${n})`, async () => {
			const ps = people(n);
			const { container } = await render(Wheel, {
				participants: ps,
				answers: allScores(ps),
				title: 'Wiel'
			});
			const legend = page.getByRole('list', { name: 'Wie is wie' });
			const items = legend.getByRole('listitem').all();
			expect(items.map((li) => li.element().textContent?.trim())).toEqual(ps.map((p) => p.name));

			const drawn = lines(container);
			expect(drawn.map((l) => l.dataset.participant)).toEqual(ps.map((p) => p.id));
			// A closed shape through all eight scores.
			for (const l of drawn) expect(l.getAttribute('d')).toMatch(/^M[^M]*Z$/);
			// Colour and dash differ per participant, so nobody's line can be mistaken for another's.
			expect(new Set(drawn.map((l) => l.getAttribute('stroke'))).size).toBe(n);

			expect(page.getByRole('img', { name: /^\w+: \d+$/ }).all()).toHaveLength(8 * n);
			await expect.element(page.getByRole('img', { name: `${ps[0]!.name}: 1` })).toBeVisible();
			await expect
				.element(
					page.getByRole('group', { name: 'Veilig zijn' }).getByRole('img', { name: 'Sam: 8' })
				)
				.toBeInTheDocument();
		});
	}

	test('does not draw "nog geen antwoord" as a score: no point, no line through it', async () => {
		const answers = [
			{ participantId: 'a', elementId: 'heard', score: 7 },
			{ participantId: 'a', elementId: 'belonging', score: 5 },
			{ participantId: 'a', elementId: 'responsibility', score: null },
			{ participantId: 'a', elementId: 'active', score: 2 },
			{ participantId: 'a', elementId: 'safe', score: null }
		] as const;
		const { container } = await render(Wheel, {
			participants: [
				{ id: 'a', name: 'Sam' },
				{ id: 'b', name: 'Noor' }
			],
			answers: [...answers],
			title: 'Wiel'
		});
		expect(page.getByRole('img', { name: /^Sam: / }).all()).toHaveLength(3);
		await expect.element(page.getByRole('img', { name: 'Sam: 7' })).toBeInTheDocument();
		await expect.element(page.getByRole('group', { name: 'Veilig zijn' })).not.toBeInTheDocument();
		await expect
			.element(page.getByRole('group', { name: 'Verantwoordelijkheid nemen' }))
			.not.toBeInTheDocument();

		// Only heard–belonging are neighbours with both scores: one open segment.
		const [sam, noor] = lines(container);
		expect(sam!.getAttribute('d')).toMatch(/^M[^MLZ]+L[^MLZ]+$/);
		expect(noor).toBeUndefined();
		// Noor has no scores at all, and the legend says so.
		await expect
			.element(page.getByRole('listitem').filter({ hasText: 'Noor' }))
			.toHaveTextContent('Noor (nog geen antwoord)');
	});

	test('shows scores of the youngest children back as faces', async () => {
		await render(Wheel, {
			participants: [{ id: 'k', name: 'Lotte', role: 'child', ageGroup: '4-7' }],
			answers: [{ participantId: 'k', elementId: 'home', score: 8 }],
			title: 'Wiel'
		});
		await expect.element(page.getByRole('img', { name: 'Lotte: Blij' })).toBeInTheDocument();
	});

	test('sector links are reached with Tab and show a focus ring', async () => {
		const { container } = await render(Wheel, {
			participants: people(1),
			answers: [],
			title: 'Wiel',
			hrefFor: (id: string) => `#${id}`
		});
		await userEvent.tab();
		const first = page.getByRole('link', { name: 'Open Gehoord worden' }).element();
		expect(document.activeElement).toBe(first);
		const ring = first.querySelector<SVGPathElement>('.focus')!;
		expect(getComputedStyle(ring).stroke).not.toBe('none');
		expect(parseFloat(getComputedStyle(ring).strokeWidth)).toBeGreaterThanOrEqual(3);
		await userEvent.tab();
		expect(document.activeElement).toBe(
			page.getByRole('link', { name: 'Open Erbij horen' }).element()
		);
		expect(container.querySelectorAll('a')).toHaveLength(8);
	});
});

describe('series styles', () => {
	const luminance = (hex: string) => {
		const [r, g, b] = [1, 3, 5].map((i) => {
			const c = parseInt(hex.slice(i, i + 2), 16) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	};
	const contrast = (a: string, b: string) => {
		const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
		return (hi! + 0.05) / (lo! + 0.05);
	};

	test('lines stay legible on white and on every sector colour', () => {
		for (const s of SERIES_STYLES) {
			expect(contrast(s.colour, '#ffffff')).toBeGreaterThanOrEqual(3);
			for (const el of ELEMENTS) expect(contrast(s.colour, el.colour)).toBeGreaterThanOrEqual(3);
		}
	});

	test('colour is never the only difference between two participants', () => {
		const styles = Array.from({ length: 12 }, (_, i) => seriesStyle(i));
		for (const [i, a] of styles.entries()) {
			for (const b of styles.slice(i + 1)) {
				expect(a.dash !== b.dash || a.marker !== b.marker).toBe(true);
			}
		}
		expect(new Set(SERIES_STYLES.map((s) => s.colour)).size).toBe(SERIES_STYLES.length);
		expect(SERIES_STYLES.length).toBeGreaterThanOrEqual(8);
	});
});
