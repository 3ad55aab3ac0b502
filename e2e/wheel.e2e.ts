import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import { ELEMENT_IDS } from '../src/lib/domain/elements';
import { completeFamily, makePlan, planStep, type Person } from './app';
import { catalogue, type Catalogue } from './catalogues';
import { expect, expectAccessible, test } from './fixtures';

const elementsNl = catalogue('nl').elements;
const elementsEn = catalogue('en').elements;

const PEOPLE: Person[] = [
	{ name: 'Sam', role: 'Kind of jongere', age: '8 tot en met 11 jaar' },
	{ name: 'Ans', role: 'Ouder of verzorger' }
];
// Per element, Sam's and Ans's scores.
const SCORES = [
	[7, 5],
	[4, 6],
	[9, 7],
	[6, 3],
	[8, 8],
	[5, 6],
	[3, 7],
	[10, 8]
];

/** The element names drawn around the wheel, each as its lines. */
function labelLines(wheel: Locator): Promise<string[][]> {
	return wheel
		.locator('svg text.label')
		.evaluateAll((texts) =>
			texts.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent ?? ''))
		);
}

/** What a person sees and a screen reader hears of the overview's wheel, in one language. */
async function expectWheelIn(page: Page, title: string, elements: Catalogue['elements']) {
	const wheel = page.getByRole('figure', { name: title });
	await expect(wheel).toBeVisible();
	for (const id of ELEMENT_IDS) {
		await expect(
			wheel.getByRole('link', { name: `Open ${elements[id].name}`, exact: true })
		).toBeVisible();
	}
	await expect
		.poll(() => labelLines(wheel))
		.toEqual(ELEMENT_IDS.map((id) => elements[id].wheelLabel));
	// Each score is a point named after the person, in a group named after the element.
	await expect(
		wheel.getByRole('group', { name: elements.safe.name }).getByRole('img', { name: 'Sam: 10' })
	).toBeAttached();
	return wheel;
}

/** The wheel inside a downloaded HTML plan: its SVG and the lines of its labels. */
async function htmlWheel(download: Promise<Download>) {
	const source = readFileSync(await (await download).path(), 'utf8');
	const svg = /<svg [\s\S]*?<\/svg>/.exec(source)?.[0] ?? '';
	return { svg, lines: [...svg.matchAll(/<tspan x[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]) };
}

test('the wheel speaks the language the app is switched to, on screen and in the HTML plan', async ({
	page
}) => {
	await completeFamily(page, 'Gezin W.', PEOPLE, SCORES);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overzicht: Gezin W.');
	const dutch = await expectWheelIn(page, 'Kansencirkel van Gezin W.', elementsNl);
	await expect(page.getByRole('list', { name: 'Wie is wie' })).toBeVisible();

	await page.getByLabel('Taal').selectOption({ label: 'English' });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview: Gezin W.');
	const english = await expectWheelIn(page, 'Kansencirkel for Gezin W.', elementsEn);
	await expect(page.getByRole('list', { name: 'Who is who' })).toBeVisible();
	await expect(english).not.toContainText('Gehoord');
	await expectAccessible(page, 'wheel-english');

	await page.getByLabel('Language').selectOption({ label: 'Nederlands' });
	await expectWheelIn(page, 'Kansencirkel van Gezin W.', elementsNl);
	await expect(dutch).not.toContainText('Being');

	// The HTML plan's wheel: first in Dutch, then, after a switch, in English.
	await makePlan(page, PEOPLE);
	await planStep(page, 'Delen');
	const save = () => {
		const download = page.waitForEvent('download');
		return { download, click: page.getByRole('button', { name: /webpagina|web page/ }).click() };
	};
	let run = save();
	await run.click;
	const inDutch = await htmlWheel(run.download);
	expect(inDutch.lines).toEqual(ELEMENT_IDS.flatMap((id) => elementsNl[id].wheelLabel));
	expect(inDutch.svg).toContain('>Wie is wie</text>');

	await page.getByLabel('Taal').selectOption({ label: 'English' });
	await expect(page.getByRole('button', { name: 'Download as a web page' })).toBeVisible();
	run = save();
	await run.click;
	const inEnglish = await htmlWheel(run.download);
	expect(inEnglish.lines).toEqual(ELEMENT_IDS.flatMap((id) => elementsEn[id].wheelLabel));
	expect(inEnglish.svg).toContain('>Who is who</text>');
	expect(inEnglish.svg).not.toContain('Gehoord');
});
