import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { afterEach, describe, expect, test } from 'vitest';
import { emptyAnswer, type Answer } from '$lib/domain/answer';
import { ELEMENTS } from '$lib/domain/elements';
import { participantSchema, type Participant } from '$lib/domain/participant';
import ScoreTable from './score-table.svelte';

const NAMES = ['Noor', 'Daan', 'Sanne', 'Bart', 'Femke', 'Joris', 'Lotte', 'Mehmet', 'Yara'];

/** The first is a child of 4–7 (faces), the second of 8–12; then adults. */
function people(n: number): Participant[] {
	return NAMES.slice(0, n).map((name, i) =>
		participantSchema.parse(
			i === 0
				? { id: `p${i}`, name, role: 'child', ageGroup: '4-7' }
				: i === 1
					? { id: `p${i}`, name, role: 'child', ageGroup: '8-12' }
					: { id: `p${i}`, name, role: i === 2 ? 'parent' : 'network', relation: 'opa' }
		)
	);
}

/** Every element scored; the youngest gets the saddest and the happiest face. */
function answersOf(list: Participant[]): Answer[] {
	return list.flatMap((p, i) =>
		ELEMENTS.map((el, j) => ({
			...emptyAnswer('c1', p.id, el.id),
			score: i === 0 ? (j % 2 ? 10 : 1) : ((i + j) % 10) + 1
		}))
	);
}

/** Words of the table drawn over more than one line (broken in the middle). */
function brokenWords(root: Element): string[] {
	const broken: string[] = [];
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
			const range = document.createRange();
			range.setStart(node, match.index);
			range.setEnd(node, match.index + match[0].length);
			const lines = new Set(
				[...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))
			);
			if (lines.size > 1) broken.push(match[0]);
		}
	}
	return broken;
}

/** Column headers (people) that the visible part of the table does not show whole. */
function clippedHeaders(region: Element): string[] {
	const box = region.getBoundingClientRect();
	return [...region.querySelectorAll('thead th')]
		.filter((th) => getComputedStyle(th).display !== 'none')
		.filter((th) => {
			const r = th.getBoundingClientRect();
			return r.left < box.left - 0.5 || r.right > box.right + 0.5;
		})
		.map((th) => th.textContent ?? '');
}

async function show(n: number, width: number) {
	await page.viewport(width, 800);
	const list = people(n);
	await render(ScoreTable, { participants: list, answers: answersOf(list), isHidden: () => false });
	const region = page.getByRole('region', { name: 'Alle cijfers in een tabel' });
	await expect.element(region).toBeVisible();
	return region;
}

afterEach(async () => {
	await page.viewport(1024, 768);
});

describe('ScoreTable on a phone', () => {
	for (const width of [390, 320]) {
		test(`${width} px, four people: every column whole, no word broken, no cue needed`, async () => {
			const region = await show(4, width);
			// A frame for the layout to settle (the cue is measured).
			await new Promise((r) => requestAnimationFrame(r));
			expect(clippedHeaders(region.element())).toEqual([]);
			expect(brokenWords(region.element())).toEqual([]);
			await expect.element(page.getByText('Schuif de tabel opzij')).not.toBeVisible();
			// Still a table a screen reader can walk: people as column headers, and the
			// element named for each row of scores.
			const table = page.getByRole('table', { name: 'Alle cijfers in een tabel' });
			for (const name of NAMES.slice(0, 4)) {
				await expect.element(table.getByRole('columnheader', { name })).toBeVisible();
			}
			await expect
				.element(table.getByRole('rowheader', { name: '1. Gehoord worden' }))
				.toBeVisible();
			await expect.element(table.getByText('Heel verdrietig').first()).toBeVisible();
			await expect.element(table.getByText('Heel blij').first()).toBeVisible();
		});
	}

	test('320 px, nine people: the table scrolls sideways and says so', async () => {
		const region = await show(9, 320);
		const cue = page.getByText('Schuif de tabel opzij om iedereen te zien.');
		await expect.element(cue).toBeVisible();
		await expect.element(region).toHaveAccessibleDescription(/Schuif de tabel opzij/);
		expect(brokenWords(region.element())).toEqual([]);
		// Scrolled to the end, the last person's column is whole.
		const el = region.element();
		el.scrollLeft = el.scrollWidth;
		await expect.poll(() => clippedHeaders(el).includes('Yara')).toBe(false);
	});

	test('a tablet keeps the element names as row headers beside the scores', async () => {
		await show(4, 1024);
		const table = page.getByRole('table', { name: 'Alle cijfers in een tabel' });
		await expect.element(table.getByRole('columnheader', { name: 'Element' })).toBeVisible();
		const row = table.getByRole('row', { name: /^1\. Gehoord worden/ });
		await expect.element(row.getByRole('rowheader')).toBeVisible();
		expect(table.getByRole('rowheader').all()).toHaveLength(8);
	});
});

describe('ScoreTable "om de beurt"', () => {
	test('says hidden only where someone answered; an element nobody started has no answer yet', async () => {
		const list = people(3);
		// Only Sanne answered Gehoord worden (a 7 with the flag); nothing was revealed yet.
		const answers = [
			{ ...emptyAnswer('c1', 'p2', 'heard'), score: 7, wantsToTalk: true },
			// Opened but left empty: not an answer.
			{ ...emptyAnswer('c1', 'p1', 'heard'), strengths: '   ' }
		];
		await render(ScoreTable, { participants: list, answers, isHidden: () => true });
		const table = page.getByRole('table', { name: 'Alle cijfers in een tabel' });
		const heard = table.getByRole('row', { name: /^1\. Gehoord worden/ });
		await expect.element(heard.getByRole('cell').nth(2)).toHaveTextContent('Antwoord verborgen');
		await expect.element(heard.getByRole('cell').nth(0)).toHaveTextContent('Nog geen antwoord');
		await expect.element(heard.getByRole('cell').nth(1)).toHaveTextContent('Nog geen antwoord');
		// The hidden answer itself never shows: no score, no flag.
		await expect.element(heard).not.toHaveTextContent('7');
		await expect.element(heard).not.toHaveTextContent('★');
		const safe = table.getByRole('row', { name: /^8\. Veilig zijn/ });
		await expect.element(safe).not.toHaveTextContent('verborgen');
		expect(table.getByText('Antwoord verborgen').all()).toHaveLength(1);
	});
});
