import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { nodes, texts, type Node } from '$test/pdf-definition';
import {
	emptyPlanDocument,
	HOSTILE,
	sampleFollowUpDocument,
	samplePlanDocument
} from '$test/plan-fixture';
import { fontsUsed } from './pdf-scripts';
import { planPdfDefinition } from './plan-pdf';

describe('planPdfDefinition', () => {
	test('an A4 document with a title, Dutch language and page numbers in the footer', () => {
		const def = planPdfDefinition(samplePlanDocument(), 'adult');
		expect(def.pageSize).toBe('A4');
		expect(def.language).toBe('nl-NL');
		// The metadata title is what a viewer's tab, a share sheet and the history show: no pseudonym.
		expect(def.info).toMatchObject({ title: 'Gedragen plan' });
		expect(JSON.stringify(def.info)).not.toContain('Jansen');
		const footer = (def.footer as (page: number, pages: number) => unknown)(1, 2);
		expect(texts({ content: footer })).toContain('pagina 1 van 2');
		expect(texts({ content: footer }).join(' ')).toContain('Gedragen plan – Gezin Jansen');
	});

	test('actions are tables with a repeated header row and rows that never split', () => {
		const def = planPdfDefinition(samplePlanDocument(), 'adult');
		const tables = nodes(def.content)
			.filter((n) => 'table' in n)
			.map((n) => n.table as { headerRows?: number; dontBreakRows?: boolean; body: Node[][] })
			.filter((t) => t.headerRows === 1);
		expect(tables).toHaveLength(2);
		for (const table of tables) {
			expect(table.dontBreakRows).toBe(true);
			expect(table.body[0]!.map((c) => c.text)).toEqual(['Wat', 'Wie', 'Wanneer', 'Steun']);
		}
		expect(tables[1]!.body.slice(1).map((row) => row.map((c) => c.text))).toEqual([
			['Noë vraagt een klasgenoot om samen te spelen', 'Noë', 'elke dinsdag', 'Sanne'],
			['De leerkracht praat met de klas over pesten', 'Bart (leerkracht)', '4 december 2026', '–'],
			[HOSTILE.svg, HOSTILE.img, '–', HOSTILE.script]
		]);
	});

	test('the wheel is a vector SVG node', () => {
		const def = planPdfDefinition(samplePlanDocument(), 'adult');
		const svg = nodes(def.content).find((n) => 'svg' in n)!;
		expect(svg.svg).toMatch(/^<svg xmlns=/);
		expect(svg.width).toBeGreaterThan(200);
	});

	test('hostile text stays literal; Arabic, Hebrew and emoji are kept, in fonts that draw them', () => {
		const def = planPdfDefinition(samplePlanDocument(), 'adult');
		const all = texts(def).join('');
		expect(all).toContain(HOSTILE.script);
		expect(all).toContain(HOSTILE.img);
		expect(all).toContain('Voetbal ⚽️ met papa 👨‍👧');
		for (const word of [...HOSTILE.arabic.split(' '), HOSTILE.hebrew]) expect(all).toContain(word);
		expect(all).not.toContain('…');
		expect(fontsUsed(def)).toEqual(new Set(['PlexArabic', 'NotoHebrew', 'NotoEmoji']));
	});

	test('a plan in Latin script alone needs no extra font', () => {
		expect(fontsUsed(planPdfDefinition(emptyPlanDocument(), 'adult'))).toEqual(new Set());
	});

	test('safety agreements appear only when there are any', () => {
		expect(texts(planPdfDefinition(samplePlanDocument(), 'adult'))).toContain(
			'Afspraken over veiligheid'
		);
		expect(texts(planPdfDefinition(emptyPlanDocument(), 'adult'))).not.toContain(
			'Afspraken over veiligheid'
		);
	});

	test("the child version starts with the child's own actions, in big type", () => {
		const def = planPdfDefinition(samplePlanDocument(), 'child');
		const all = texts(def);
		expect(all.indexOf('Dit ga ik doen')).toBeLessThan(all.indexOf('Dit doen anderen'));
		expect((def.defaultStyle as { fontSize: number }).fontSize).toBeGreaterThanOrEqual(14);
		expect(def.info).toMatchObject({ title: 'Mijn plan' });
	});
});

describe('plan-pdf module', () => {
	test('loads pdfmake and its fonts only on demand, never with a static import', () => {
		const read = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');
		for (const file of ['./plan-pdf.ts', './pdf-fonts.ts', './pdf-scripts.ts'])
			expect(read(file)).not.toMatch(/^\s*import\s[^;]*['"]pdfmake/m);
		expect(read('./pdf-fonts.ts')).toMatch(/import\(\s*['"]pdfmake\/build\/pdfmake['"]\s*\)/);
		// The font files are only URLs until a PDF asks for them.
		expect(read('./pdf-fonts.ts')).not.toMatch(/^import [^;]*\.woff2?['"]/m);
		expect(read('./pdf-fonts.ts')).toMatch(/^import [^;]*\.woff2?\?url['"]/m);
	});
});

describe('planPdfDefinition with a terugblik', () => {
	test('has the terugblik: outcomes with notes, goal ratings in words, the change, two wheels', () => {
		const def = planPdfDefinition(sampleFollowUpDocument(), 'adult');
		const all = texts(def).join('');
		for (const words of [
			'Terugblik',
			'Wat is er van de acties geworden?',
			'Elke avond even praten (Mama): ',
			'Deels',
			'(Lukte drie keer per week)',
			'Slechter dan we hoopten',
			'Veilig zijn: ',
			'Mama van 5 naar 7',
			'Noor van Verdrietig naar Blij'
		])
			expect(all).toContain(words);
		const svgs = nodes(def.content).filter((n) => 'svg' in n);
		expect(svgs).toHaveLength(2);
		expect(svgs[0]!.svg).toContain('stroke-dasharray="9 6"');
		expect(svgs[0]!.svg).toContain('Mama (vorige keer)');
	});

	test("the child's PDF says 'Dit heb ik gedaan!' and has no adults' terugblik", () => {
		const all = texts(planPdfDefinition(sampleFollowUpDocument(), 'child')).join('\n');
		expect(all).toContain('Dit heb ik gedaan!');
		expect(all).toContain('Een tekening maken van een veilige plek');
		expect(all).not.toContain('Terugblik');
	});
});
