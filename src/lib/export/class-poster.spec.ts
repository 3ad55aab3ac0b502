import { afterEach, describe, expect, test } from 'vitest';
import { getElement } from '$lib/domain/elements';
import { language } from '$lib/i18n';
import { AGREEMENTS, emptyClassRecord, POSTER_AT, sampleClassRecord } from '$test/class-fixture';
import { nodes, texts } from '$test/pdf-definition';
import { HOSTILE } from '$test/plan-fixture';
import { classPosterFileName } from './plan-document';
import { classPosterToHtml } from './plan-html';
import { classCount, classLayout, classWhoLabel, type Block, type PlanLayout } from './plan-layout';
import { classPosterPdfDefinition } from './plan-pdf';
import { classPosterToText } from './plan-text';

const at = { generatedAt: POSTER_AT };
const section = (layout: PlanLayout, heading: string) =>
	layout.sections.find((s) => s.heading === heading);
const only = <K extends Block['kind']>(blocks: Block[] | undefined, kind: K) =>
	(blocks ?? []).filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);

afterEach(() => language.set('nl', false));

describe('classLayout', () => {
	test('a big title with the group, the agreements, the look-back day, then each discussed element', () => {
		const layout = classLayout(sampleClassRecord(), at);
		expect(layout.header).toEqual({ heading: 'Onze klassenafspraken', title: 'groep 7' });
		expect(layout.title).toBe('Onze klassenafspraken – groep 7');
		// The file's own title (tab, history) does not name the group.
		expect(layout.fileTitle).toBe('Onze klassenafspraken');
		expect(layout.footer).toBe('Gemaakt op 2 december 2026');
		// Thuis was on the list but not talked about: no section for it.
		expect(layout.sections.map((s) => [s.id, s.heading, s.elementId])).toEqual([
			['classAgreements', 'Dit spreken we af', undefined],
			['lookBack', 'Samen terugkijken', undefined],
			['classElement', 'Veilig zijn', 'safe'],
			['classElement', 'Gehoord worden', 'heard'],
			['classWheel', 'Onze kansencirkel', undefined]
		]);
		expect(section(layout, 'Samen terugkijken')!.blocks).toEqual([
			{ kind: 'date', text: 'Op 13 januari 2027 kijken we samen terug' }
		]);
	});

	test('every agreement is a card with wat, wie and wanneer', () => {
		const [pledges] = only(classLayout(sampleClassRecord(), at).sections[0]!.blocks, 'pledges');
		expect(pledges!.whoLabel).toBe('Wie');
		expect(pledges!.whenLabel).toBe('Wanneer');
		expect(pledges!.cards).toEqual([
			{ what: AGREEMENTS.listen, who: 'de hele klas', when: 'elke dag' },
			{ what: AGREEMENTS.hostile, who: 'de juf/meester', when: '' },
			{ what: AGREEMENTS.helpers, who: HOSTILE.svg, when: '11 januari 2027' }
		]);
	});

	test('who: the whole class, the teacher, or the role as typed, in the current language', async () => {
		expect(classWhoLabel('klas')).toBe('de hele klas');
		expect(classWhoLabel('leerkracht')).toBe('de juf/meester');
		expect(classWhoLabel({ role: 'klassenvertegenwoordigers' })).toBe('klassenvertegenwoordigers');
		await language.set('en', false);
		expect(classWhoLabel('klas')).toBe('the whole class');
		expect(classWhoLabel('leerkracht')).toBe('the teacher');
	});

	test('the class picture never shows a count of one or two: "een paar"; 0 and 3 or more are exact', () => {
		expect([0, 1, 2, 3, 18].map(classCount)).toEqual(['0', 'een paar', 'een paar', '3', '18']);
		const safe = section(classLayout(sampleClassRecord(), at), 'Veilig zijn')!;
		const [faces] = only(safe.blocks, 'faces');
		expect(faces!.caption).toBe('Wat de klas koos');
		expect(faces!.faces.map((f) => [f.face, f.label, f.count])).toEqual([
			[1, 'Heel verdrietig', 'een paar'],
			[2, 'Verdrietig', 'een paar'],
			[3, 'Gaat wel', '0'],
			[4, 'Blij', '3'],
			[5, 'Heel blij', '18']
		]);
		// Nowhere on the poster does the exact 1 or 2 of those faces appear.
		const html = classPosterToHtml(sampleClassRecord(), at);
		expect(html).not.toMatch(/class="count">[12]</);
		expect(classPosterToText(sampleClassRecord(), at)).not.toMatch(/verdrietig: [12]$/im);
	});

	test('"een paar" in the language of the poster', async () => {
		await language.set('en', false);
		expect(classCount(2)).toBe('a few');
		await language.set('ar', false);
		expect(classCount(1)).not.toBe('1');
		expect(classCount(1)).not.toBe('een paar');
	});

	test("the teacher's notes are what the class said; an element with only notes has no row of zeros", () => {
		const layout = classLayout(sampleClassRecord(), at);
		expect(only(section(layout, 'Veilig zijn')!.blocks, 'field')).toEqual([
			{
				kind: 'field',
				label: 'Wat de klas zei',
				value: `Op het plein voelt het niet altijd veilig.\n${HOSTILE.img}`,
				missing: ''
			}
		]);
		const heard = section(layout, 'Gehoord worden')!;
		expect(heard.blocks.map((b) => b.kind)).toEqual(['field']);
	});

	test('the class wheel holds the median face per element with counts, and can be left out', () => {
		const layout = classLayout(sampleClassRecord(), at);
		const [wheel] = only(section(layout, 'Onze kansencirkel')!.blocks, 'wheel');
		// Veilig: 24 choices, the 12th from the saddest is "Heel blij" (5, drawn at 10).
		expect(wheel!.wheel).toEqual({
			participants: [{ id: 'class', name: 'groep 7' }],
			answers: [{ participantId: 'class', elementId: 'safe', score: 10 }]
		});
		expect(wheel!.legend).toBe('Zo ging het in de klas');
		const without = classLayout(sampleClassRecord(), { ...at, wheel: false });
		expect(without.sections.map((s) => s.id)).not.toContain('classWheel');
	});

	test('a new session: no agreements yet, no day, no elements and no wheel', () => {
		const layout = classLayout(
			{ ...emptyClassRecord(), agreements: { agreements: [], lookBackDate: null } },
			at
		);
		expect(layout.sections.map((s) => s.blocks)).toEqual([
			[{ kind: 'empty', text: 'Nog geen afspraken.', quiet: true }],
			[{ kind: 'empty', text: 'Wanneer we terugkijken, spreken we nog af.', quiet: false }]
		]);
	});
});

/** Text between tags, with the five escapes undone: what a reader sees. */
const visibleText = (html: string) =>
	html
		.replace(/<style>[\s\S]*?<\/style>/g, '')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');

describe('classPosterToHtml', () => {
	test('one self-contained page: no script, no outside request, prints on A4 or A3 portrait', () => {
		const html = classPosterToHtml(sampleClassRecord(), at);
		expect(html.startsWith('<!doctype html>\n<html lang="nl-NL" dir="ltr">')).toBe(true);
		expect(html).toContain(
			`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`
		);
		expect(html).not.toMatch(/<script/i);
		expect(html).not.toMatch(/<(link|img|iframe|object|embed|foreignObject)\b/i);
		expect(html).not.toMatch(/<[a-z][^>]*\s(src|href|on[a-z]+)\s*=/i);
		expect(html).not.toMatch(/url\(/i);
		expect(html).toContain('@page{size:A4 portrait;');
		expect(classPosterToHtml(sampleClassRecord(), { ...at, pageSize: 'A3' })).toContain(
			'@page{size:A3 portrait;'
		);
		expect(html).toContain('<title>Onze klassenafspraken</title>');
	});

	test('hostile text in an agreement, a role or a note is escaped and shown as typed', () => {
		const html = classPosterToHtml(sampleClassRecord(), at);
		for (const raw of [HOSTILE.script, HOSTILE.img, HOSTILE.svg]) expect(html).not.toContain(raw);
		const seen = visibleText(html);
		for (const s of [AGREEMENTS.hostile, HOSTILE.img, HOSTILE.svg]) expect(seen).toContain(s);
	});

	test('the agreements, the day, each element in its colour with its five faces', () => {
		const html = classPosterToHtml(sampleClassRecord(), at);
		const seen = visibleText(html).replace(/\s+/g, ' ');
		for (const s of [
			'Onze klassenafspraken',
			'groep 7',
			AGREEMENTS.listen,
			'Wie: de hele klas',
			'Wanneer: elke dag',
			'Wie: de juf/meester',
			'Wanneer: 11 januari 2027',
			'Op 13 januari 2027 kijken we samen terug',
			'Wat de klas koos',
			'Heel blij 18',
			'Verdrietig een paar',
			'Wat de klas zei:',
			'Iedereen mag iets zeggen in de kring.'
		])
			expect(seen).toContain(s);
		expect(html).toContain('<section class="el-safe">');
		expect(html).toContain(
			`.el-safe{--el:${getElement('safe').strong};--el-soft:${getElement('safe').colour}}`
		);
		// Five faces for Veilig (Gehoord worden has notes only), drawn in Veilig's colour.
		const faces = [...html.matchAll(/<svg[^>]*aria-hidden="true"[^>]*>.*?<\/svg>/g)];
		expect(faces).toHaveLength(5);
		for (const f of faces) expect(f[0]).toContain(`fill="${getElement('safe').colour}"`);
		// The class wheel, with its accessible name.
		expect(html).toContain('aria-label="Kansencirkel van groep 7: het middelste gezicht');
	});

	test('in Arabic the page runs right to left', async () => {
		await language.set('ar', false);
		const html = classPosterToHtml(sampleClassRecord(), at);
		expect(html.startsWith('<!doctype html>\n<html lang="ar" dir="rtl">')).toBe(true);
	});
});

describe('classPosterToText', () => {
	test('the poster as plain text, counts as the class may see them', () => {
		expect(classPosterToText(sampleClassRecord(), at)).toMatchInlineSnapshot(`
			"ONZE KLASSENAFSPRAKEN: groep 7
			==============================
			Gemaakt op 2 december 2026

			DIT SPREKEN WE AF
			-----------------
			- We laten elkaar uitpraten
			  Wie: de hele klas
			  Wanneer: elke dag
			- Niemand doet <script>alert(1)</script> na
			  Wie: de juf/meester
			- De klassendienst zet na de pauze de stoelen recht
			  Wie: "><svg onload=alert(1)>
			  Wanneer: 11 januari 2027

			SAMEN TERUGKIJKEN
			-----------------
			Op 13 januari 2027 kijken we samen terug

			VEILIG ZIJN
			-----------
			Wat de klas koos:
			- Heel verdrietig: een paar
			- Verdrietig: een paar
			- Gaat wel: 0
			- Blij: 3
			- Heel blij: 18

			Wat de klas zei: Op het plein voelt het niet altijd veilig.
			<img src=x onerror=alert(1)>

			GEHOORD WORDEN
			--------------
			Wat de klas zei: Iedereen mag iets zeggen in de kring.
			"
		`);
	});
});

describe('classPosterPdfDefinition', () => {
	const big = (def: Record<string, unknown>) =>
		nodes(def.content).filter((n) => typeof n.fontSize === 'number' && n.bold === true);

	test('A4 portrait by default, A3 when asked, with every agreement in big type', () => {
		for (const pageSize of ['A4', 'A3'] as const) {
			const def = classPosterPdfDefinition(sampleClassRecord(), { ...at, pageSize });
			expect(def.pageSize).toBe(pageSize);
			expect(def.pageOrientation).toBe('portrait');
			const drawn = texts(def).join('');
			for (const a of Object.values(AGREEMENTS)) expect(drawn).toContain(a);
			const cards = big(def).filter((n) => texts({ content: n }).join('') === AGREEMENTS.listen);
			expect(cards).toHaveLength(1);
			expect(cards[0]!.fontSize).toBeGreaterThanOrEqual(pageSize === 'A4' ? 28 : 28 * 1.4);
		}
		expect(classPosterPdfDefinition(sampleClassRecord(), at).pageSize).toBe('A4');
	});

	test('A3 is A4 scaled: type, margins and the wheel grow by √2', () => {
		const a4 = classPosterPdfDefinition(sampleClassRecord(), at);
		const a3 = classPosterPdfDefinition(sampleClassRecord(), { ...at, pageSize: 'A3' });
		const size = (d: Record<string, unknown>) => (d.defaultStyle as { fontSize: number }).fontSize;
		expect(size(a4)).toBeGreaterThanOrEqual(14);
		expect(size(a3) / size(a4)).toBeCloseTo(Math.SQRT2, 2);
		const margin = (d: Record<string, unknown>) => (d.pageMargins as number[])[0]!;
		expect(margin(a3) / margin(a4)).toBeCloseTo(Math.SQRT2, 2);
		const wheel = (d: Record<string, unknown>) =>
			nodes(d.content).find((n) => typeof n.svg === 'string' && !n.svg.includes('aria-hidden'))!;
		expect((wheel(a3).width as number) / (wheel(a4).width as number)).toBeCloseTo(Math.SQRT2, 2);
	});

	test('the heading, the counts as "een paar", what the class said, the element colours', () => {
		const def = classPosterPdfDefinition(sampleClassRecord(), at);
		const drawn = texts(def);
		for (const s of [
			'Onze klassenafspraken',
			'groep 7',
			'de hele klas',
			'de juf/meester',
			HOSTILE.svg,
			'Op 13 januari 2027 kijken we samen terug',
			'Veilig zijn',
			'Gehoord worden',
			'een paar',
			'18',
			'Wat de klas zei: '
		])
			expect(drawn).toContain(s);
		expect(drawn).not.toContain('Thuis');
		expect(def.info).toMatchObject({ title: 'Onze klassenafspraken' });
		const safe = getElement('safe');
		// The element's swatch before its heading, its faces in its colour.
		expect(nodes(def.content).some((n) => n.type === 'rect' && n.color === safe.colour)).toBe(true);
		const faces = nodes(def.content).filter(
			(n) => typeof n.svg === 'string' && n.svg.includes('aria-hidden')
		);
		expect(faces).toHaveLength(5);
		for (const f of faces) expect(f.svg).toContain(`fill="${safe.colour}"`);
	});
});

describe('classPosterFileName', () => {
	const day = new Date(2026, 11, 2, 14, 15);
	test("the poster's word, the day and the time, never the group's name", async () => {
		expect(classPosterFileName(day, 'pdf')).toBe('klassenafspraken-2026-12-02-1415.pdf');
		expect(classPosterFileName(day, 'html')).toBe('klassenafspraken-2026-12-02-1415.html');
		await language.set('en', false);
		expect(classPosterFileName(day, 'txt')).toBe('class-agreements-2026-12-02-1415.txt');
	});
});
