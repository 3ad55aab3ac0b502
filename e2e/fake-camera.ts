import { writeFileSync } from 'node:fs';

// A video for Chromium's fake camera (--use-file-for-fake-video-capture): the YUV4MPEG2 format,
// which is a short text header and then every frame as raw 4:2:0 planes. Chromium plays the
// file in a loop at its frame rate, as if a camera were looking at it.

/**
 * Writes RGBA frames (all `width` × `height`, both even) as a Y4M file. Colours go through
 * BT.601 full range ("C420jpeg"), the same conversion Chromium makes back.
 */
export function writeY4m(
	path: string,
	width: number,
	height: number,
	frames: readonly Uint8ClampedArray[],
	fps: number
): void {
	if (width % 2 || height % 2) throw new RangeError('Y4M 4:2:0 needs an even width and height');
	const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
	const frameHeader = Buffer.from('FRAME\n');
	const ySize = width * height;
	const cSize = ySize / 4;
	const parts: Buffer[] = [header];
	for (const rgba of frames) {
		if (rgba.length !== ySize * 4) throw new RangeError('A frame has the wrong size');
		const planes = Buffer.alloc(ySize + 2 * cSize);
		for (let i = 0; i < ySize; i++) {
			const r = rgba[i * 4]!;
			const g = rgba[i * 4 + 1]!;
			const b = rgba[i * 4 + 2]!;
			planes[i] = clamp(0.299 * r + 0.587 * g + 0.114 * b);
		}
		// Chroma: the average of each 2 × 2 block.
		for (let y = 0; y < height / 2; y++)
			for (let x = 0; x < width / 2; x++) {
				let r = 0;
				let g = 0;
				let b = 0;
				for (const [dx, dy] of [
					[0, 0],
					[1, 0],
					[0, 1],
					[1, 1]
				] as const) {
					const p = ((y * 2 + dy) * width + x * 2 + dx) * 4;
					r += rgba[p]!;
					g += rgba[p + 1]!;
					b += rgba[p + 2]!;
				}
				r /= 4;
				g /= 4;
				b /= 4;
				const c = y * (width / 2) + x;
				planes[ySize + c] = clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
				planes[ySize + cSize + c] = clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
			}
		parts.push(frameHeader, planes);
	}
	writeFileSync(path, Buffer.concat(parts));
}

function clamp(v: number): number {
	return Math.max(0, Math.min(255, Math.round(v)));
}
