import type { Page } from '@playwright/test';
import { face, fillFamilySetup, open, score, waitSaved, type Person } from './app';
import { expect, expectAccessible, shot, test } from './fixtures';

// Issue 10, part 5: on a phone the header is one row, and the overview's score table shows every
// person's column whole (or says that it scrolls), with no word broken in the middle.
const PEOPLE: Person[] = [
	{ name: 'Noor', role: 'Kind of jongere', age: '4 tot en met 7 jaar' },
	{ name: 'Sanne', role: 'Ouder of verzorger' },
	{ name: 'Karim', role: 'Ouder of verzorger' },
	{ name: 'Bart', role: 'CJG-coach' }
];

/** The header's parts, each as its box; one row means they all share one line. */
async function expectOneRow(page: Page, width: number) {
	const header = page.getByRole('banner');
	const box = (await header.boundingBox())!;
	const parts = await header.evaluate((el) =>
		[...el.children]
			.map((c) => c.getBoundingClientRect())
			.filter((r) => r.width > 1)
			.map((r) => ({ top: r.top, bottom: r.bottom, right: r.right, height: r.height }))
	);
	const tallest = Math.max(...parts.map((p) => p.height));
	expect(box.height, `header height at ${width} px`).toBeLessThan(tallest * 1.6);
	for (const p of parts) {
		expect(p.top).toBeLessThan(parts[0]!.bottom);
		expect(p.right).toBeLessThanOrEqual(width);
	}
	// Every control keeps a name and a target of at least 44 px.
	for (const name of ['Kansencirkel', 'Instellingen', 'Op slot']) {
		const target = (await header
			.getByRole(name === 'Op slot' ? 'button' : 'link', { name })
			.boundingBox())!;
		expect(target.width, name).toBeGreaterThanOrEqual(44);
		expect(target.height, name).toBeGreaterThanOrEqual(44);
		// Its words on one line ("Op slot" does not wrap into two).
		expect(target.height, name).toBeLessThanOrEqual(tallest);
		expect(target.height, name).toBeLessThan(60);
	}
	await expect(header.getByLabel('Taal')).toBeVisible();
}

/** Words in `selector` drawn over two lines (broken in the middle). */
function brokenWords(page: Page, selector: string) {
	return page.locator(selector).evaluate((root) => {
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
	});
}

test('a phone: the header is one row and the score table shows everyone whole', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await open(page, '/nieuw/');
	await fillFamilySetup(page, 'Gezin V.', PEOPLE);
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	for (const [i, faceValue] of [1, 5].entries()) {
		await expect(page.getByText(`Element ${i + 1} van 8`)).toBeVisible();
		await face(page, 'Noor', faceValue as 1 | 5);
		for (const [j, p] of PEOPLE.slice(1).entries()) await score(page, p.name, 3 + i + j);
		await waitSaved(page);
		await page.getByRole('link', { name: /^Volgende/ }).click();
	}
	const id = new URL(page.url()).searchParams.get('id')!;
	await open(page, `/gesprek/overzicht/?id=${id}`);

	for (const width of [390, 320]) {
		await page.setViewportSize({ width, height: 844 });
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Gezin V.');
		await expectOneRow(page, width);
		expect(await brokenWords(page, 'header')).toEqual([]);

		const region = page.getByRole('region', { name: 'Alle cijfers in een tabel' });
		await region.scrollIntoViewIfNeeded();
		const frame = (await region.boundingBox())!;
		const cue = page.getByText('Schuif de tabel opzij om iedereen te zien.');
		for (const p of PEOPLE) {
			const th = (await region.getByRole('columnheader', { name: p.name }).boundingBox())!;
			const whole = th.x >= frame.x - 0.5 && th.x + th.width <= frame.x + frame.width + 0.5;
			if (!whole) await expect(cue, `${p.name} is cut off without a cue`).toBeVisible();
		}
		expect(frame.x + frame.width).toBeLessThanOrEqual(width);
		await expect(region.getByText('Heel verdrietig')).toBeVisible();
		await expect(region.getByText('Heel blij')).toBeVisible();
		expect(await brokenWords(page, 'table')).toEqual([]);
		await shot(page, `phone-${width}-overview`);
	}
	await expectAccessible(page, 'overview-phone-320');
});
