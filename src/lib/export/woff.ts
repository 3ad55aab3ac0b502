/*
 * WOFF 1.0 to a plain TrueType/OpenType file, once per font. fontkit reads WOFF itself, but
 * inflates every table again with a JavaScript zlib for each PDF (over a second for the emoji
 * font on a slow tablet); the browser's own DecompressionStream does it once, natively.
 * Format: https://www.w3.org/TR/WOFF/ (a header, a table directory, zlib-compressed tables).
 */

const WOFF = 0x774f4646; // 'wOFF'

async function inflate(data: Uint8Array): Promise<Uint8Array> {
	const stream = new Blob([data as BlobPart])
		.stream()
		.pipeThrough(new DecompressionStream('deflate'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The font inside a WOFF file, as the sfnt (TTF/OTF) it was made from. */
export async function woffToSfnt(woff: Uint8Array): Promise<Uint8Array> {
	const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
	if (woff.byteLength < 44 || view.getUint32(0) !== WOFF) throw new Error('Not a WOFF font');
	const flavor = view.getUint32(4);
	const count = view.getUint16(12);
	const tables = await Promise.all(
		Array.from({ length: count }, async (_, i) => {
			const at = 44 + i * 20;
			const [tag, offset, compressed, length, checksum] = [0, 4, 8, 12, 16].map((d) =>
				view.getUint32(at + d)
			) as [number, number, number, number, number];
			if (offset + compressed > woff.byteLength) throw new Error('Broken WOFF font');
			const raw = woff.subarray(offset, offset + compressed);
			const data = compressed < length ? await inflate(raw) : raw;
			if (data.byteLength !== length) throw new Error('Broken WOFF font');
			return { tag, checksum, data };
		})
	);
	// sfnt: a 12-byte header, 16 bytes per table record, tables padded to 4 bytes, in tag order.
	let size = 12 + 16 * count;
	for (const t of tables) size += (t.data.byteLength + 3) & ~3;
	const out = new Uint8Array(size);
	const sfnt = new DataView(out.buffer);
	const log2 = Math.floor(Math.log2(count));
	sfnt.setUint32(0, flavor);
	sfnt.setUint16(4, count);
	sfnt.setUint16(6, 16 * 2 ** log2);
	sfnt.setUint16(8, log2);
	sfnt.setUint16(10, 16 * count - 16 * 2 ** log2);
	let offset = 12 + 16 * count;
	tables.forEach((t, i) => {
		const at = 12 + 16 * i;
		sfnt.setUint32(at, t.tag);
		sfnt.setUint32(at + 4, t.checksum);
		sfnt.setUint32(at + 8, offset);
		sfnt.setUint32(at + 12, t.data.byteLength);
		out.set(t.data, offset);
		offset += (t.data.byteLength + 3) & ~3;
	});
	return out;
}
