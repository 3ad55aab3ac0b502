// Writes the PDF's Roboto (pdfmake's own TTF files, Apache 2.0) as WOFF 1.0 files into
// src/lib/export/fonts/: the same font, each table zlib-compressed, 40 % smaller for the
// service worker's precache than the TTF (pdfmake's vfs_fonts.js has all four faces as base64
// in 0.85 MB of script).
// Run after a pdfmake update: node scripts/roboto-woff.mjs (woff.spec.ts checks the result).
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

/** WOFF 1.0 (https://www.w3.org/TR/WOFF/) of an sfnt file: a header, a directory, tables. */
export function sfntToWoff(sfnt) {
	const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
	const count = view.getUint16(4);
	const tables = Array.from({ length: count }, (_, i) => {
		const at = 12 + 16 * i;
		const [tag, checksum, offset, length] = [0, 4, 8, 12].map((d) => view.getUint32(at + d));
		const raw = sfnt.subarray(offset, offset + length);
		const packed = deflateSync(raw, { level: 9 });
		return { tag, checksum, length, data: packed.length < length ? packed : raw };
	});
	let size = 44 + 20 * count;
	for (const t of tables) size += (t.data.length + 3) & ~3;
	const out = new Uint8Array(size);
	const woff = new DataView(out.buffer);
	woff.setUint32(0, 0x774f4646);
	woff.setUint32(4, view.getUint32(0));
	woff.setUint32(8, size);
	woff.setUint16(12, count);
	let sfntSize = 12 + 16 * count;
	for (const t of tables) sfntSize += (t.length + 3) & ~3;
	woff.setUint32(16, sfntSize);
	woff.setUint16(20, 1);
	let offset = 44 + 20 * count;
	tables.forEach((t, i) => {
		const at = 44 + 20 * i;
		woff.setUint32(at, t.tag);
		woff.setUint32(at + 4, offset);
		woff.setUint32(at + 8, t.data.length);
		woff.setUint32(at + 12, t.length);
		woff.setUint32(at + 16, t.checksum);
		out.set(t.data, offset);
		offset += (t.data.length + 3) & ~3;
	});
	return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	for (const face of ['Regular', 'Medium']) {
		const ttf = readFileSync(`node_modules/pdfmake/fonts/Roboto/Roboto-${face}.ttf`);
		const woff = sfntToWoff(new Uint8Array(ttf.buffer, ttf.byteOffset, ttf.byteLength));
		writeFileSync(`src/lib/export/fonts/Roboto-${face}.woff`, woff);
		console.log(`Roboto-${face}: ${ttf.length} → ${woff.length} bytes`);
	}
}
