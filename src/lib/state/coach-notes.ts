import type { CoachNote } from '$lib/domain/coach-note';
import type { ElementId } from '$lib/domain/elements';
import { voiceOverSeriesOf, type VoiceRow } from './child-voice';
import { getRepos } from './repos';
import { vault } from './vault.svelte';

/** A participant gives a note to the coach; the screen only learns that it was stored. */
export async function giveToCoach(note: {
	conversationId: string;
	participantId: string;
	elementId: ElementId | null;
	text: string;
}): Promise<void> {
	await getRepos().coachNotes.add(note);
}

export type CoachUnlock =
	| { ok: true; notes: CoachNote[]; voices: VoiceRow[] }
	| { ok: false; reason: 'wrong' | 'wait'; retryAt: number };

/**
 * The coach's screen: the notes and the children's voice over the series only after the
 * profile's passphrase or PIN once more. The caller keeps them in memory for as long as the
 * screen is open, never anywhere else.
 */
export async function readAsCoach(conversationId: string, secret: string): Promise<CoachUnlock> {
	const check = await vault.confirmSecret(secret);
	if (!check.ok) return { ok: false, reason: check.reason, retryAt: check.retryAt };
	const [notes, voices] = await Promise.all([
		getRepos().coachNotes.forConversation(conversationId),
		voiceOverSeriesOf(conversationId)
	]);
	return { ok: true, notes, voices };
}
