import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getDocument } from 'pdfjs-dist';
import { emptyPlanDocument, HOSTILE, samplePlanDocument } from '$test/plan-fixture';
import { readPdf } from '$test/read-pdf';
import { exportText, language, type Language } from '$lib/i18n';
import { loadPdfMake } from './pdf-fonts';
import { planToPdf } from './plan-pdf';

// Loading happens once for the file, not inside the first test: Vite's test server takes seconds
// to serve pdfmake (2.4 MB) and the pdf.js worker on a busy machine. Each test then measures only
// its own PDF (about a second), so no test depends on being first or on a quiet machine.
beforeAll(async () => {
	await loadPdfMake(['PlexArabic', 'NotoHebrew', 'NotoEmoji']);
	await readPdf(await planToPdf(emptyPlanDocument(), 'adult'));
});

describe('planToPdf', () => {
	test('adult: an A4 PDF with the whole plan, hostile text drawn literally', async () => {
		const blob = await planToPdf(samplePlanDocument(), 'adult');
		expect(blob.type).toBe('application/pdf');
		expect(blob.size).toBeGreaterThan(1000);
		const { pages, text, title } = await readPdf(blob);
		expect(pages).toBeGreaterThanOrEqual(1);
		expect(title).toBe('Gedragen plan');
		for (const s of [
			'GEDRAGEN PLAN',
			'Gezin Jansen',
			'Gesprek van 23 november 2026',
			'Concept',
			'Wie doen er mee',
			'Noë',
			'Lotje',
			'Sanne',
			'Fatima',
			'Regisseur (houdt het overzicht): Sanne',
			'Wat gaat goed',
			'Noë is creatief en tekent graag.',
			'Zorgen',
			'Speerpunten',
			'Gehoord worden',
			'Erbij horen',
			'Noë heeft in de pauze iemand om mee te spelen.',
			'Noë vraagt een klasgenoot om',
			'Lotje tekent hoe haar dag was',
			'Bart (leerkracht)',
			'Als het anders loopt',
			'Afspraken over veiligheid',
			'We kijken samen terug op',
			'8 januari 2027',
			'Ik sta achter dit plan (23 november 2026)',
			'nog niet',
			`pagina 1 van ${pages}`,
			HOSTILE.script,
			HOSTILE.img,
			HOSTILE.svg
		])
			expect(text).toContain(s);
		// The 200-character word wraps instead of running off the page: all of it is there.
		expect(text.replace(/\s/g, '')).toContain(HOSTILE.long);
		// Wheel labels are drawn as vector text too, on their catalogue lines ("Veilig" / "zijn").
		expect(text).toMatch(/Veilig\s*zijn/);
	});

	test('child: own actions first, simple words', async () => {
		const blob = await planToPdf(samplePlanDocument(), 'child');
		expect(blob.type).toBe('application/pdf');
		const { text, title } = await readPdf(blob);
		expect(title).toBe('Mijn plan');
		const mine = text.indexOf('Dit ga ik doen');
		const others = text.indexOf('Dit doen anderen');
		const own = text.indexOf('Noë vraagt een klasgenoot om samen te spelen');
		expect(mine).toBeGreaterThanOrEqual(0);
		expect(own).toBeGreaterThan(mine);
		expect(own).toBeLessThan(others);
		expect(text.indexOf('Elke avond tien minuten samen praten over de dag')).toBeGreaterThan(
			others
		);
		for (const s of [
			'Hier werken we aan',
			'Wanneer kijken we weer?',
			'8 januari 2027',
			HOSTILE.script
		])
			expect(text).toContain(s);
	});

	test('a long unbroken word in an action wraps: every column stays on the page', async () => {
		const doc = samplePlanDocument();
		doc.focus[0]!.actions[0]!.what = 'W'.repeat(300);
		const pdf = await getDocument({
			data: new Uint8Array(await (await planToPdf(doc, 'adult')).arrayBuffer())
		}).promise;
		const outside: string[] = [];
		for (let n = 1; n <= pdf.numPages; n++) {
			const page = await pdf.getPage(n);
			const [, , right] = page.view as [number, number, number, number];
			for (const item of (await page.getTextContent()).items) {
				if (!('str' in item) || !item.str.trim()) continue;
				const x = item.transform[4] as number;
				if (x + item.width > right + 0.5) outside.push(`page ${n}: ${item.str.slice(0, 30)}`);
			}
		}
		await pdf.destroy();
		expect(outside).toEqual([]);
	});

	test('two taps give two PDFs, each with the plan as it was at that tap', async () => {
		// pdfmake keeps fonts and shaped words between PDFs (scripts/vite-pdfmake.js), never a PDF.
		const doc = { ...emptyPlanDocument(), planB: 'Eerst samen bellen' };
		const first = await planToPdf(doc, 'adult');
		const second = await planToPdf({ ...doc, planB: 'Eerst de school bellen' }, 'adult');
		expect(second).not.toBe(first);
		const [one, two] = [(await readPdf(first)).text, (await readPdf(second)).text];
		expect(one).toContain('Eerst samen bellen');
		expect(one).not.toContain('Eerst de school bellen');
		expect(two).toContain('Eerst de school bellen');
		expect(two).not.toContain('Eerst samen bellen');
	});

	test('an empty plan still makes a PDF', async () => {
		const { pages, text } = await readPdf(await planToPdf(emptyPlanDocument(), 'adult'));
		expect(pages).toBeGreaterThanOrEqual(1);
		expect(text).toContain(`pagina ${pages} van ${pages}`);
		expect(text).toContain('Nog geen speerpunten gekozen.');
		expect(text).not.toContain('Afspraken over veiligheid');
	});
});

/**
 * The text as a person reads it. pdf.js gives each line's words left to right, each word's
 * letters already in logical order; a line that starts in Arabic or Hebrew is read right to
 * left, so its words are turned around. (pdf.js already maps Arabic presentation forms back to
 * letters: no NFKC needed.)
 */
const asRead = (text: string) =>
	text
		.split('\n')
		.map((line) =>
			/^[^\p{L}]*[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(line)
				? line.split(' ').reverse().join(' ')
				: line
		)
		.join('\n');

describe('planToPdf in every language the app offers', () => {
	// A child's own words, as typed: Arabic, Latin with diacritics, an emoji.
	const own = { arabic: HOSTILE.arabic, latin: 'Noë, Zoë, Çağrı, Łucja', emoji: '😊' };
	afterAll(() => language.set('nl', false));

	for (const lang of ['nl', 'en', 'ar'] as Language[])
		test(`${lang}: the child's own words and the headings come out as written`, async () => {
			await language.set(lang, false);
			const doc = {
				...emptyPlanDocument(),
				planB: `${own.latin} ${own.emoji}`,
				safety: own.arabic
			};
			const text = asRead((await readPdf(await planToPdf(doc, 'adult'))).text);
			expect(text).toContain(`${own.latin} ${own.emoji}`);
			expect(text).toContain(own.arabic);
			// Headings in the app's language (in Arabic: joined, right to left, read back).
			expect(text).toContain(exportText.worries);
			expect(text).toContain(exportText.agreement);
			// The wheel's legend is SVG text, with fonts of its own. (pdf.js puts an Arabic vowel
			// mark before its letter instead of after it, so marks are left out of this one.)
			const unmarked = (s: string) => s.replace(/\p{M}/gu, '');
			expect(unmarked(text)).toContain(unmarked(exportText.legend));
			expect(text).not.toContain('…');
		});
});
