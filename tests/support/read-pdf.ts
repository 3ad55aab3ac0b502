import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/*
 * A made PDF read back with pdf.js, in the browser tests: what a reader (or a screen reader)
 * gets from it. Shared by the plan's and the class poster's PDF tests.
 */

GlobalWorkerOptions.workerSrc = workerUrl;

export interface ReadPdf {
	pages: number;
	/** Every page's text, lines kept. */
	text: string;
	title: unknown;
	/** Each page's width and height in pt. */
	sizes: [number, number][];
}

export async function readPdf(blob: Blob): Promise<ReadPdf> {
	const pdf = await getDocument({ data: new Uint8Array(await blob.arrayBuffer()) }).promise;
	const texts: string[] = [];
	const sizes: [number, number][] = [];
	for (let n = 1; n <= pdf.numPages; n++) {
		const page = await pdf.getPage(n);
		const [left, bottom, right, top] = page.view as [number, number, number, number];
		sizes.push([right - left, top - bottom]);
		const content = await page.getTextContent();
		texts.push(
			content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join('')
		);
	}
	const { info } = await pdf.getMetadata();
	const result = {
		pages: pdf.numPages,
		text: texts.join('\n'),
		title: (info as { Title?: string }).Title,
		sizes
	};
	await pdf.destroy();
	return result;
}
