// What the detector gives, without the detector itself: the page uses these without loading
// js-aruco2.

export interface Point {
	x: number;
	y: number;
}

/** A marker's corners in the picture: its own top-left, top-right, bottom-right, bottom-left. */
export type Corners = [Point, Point, Point, Point];

/** What a frame is: RGBA bytes, width × height × 4 (an ImageData fits). */
export interface Image {
	width: number;
	height: number;
	data: Uint8ClampedArray;
}

/** One card seen in a frame: its number and its marker's corners (its own top-left first). */
export interface Sighting {
	card: number;
	corners: Corners;
}

/** A card seen, with the face its orientation gives. */
export interface Reading<F> extends Sighting {
	face: F;
}

/** The cards: their marker codes, and which face a marker's corners give (faceOfCorners). */
export interface CardSet<F> {
	codes: readonly number[];
	faceOf: (corners: Corners) => F;
}

/** Adds the face each sighting's corners give. */
export function withFaces<F>(
	sightings: readonly Sighting[],
	faceOf: (corners: Corners) => F
): Reading<F>[] {
	return sightings.map((s) => ({ ...s, face: faceOf(s.corners) }));
}
