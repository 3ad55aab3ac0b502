import { z } from 'zod';

/** A school mark 1–10; `null` means "nog geen antwoord", which is not a score. */
export const scoreSchema = z.int().min(1).max(10).nullable();
export type Score = z.output<typeof scoreSchema>;

export const FACES = [1, 2, 3, 4, 5] as const;
export type Face = (typeof FACES)[number];

/** Five faces map onto the 1–10 scale at 2, 4, 6, 8, 10. */
export function faceToScore(face: Face): number {
	return face * 2;
}

/** Any score shown back as a face: 1–2 → 1, 3–4 → 2, … 9–10 → 5. */
export function scoreToFace(score: number): Face {
	return Math.min(5, Math.max(1, Math.ceil(score / 2))) as Face;
}
