// Extracts the text of a PDF in Node with pdf.js, to prove what a generated file says.
export async function pdfText(data: Buffer): Promise<{ text: string; pages: number }> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false })
		.promise;
	const parts: string[] = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const page = await doc.getPage(i);
		const content = await page.getTextContent();
		parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
	}
	return { text: parts.join('\n'), pages: doc.numPages };
}
