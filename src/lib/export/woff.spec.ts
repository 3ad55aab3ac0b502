import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { woffToSfnt } from './woff';

const file = (path: string) =>
	new Uint8Array(
		readFileSync(new URL(`../../../node_modules/@fontsource/${path}`, import.meta.url))
	);

/** The OpenType checksum of a table: its 32-bit words added up. */
function checksum(data: Uint8Array, tag: string): number {
	const padded = new Uint8Array((data.byteLength + 3) & ~3);
	padded.set(data);
	// The 'head' table's checkSumAdjustment (bytes 8–11) counts as zero.
	if (tag === 'head') padded.fill(0, 8, 12);
	const view = new DataView(padded.buffer);
	let sum = 0;
	for (let i = 0; i < padded.byteLength; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
	return sum;
}

function tables(sfnt: Uint8Array) {
	const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
	return Array.from({ length: view.getUint16(4) }, (_, i) => {
		const at = 12 + 16 * i;
		const tag = String.fromCharCode(...sfnt.subarray(at, at + 4));
		const offset = view.getUint32(at + 8);
		const data = sfnt.subarray(offset, offset + view.getUint32(at + 12));
		return { tag, stored: view.getUint32(at + 4), data };
	});
}

describe('woffToSfnt', () => {
	test.each([
		'noto-emoji/files/noto-emoji-emoji-400-normal.woff',
		'ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-700-normal.woff',
		'noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff'
	])('%s: every table comes back whole (its checksum matches)', async (path) => {
		const sfnt = await woffToSfnt(file(path));
		expect(new DataView(sfnt.buffer).getUint32(0)).toBe(0x00010000); // TrueType outlines
		const all = tables(sfnt);
		expect(all.map((t) => t.tag)).toEqual(expect.arrayContaining(['cmap', 'glyf', 'GSUB']));
		for (const t of all) expect(checksum(t.data, t.tag), t.tag).toBe(t.stored);
	});

	test.each(['Regular', 'Medium'])(
		"Roboto-%s.woff (scripts/roboto-woff.mjs) is pdfmake's own Roboto, table for table",
		async (face) => {
			const ttf = new Uint8Array(
				readFileSync(
					new URL(`../../../node_modules/pdfmake/fonts/Roboto/Roboto-${face}.ttf`, import.meta.url)
				)
			);
			const woff = new Uint8Array(
				readFileSync(new URL(`./fonts/Roboto-${face}.woff`, import.meta.url))
			);
			const byTag = (sfnt: Uint8Array) =>
				Object.fromEntries(tables(sfnt).map((t) => [t.tag, [...t.data].join()]));
			const sfnt = await woffToSfnt(woff);
			for (const t of tables(sfnt)) expect(checksum(t.data, t.tag), t.tag).toBe(t.stored);
			expect(byTag(sfnt)).toEqual(byTag(ttf));
			expect(woff.byteLength).toBeLessThan(ttf.byteLength * 0.65);
		}
	);

	test('refuses what is not a WOFF font, or is cut short', async () => {
		await expect(woffToSfnt(new Uint8Array(100))).rejects.toThrow('Not a WOFF font');
		const woff = file('noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff');
		await expect(woffToSfnt(woff.subarray(0, 2000))).rejects.toThrow('Broken WOFF font');
	});
});
