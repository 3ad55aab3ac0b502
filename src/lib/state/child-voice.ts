import { voiceOverSeries, type VoiceAnswers, type VoiceMoment } from '$lib/domain/child-voice';
import { seriesOf } from '$lib/domain/series';
import { getRepos } from './repos';

/** A child gives their faces to the coach; the screen only learns that they were stored. */
export async function giveVoice(
	conversationId: string,
	childId: string,
	answers: VoiceAnswers
): Promise<void> {
	await getRepos().childVoices.give({ conversationId, childId, answers });
}

export type VoiceRow = { childId: string; moments: VoiceMoment[] };

/**
 * For the coach's screen only (after the passphrase again): per child of this conversation, the
 * faces over every conversation of its series, gaps where none were given.
 */
export async function voiceOverSeriesOf(conversationId: string): Promise<VoiceRow[]> {
	const repos = getRepos();
	const conversation = await repos.conversations.get(conversationId);
	if (!conversation) return [];
	const series = seriesOf(conversation);
	const all = await repos.conversations.list();
	const ids = all.filter((c) => seriesOf(c) === series).map((c) => c.id);
	const voices = await repos.childVoices.forConversations(ids);
	return voiceOverSeries(all, series, conversation.children, voices);
}
