import { usesFaces, type Participant } from '$lib/domain/participant';
import { scoreToFace } from '$lib/domain/score';
import { m } from '$lib/i18n';

/** A score as this participant gave it: a face name for the youngest, else the number. */
export function formatScore(
	p: Pick<Participant, 'role' | 'ageGroup'>,
	score: number | null
): string {
	if (score === null) return m.walk.noAnswer;
	return usesFaces(p) ? m.faces[scoreToFace(score)] : String(score);
}

/** "Noor", "Noor en Daan", "Noor, Daan en Mo": names as a sentence says them. */
export function joinNames(list: readonly string[]): string {
	return list.length <= 1
		? (list[0] ?? '')
		: `${list.slice(0, -1).join(', ')} ${m.overview.and} ${list.at(-1)}`;
}
