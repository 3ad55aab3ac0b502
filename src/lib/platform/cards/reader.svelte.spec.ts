import { expect, test } from 'vitest';
import { openCardReader, CardReaderError, type Corners } from './reader';
import { gridCards, synthFrame } from './synth';

// The first eight markers of OpenCV's DICT_4X4_1000, as the domain's CARD_CODES begins (platform
// imports nothing of ours; detector.spec.ts checks the whole list against js-aruco2's copy).
const CODES = [0xb532, 0x0f9a, 0x332d, 0x9946, 0x549e, 0x79cd, 0x9e2e, 0xc4f2];

/** Quarter turns clockwise of the marker's top edge, standing in for faceOfCorners. */
const quarter = (c: Corners) =>
	(Math.round((Math.atan2(c[1].y - c[0].y, c[1].x - c[0].x) * 2) / Math.PI) + 4) % 4;

test('reads the cards in a camera frame in a worker, the frame moving there', async () => {
	const reader = await openCardReader({ codes: CODES, faceOf: quarter });
	try {
		const tops = ['top', 'right', 'bottom', 'left', 'left', 'bottom', 'right', 'top'] as const;
		const cards = gridCards(8, { size: 40, seed: 7, maxRotate: 20, maxTilt: 20, tops });
		const { width, height, data } = synthFrame(cards, { codes: CODES, blur: 1, noise: 3 });
		const frame = new ImageData(data, width, height);
		const readings = await reader.read(frame);
		expect(readings.map((r) => [r.card, r.face])).toEqual([
			[1, 0],
			[2, 3],
			[3, 2],
			[4, 1],
			[5, 1],
			[6, 2],
			[7, 3],
			[8, 0]
		]);
		expect(frame.data.byteLength).toBe(0);
		// Reads queue up and each gets its own answer.
		const empty = synthFrame([], { codes: CODES, width: 320, height: 240 });
		const again = synthFrame(cards.slice(0, 2), { codes: CODES });
		const [none, two] = await Promise.all([reader.read(empty), reader.read(again)]);
		expect(none).toEqual([]);
		expect(two.map((r) => r.card)).toEqual([1, 2]);
	} finally {
		reader.close();
	}
	await expect(reader.read(synthFrame([], { codes: CODES, width: 8, height: 8 }))).rejects.toThrow(
		CardReaderError
	);
});
