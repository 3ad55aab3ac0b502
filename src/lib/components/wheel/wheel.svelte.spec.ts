import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { afterEach, describe, expect, test } from 'vitest';
import { ELEMENT_IDS, type ElementId } from '$lib/domain/elements';
import { elementText, language } from '$lib/i18n';
import Wheel from './wheel.svelte';
import { elementsAr, elementsEn, elementsNl } from '$test/catalogues';

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

/** The element names drawn around the wheel, line by line. */
const labelLines = (c: HTMLElement) =>
	[...c.querySelectorAll('text.label')].map((t) =>
		[...t.querySelectorAll('tspan')].map((s) => s.textContent)
	);

/** Whether the viewBox holds everything drawn: no label cut off. */
function fits(c: HTMLElement) {
	const svg = c.querySelector('svg')!;
	const [x, y, w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
	const b = svg.querySelector('g')!.getBBox();
	return b.x >= x! && b.y >= y! && b.x + b.width <= x! + w! && b.y + b.height <= y! + h!;
}

describe('Wheel', () => {
	afterEach(() => language.set('nl', false));

	test('without links, each element name reads as one name, also when drawn on two lines', async () => {
		await render(Wheel, { participants: people(1), answers: [], title: 'Kansencirkel' });
		const name = page.getByRole('img', { name: 'Verantwoordelijkheid nemen', exact: true });
		await expect.element(name).toBeInTheDocument();
		for (const id of ELEMENT_IDS) {
			const n = elementsNl[id].name;
			await expect.element(page.getByRole('img', { name: n, exact: true })).toBeInTheDocument();
		}
	});

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

	test('shows every element name around the wheel on its catalogue lines, also without links', async () => {
		const { container } = await render(Wheel, { participants: [], answers: [], title: 'Wiel' });
		expect(page.getByRole('link').all()).toHaveLength(0);
		expect(labelLines(container)).toEqual(ELEMENT_IDS.map((id) => elementsNl[id].wheelLabel));
	});

	test('follows a switch of the app language: labels, links, points and legend', async () => {
		const ps = people(2);
		const { container } = await render(Wheel, {
			participants: ps,
			answers: allScores(ps),
			title: 'Wiel',
			hrefFor: (id: ElementId) => `#${id}`
		});
		await expect.element(page.getByRole('link', { name: 'Open Gehoord worden' })).toBeVisible();
		const dutchBox = container.querySelector('svg')!.getAttribute('viewBox');

		await language.set('en', false);
		await expect.element(page.getByRole('link', { name: 'Open Being heard' })).toBeVisible();
		expect(labelLines(container)).toEqual(ELEMENT_IDS.map((id) => elementsEn[id].wheelLabel));
		for (const id of ELEMENT_IDS) {
			await expect
				.element(page.getByRole('link', { name: `Open ${elementsEn[id].name}`, exact: true }))
				.toHaveAttribute('href', `#${id}`);
		}
		await expect
			.element(page.getByRole('group', { name: 'Being safe' }).getByRole('img', { name: 'Sam: 8' }))
			.toBeInTheDocument();
		await expect.element(page.getByRole('list', { name: 'Who is who' })).toBeVisible();
		expect(container.textContent).not.toContain('Gehoord');
		// The drawing is measured again, so the English labels fit too.
		await expect
			.poll(() => container.querySelector('svg')!.getAttribute('viewBox'))
			.not.toBe(dutchBox);

		await language.set('nl', false);
		await expect.element(page.getByRole('link', { name: 'Open Gehoord worden' })).toBeVisible();
		expect(labelLines(container)).toEqual(ELEMENT_IDS.map((id) => elementsNl[id].wheelLabel));
	});

	test('every label fits inside the drawing, in every language', async () => {
		const { container } = await render(Wheel, { participants: [], answers: [], title: 'Wiel' });
		const catalogues = { en: elementsEn, ar: elementsAr, nl: elementsNl } as const;
		for (const [lang, catalogue] of Object.entries(catalogues)) {
			await language.set(lang as keyof typeof catalogues, false);
			await expect.poll(() => labelLines(container)[0]).toEqual(catalogue.heard.wheelLabel);
			await expect.poll(() => fits(container)).toBe(true);
		}
	});

	test('in a right-to-left page the labels stay beside the wheel, not on it', async () => {
		document.documentElement.dir = 'rtl';
		try {
			await language.set('ar', false);
			const { container } = await render(Wheel, { participants: [], answers: [], title: 'Wiel' });
			await expect.poll(() => labelLines(container)[1]).toEqual(elementsAr.belonging.wheelLabel);
			for (const text of container.querySelectorAll<SVGTextElement>('text.label')) {
				const box = text.getBBox();
				const x = Number(text.querySelector('tspan')!.getAttribute('x'));
				// "start" grows away from the wheel to the right, "end" to the left.
				if (text.getAttribute('text-anchor') === 'start')
					expect(box.x).toBeGreaterThanOrEqual(x - 3);
				else expect(box.x + box.width).toBeLessThanOrEqual(x + 3);
			}
		} finally {
			document.documentElement.dir = 'ltr';
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

	test('draws given series (one person over time) instead of participants, with its own legend', async () => {
		const { container } = await render(Wheel, {
			title: 'Noor over de tijd',
			legendTitle: 'Welk gesprek',
			legendNote: 'Doorgetrokken: het laatste gesprek.',
			series: [
				{
					kind: 'moment',
					id: 'm0',
					name: 'Gesprek 1',
					moment: 0,
					at: 1,
					faces: false,
					scores: { safe: 4, heard: null }
				},
				{
					kind: 'moment',
					id: 'm1',
					name: 'Gesprek 2',
					moment: 1,
					at: 2,
					faces: false,
					scores: { safe: 7 }
				}
			]
		});
		const legend = page.getByRole('list', { name: 'Welk gesprek' });
		expect(
			legend
				.getByRole('listitem')
				.all()
				.map((li) => li.element().textContent?.trim())
		).toEqual(['Gesprek 1', 'Gesprek 2']);
		await expect.element(page.getByText('Doorgetrokken: het laatste gesprek.')).toBeVisible();
		const safe = page.getByRole('group', { name: 'Veilig zijn' });
		await expect.element(safe.getByRole('img', { name: 'Gesprek 1: 4' })).toBeInTheDocument();
		await expect.element(safe.getByRole('img', { name: 'Gesprek 2: 7' })).toBeInTheDocument();
		// "Nog geen antwoord" at a moment is no point, never a zero.
		await expect
			.element(page.getByRole('group', { name: 'Gehoord worden' }))
			.not.toBeInTheDocument();
		expect(lines(container)).toHaveLength(0);
	});
});
