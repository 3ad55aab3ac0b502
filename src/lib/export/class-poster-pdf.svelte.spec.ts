import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportText, language } from '$lib/i18n';
import { AGREEMENTS, emptyClassRecord, POSTER_AT, sampleClassRecord } from '$test/class-fixture';
import { HOSTILE } from '$test/plan-fixture';
import { readPdf } from '$test/read-pdf';
import { loadPdfMake } from './pdf-fonts';
import { classPosterToPdf } from './plan-pdf';

const at = { generatedAt: POSTER_AT };
/** Lines wrapped by the big type joined again. */
const flat = (text: string) => text.replace(/\s+/g, ' ');
/** Without any white space: big type may wrap a line inside a word ("</" | "script>"). */
const squash = (text: string) => text.replace(/\s+/g, '');

// As in plan-pdf.svelte.spec.ts: pdfmake and pdf.js load once for the file, not in a test.
beforeAll(async () => {
	await loadPdfMake(['PlexArabic']);
	await readPdf(await classPosterToPdf(emptyClassRecord(), at));
});

describe('classPosterToPdf', () => {
	test('an A4 poster with every agreement, the day and what the class chose and said', async () => {
		const blob = await classPosterToPdf(sampleClassRecord(), at);
		expect(blob.type).toBe('application/pdf');
		const { sizes, text, title } = await readPdf(blob);
		expect(title).toBe('Onze klassenafspraken');
		for (const [w, h] of sizes) {
			expect(w).toBeCloseTo(595.28, 0);
			expect(h).toBeCloseTo(841.89, 0);
		}
		const read = flat(text);
		for (const s of [
			'Onze klassenafspraken',
			'groep 7',
			'Wie: de hele klas',
			'Wie: de juf/meester',
			`Wie: ${HOSTILE.svg}`,
			'Wanneer: elke dag',
			'Op 13 januari 2027 kijken we samen terug',
			'Veilig zijn',
			'Wat de klas koos',
			'een paar',
			'Wat de klas zei: Op het plein voelt het niet altijd veilig.',
			HOSTILE.img,
			'Gehoord worden',
			'Onze kansencirkel'
		])
			expect(read).toContain(s);
		for (const a of Object.values(AGREEMENTS)) expect(squash(text)).toContain(squash(a));
	});

	test('A3 when asked: the same poster on a page √2 as large', async () => {
		const { sizes, text } = await readPdf(
			await classPosterToPdf(sampleClassRecord(), { ...at, pageSize: 'A3' })
		);
		for (const [w, h] of sizes) {
			expect(w).toBeCloseTo(841.89, 0);
			expect(h).toBeCloseTo(1190.55, 0);
		}
		for (const a of Object.values(AGREEMENTS)) expect(squash(text)).toContain(squash(a));
	});

	describe('in Arabic', () => {
		afterAll(() => language.set('nl', false));
		test('the headings come out in Arabic letters, the Dutch agreements as typed', async () => {
			await language.set('ar', false);
			const { text } = await readPdf(await classPosterToPdf(sampleClassRecord(), at));
			const letters = (s: string) => s.replace(/[^\p{Script=Arabic}]/gu, '');
			expect(letters(text)).toContain(letters(exportText.class.agreements.split(' ')[0]!));
			expect(squash(text)).toContain(squash(AGREEMENTS.listen));
		});
	});
});
