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

/** One page of a PDF drawn by pdf.js in Node (on @napi-rs/canvas), as a PNG: to look at it. */
export async function pdfPagePng(data: Buffer, pageNumber = 1, scale = 1.5): Promise<Buffer> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const { createCanvas } = await import('@napi-rs/canvas');
	const doc = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false })
		.promise;
	const page = await doc.getPage(pageNumber);
	const viewport = page.getViewport({ scale });
	const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
	const context = canvas.getContext('2d');
	context.fillStyle = '#ffffff';
	context.fillRect(0, 0, canvas.width, canvas.height);
	await page.render({
		canvas: canvas as unknown as HTMLCanvasElement,
		canvasContext: context as unknown as CanvasRenderingContext2D,
		viewport
	}).promise;
	await doc.destroy();
	return canvas.toBuffer('image/png');
}
