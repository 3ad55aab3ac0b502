import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { describe, expect, it } from 'vitest';
import {
	classSessionSchema,
	emptyCounts,
	newClassRecord,
	nextInSeries,
	withResult,
	type ClassRecord,
	type FaceCounts
} from '$lib/domain/class-session';
import { compareSeries } from '$lib/domain/class-series';
import type { ElementId } from '$lib/domain/elements';
import type { Face } from '$lib/domain/score';
import SeriesCompare from './series-compare.svelte';

const SEPTEMBER = new Date(2026, 8, 14, 10).getTime();
const DECEMBER = new Date(2026, 11, 7, 10).getTime();

function counts(c: Partial<Record<Face, number>>): FaceCounts {
	return { ...emptyCounts(), ...c };
}

function said(r: ClassRecord, elementId: ElementId, c: Partial<Record<Face, number>>): ClassRecord {
	return withResult(r, { elementId, counts: counts(c), notes: 'Niemand mag dit zien' });
}

function series(): ClassRecord[] {
	const first = newClassRecord(
		classSessionSchema.parse({
			id: 's1',
			group: 'groep 7',
			level: 'po-boven',
			elements: ['safe', 'heard'],
			createdAt: SEPTEMBER,
			updatedAt: SEPTEMBER
		}),
		new Date(SEPTEMBER)
	);
	const a = said(said(first, 'safe', { 1: 1, 3: 10, 4: 6, 5: 4 }), 'heard', { 2: 2, 4: 9 });
	const second = newClassRecord(
		{ ...nextInSeries(a.session, 's2', DECEMBER), elements: ['safe', 'belonging'] },
		new Date(DECEMBER)
	);
	const b = said(second, 'safe', { 2: 1, 3: 3, 4: 10, 5: 8 });
	return [a, b];
}

/** What each face's item says in one picture, saddest first. */
function faces(figure: ReturnType<typeof page.getByRole>): string[] {
	return figure
		.getByRole('listitem')
		.all()
		.map((li) => li.element().textContent!.replace(/\s+/g, ' ').trim());
}

describe('SeriesCompare', () => {
	it('shows per element the pictures of each time side by side, labelled with their dates', async () => {
		await page.viewport(1280, 900);
		await render(SeriesCompare, { comparison: compareSeries(series()) });
		const safe = page.getByRole('region', { name: 'Veilig zijn' });
		await expect.element(safe).toBeVisible();
		const sept = safe.getByRole('figure', { name: 'Keer 1 · 14 september 2026' });
		const dec = safe.getByRole('figure', { name: 'Keer 2 · 7 december 2026' });
		await expect.element(sept).toBeVisible();
		await expect.element(dec).toBeVisible();
		// Side by side: the later time to the right of the earlier one, on one row.
		const l = sept.element().getBoundingClientRect();
		const r = dec.element().getBoundingClientRect();
		expect(r.left).toBeGreaterThan(l.right - 1);
		expect(Math.abs(r.top - l.top)).toBeLessThan(2);
		expect(faces(sept)).toEqual([
			'Heel verdrietig een paar',
			'Verdrietig 0',
			'Gaat wel 10',
			'Blij 6',
			'Heel blij 4'
		]);
		expect(faces(dec)[1]).toBe('Verdrietig een paar');
		// One scale for the row: September's 10 and December's 10 are equally tall, 4 is less.
		const heights = (figure: typeof sept) =>
			[...figure.element().querySelectorAll('rect')].map((r) => Number(r.getAttribute('height')));
		const [, sept10, sept6, sept4] = heights(sept);
		const [, , dec10, dec8] = heights(dec);
		expect(sept10).toBe(dec10);
		expect(sept6).toBeLessThan(sept10!);
		expect(sept4).toBeLessThan(sept6!);
		expect(dec8).toBeLessThan(dec10!);
		await expect
			.element(safe.getByText('Meer blije gezichten dan in september 2026.'))
			.toBeVisible();
		await expect.element(page.getByText('“Een paar” betekent 1 of 2.')).toBeVisible();
	});

	it('never shows a 1 or a 2, a total or a note anywhere', async () => {
		const { container } = await render(SeriesCompare, { comparison: compareSeries(series()) });
		const text = container.textContent!;
		// Every face of every picture ends in "een paar", 0 or a number above 2.
		const items = page
			.getByRole('listitem')
			.all()
			.map((li) => li.element().textContent!.trim());
		const shown = items.filter((t) => /(een paar|\d+)$/.test(t) && !t.startsWith('Keer'));
		expect(shown.length).toBe(15);
		for (const t of shown) expect(t).toMatch(/(een paar| 0| [3-9]| \d\d+)$/);
		expect(text).not.toContain('Samen');
		expect(text).not.toContain('Niemand mag dit zien');
	});

	it('says when a time did not talk about an element, and gives no change for it', async () => {
		await render(SeriesCompare, { comparison: compareSeries(series()) });
		const heard = page.getByRole('region', { name: 'Gehoord worden' });
		await expect.element(heard.getByText('Deze keer niet besproken.')).toBeVisible();
		await expect.element(heard.getByText(/dan in|als in/)).not.toBeInTheDocument();
		const belonging = page.getByRole('region', { name: 'Erbij horen' });
		await expect.element(belonging.getByText('Deze keer niet besproken.')).toBeVisible();
		// The latest time's elements first.
		const headings = page.getByRole('heading', { level: 2 }).all();
		expect(headings.map((h) => h.element().textContent!.trim())).toEqual([
			'Veilig zijn',
			'Erbij horen',
			'Gehoord worden'
		]);
	});

	it('has nothing only a mouse can reach: the page reads by headings and Tab passes it by', async () => {
		await render(SeriesCompare, { comparison: compareSeries(series()) });
		await userEvent.tab();
		expect(document.activeElement).toBe(document.body);
	});

	it('stacks the pictures on a narrow screen instead of squeezing them', async () => {
		await page.viewport(600, 900);
		await render(SeriesCompare, { comparison: compareSeries(series()) });
		const safe = page.getByRole('region', { name: 'Veilig zijn' });
		const [a, b] = safe.getByRole('figure').all();
		expect(b!.element().getBoundingClientRect().top).toBeGreaterThan(
			a!.element().getBoundingClientRect().bottom - 1
		);
	});
});
