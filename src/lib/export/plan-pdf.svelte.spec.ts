import { describe, expect, test } from 'vitest';
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.mjs?url';
import { emptyPlanDocument, HOSTILE, samplePlanDocument } from '$test/plan-fixture';
import { planToPdf } from './plan-pdf';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Every page's text, lines kept, as a reader (or a screen reader) gets it from the PDF. */
async function readPdf(blob: Blob): Promise<{ pages: number; text: string; title: unknown }> {
	const pdf = await getDocument({ data: new Uint8Array(await blob.arrayBuffer()) }).promise;
	const texts: string[] = [];
	for (let n = 1; n <= pdf.numPages; n++) {
		const content = await (await pdf.getPage(n)).getTextContent();
		texts.push(
			content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join('')
		);
	}
	const { info } = await pdf.getMetadata();
	const result = {
		pages: pdf.numPages,
		text: texts.join('\n'),
		title: (info as { Title?: string }).Title
	};
	await pdf.destroy();
	return result;
}

describe('planToPdf', () => {
	test('adult: an A4 PDF with the whole plan, hostile text drawn literally', async () => {
		const blob = await planToPdf(samplePlanDocument(), 'adult');
		expect(blob.type).toBe('application/pdf');
		expect(blob.size).toBeGreaterThan(1000);
		const { pages, text, title } = await readPdf(blob);
		expect(pages).toBeGreaterThanOrEqual(1);
		expect(title).toBe('Gedragen plan – Gezin Jansen');
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
		expect(title).toBe('Mijn plan – Gezin Jansen');
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

	test('an empty plan still makes a PDF', async () => {
		const { pages, text } = await readPdf(await planToPdf(emptyPlanDocument(), 'adult'));
		expect(pages).toBeGreaterThanOrEqual(1);
		expect(text).toContain(`pagina ${pages} van ${pages}`);
		expect(text).toContain('Nog geen speerpunten gekozen.');
		expect(text).not.toContain('Afspraken over veiligheid');
	});
});
