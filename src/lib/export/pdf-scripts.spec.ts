import { describe, expect, test } from 'vitest';
import { HOSTILE } from '$test/plan-fixture';
import { fontsUsed, scriptRuns, svgRuns, textRuns, type Inline } from './pdf-scripts';

const reverse = (s: string) => [...s].reverse().join('');

/**
 * What ends up on the line, left to right: fontkit turns a run in Arabic or Hebrew script
 * around (after shaping it), pdfmake puts the runs side by side.
 */
const drawn = (runs: Inline[]) =>
	runs
		.map((r) =>
			(r.font === 'PlexArabic' || r.font === 'NotoHebrew') &&
			/[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(r.text)
				? reverse(r.text)
				: r.text
		)
		.join('');

const fonts = (runs: Inline[]) => new Set(runs.filter((r) => r.text.trim()).map((r) => r.font));

describe('textRuns', () => {
	test('Latin with diacritics stays one run in the default font', () => {
		const text = 'Noë, Zoë, Çağrı, Łucja en Ärzte – “ß” 12,50 €';
		expect(textRuns(text)).toEqual([{ text }]);
	});

	test('an Arabic sentence is drawn right to left, in the Arabic font', () => {
		const runs = textRuns(HOSTILE.arabic);
		expect(fonts(runs)).toEqual(new Set(['PlexArabic']));
		// Read right to left, the line says the sentence as written.
		expect(drawn(runs)).toBe(reverse(HOSTILE.arabic));
		// Spaces are separate runs, so pdfmake keeps them between the words.
		expect(runs.filter((r) => r.text === ' ')).toHaveLength(2);
	});

	test('Hebrew too, in the Hebrew font', () => {
		const runs = textRuns(`${HOSTILE.hebrew} שלום`);
		expect(fonts(runs)).toEqual(new Set(['NotoHebrew']));
		expect(drawn(runs)).toBe(reverse(`${HOSTILE.hebrew} שלום`));
	});

	test('Arabic inside a Dutch sentence turns around in its place', () => {
		const runs = textRuns('Regisseur: مريم تحب, verder niemand');
		expect(drawn(runs)).toBe(`Regisseur: ${reverse('مريم تحب')}, verder niemand`);
	});

	test('Latin words and numbers inside an Arabic sentence keep reading left to right', () => {
		expect(drawn(textRuns('الهدف: Noë 12'))).toBe(`Noë 12 :${reverse('الهدف')}`);
		expect(drawn(textRuns('عمري ١٢ سنة'))).toBe(`${reverse('سنة')} ١٢ ${reverse('عمري')}`);
		expect(drawn(textRuns('في 2026 مرتين'))).toBe(`${reverse('مرتين')} 2026 ${reverse('في')}`);
	});

	test('brackets in right-to-left text point the right way', () => {
		expect(drawn(textRuns('(مريم)'))).toBe(`(${reverse('مريم')})`);
	});

	test('emoji are kept, whole (joiners, variation selectors), in the emoji font', () => {
		const runs = textRuns(HOSTILE.emoji);
		expect(drawn(runs)).toBe(HOSTILE.emoji);
		expect(runs.filter((r) => r.font === 'NotoEmoji').map((r) => r.text)).toEqual(['⚽️', '👨‍👧']);
		expect(textRuns('Blij 😊 1️⃣ 👍🏽 🇳🇱').filter((r) => r.font === 'NotoEmoji')).toHaveLength(4);
	});

	test('© and ™ stay text; with the emoji selector, or a pictograph Roboto lacks, emoji', () => {
		expect(textRuns('© Kansencirkel™')).toEqual([{ text: '© Kansencirkel™' }]);
		expect(fonts(textRuns('❤️'))).toEqual(new Set(['NotoEmoji']));
		expect(fonts(textRuns('☺'))).toEqual(new Set(['NotoEmoji']));
	});

	test('a script no font has becomes one "…"; direction marks are left out', () => {
		expect(drawn(textRuns('Noë 你好 世界 zegt hoi'))).toBe('Noë … zegt hoi');
		expect(drawn(textRuns('a\u200fb\u202ec'))).toBe('abc');
	});

	test('styles of the inlines stay on every piece of them', () => {
		const runs = textRuns([{ text: 'الهدف: ', bold: true }, 'مريم']);
		expect(drawn(runs)).toBe(reverse('الهدف: مريم'));
		expect(runs.find((r) => r.text === 'الهدف')).toMatchObject({ bold: true, font: 'PlexArabic' });
		expect(runs.find((r) => r.text === 'مريم')).not.toHaveProperty('bold');
	});

	test('each line is its own paragraph', () => {
		const runs = textRuns('مريم تحب\nNoë ook');
		expect(drawn(runs)).toBe(`${reverse('مريم تحب')}\nNoë ook`);
	});

	test('with nothing that decides, the document direction does', () => {
		expect(drawn(textRuns('12 😊', 'rtl'))).toBe('😊 12');
		expect(drawn(textRuns('12 😊', 'ltr'))).toBe('12 😊');
	});
});

describe('scriptRuns', () => {
	const content: unknown[] = [
		'Alleen Nederlands',
		{ text: HOSTILE.arabic, bold: true, margin: [0, 1, 0, 0] },
		{ ul: ['Noë', HOSTILE.emoji] },
		{ table: { widths: ['*'], body: [[{ text: HOSTILE.hebrew }, 'Zoë']] } },
		{ svg: '<svg/>', width: 10 }
	];

	test('only texts that need it change; other nodes and properties are kept', () => {
		const out = scriptRuns(content);
		expect(out[0]).toBe('Alleen Nederlands');
		expect(out[1]).toMatchObject({ bold: true, margin: [0, 1, 0, 0] });
		expect(drawn((out[1] as { text: Inline[] }).text)).toBe(reverse(HOSTILE.arabic));
		const ul = (out[2] as { ul: unknown[] }).ul;
		expect(ul[0]).toBe('Noë');
		expect(drawn((ul[1] as { text: Inline[] }).text)).toBe(HOSTILE.emoji);
		const row = (out[3] as { table: { body: unknown[][] } }).table.body[0]!;
		expect(drawn((row[0] as { text: Inline[] }).text)).toBe(reverse(HOSTILE.hebrew));
		expect(row[1]).toBe('Zoë');
		expect(out[4]).toEqual({ svg: '<svg/>', width: 10 });
		// The input is not changed.
		expect(content[1]).toMatchObject({ text: HOSTILE.arabic });
	});

	test('right to left, columns stand in the other order', () => {
		const columns = {
			columns: [
				{ text: 'één', width: '*' },
				{ text: 'twee', width: 'auto' }
			]
		};
		expect(scriptRuns(columns, 'rtl').columns.map((c) => c.text)).toEqual(['twee', 'één']);
		expect(scriptRuns(columns, 'ltr')).toEqual(columns);
	});

	test('fontsUsed names exactly the extra fonts the content needs', () => {
		expect(fontsUsed(scriptRuns(content))).toEqual(
			new Set(['PlexArabic', 'NotoEmoji', 'NotoHebrew'])
		);
		expect(fontsUsed(scriptRuns(['Noë', { text: 'Zoë' }]))).toEqual(new Set());
	});
});

describe('svgRuns', () => {
	test('names in the wheel get the font of their script, in visual order, still escaped', () => {
		const svg =
			'<svg><title>مريم</title><text x="1"><tspan x="2">Noë &amp; مريم تحب</tspan></text>' +
			'<text>Zoë<tspan fill="#444"> (😊)</tspan></text></svg>';
		const out = svgRuns(svg);
		// The title is no drawn text; Latin pieces keep their inherited font.
		expect(out).toContain('<title>مريم</title>');
		expect(out).toContain(
			`<tspan x="2">Noë &amp; <tspan font-family="PlexArabic">تحب</tspan> <tspan font-family="PlexArabic">مريم</tspan></tspan>`
		);
		expect(out).toContain(
			'<text>Zoë<tspan fill="#444"> (<tspan font-family="NotoEmoji">😊</tspan>)</tspan>'
		);
		expect(fontsUsed(scriptRuns({ svg: out }))).toEqual(new Set(['PlexArabic', 'NotoEmoji']));
		expect(svgRuns('<svg><text>Noë &lt;3</text></svg>')).toBe('<svg><text>Noë &lt;3</text></svg>');
	});
});
