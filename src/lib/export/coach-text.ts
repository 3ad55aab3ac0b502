import type { CoachNote } from '$lib/domain/coach-note';
import { VOICE_QUESTIONS, type VoiceMoment } from '$lib/domain/child-voice';
import type { Participant } from '$lib/domain/participant';
import { elementText, formatDate, formatDateTime, m } from '$lib/i18n';

// What only the coach may read, as plain text for the coach's own case file: the notes written
// only for the coach and each child's faces about the conversations of the series. Never part
// of the plan or anything the family takes home; made only on the coach's screen.

type Person = Pick<Participant, 'id' | 'name' | 'role' | 'relation'>;

/** "Noor (kind) schreef dit bij Veilig zijn, 12 januari 2026 14:00". */
export function coachNoteWho(participants: readonly Person[], note: CoachNote): string {
	const person = participants.find((p) => p.id === note.participantId);
	const name = person?.name ?? '?';
	const role = person
		? person.role === 'network' && person.relation
			? person.relation
			: m.role[person.role]
		: '';
	const date = formatDateTime(note.createdAt);
	return note.elementId
		? m.coachNote.wrote(name, role, elementText(note.elementId).name, date)
		: m.coachNote.wroteGeneral(name, role, date);
}

export function voiceMomentLabel(mo: Pick<VoiceMoment, 'sequence'>): string {
	return mo.sequence <= 1 ? m.childVoice.first : m.childVoice.followUp(mo.sequence - 1);
}

const heading = (text: string, rule: string) =>
	`${text.toUpperCase()}\n${rule.repeat(Math.max(3, [...text].length))}`;

const indent = (text: string) => text.replace(/\n/g, '\n  ');

export function coachToText(input: {
	title: string;
	participants: readonly Person[];
	notes: readonly CoachNote[];
	voices: readonly { name: string; moments: readonly VoiceMoment[] }[];
	now: number;
}): string {
	const parts = [
		`${heading(`${m.coachNote.title}: ${input.title}`, '=')}\n${m.coachNote.exportMeta(formatDate(input.now))}`
	];
	parts.push(
		`${heading(m.coachNote.exportNotes, '-')}\n${
			input.notes.length === 0
				? m.coachNote.none
				: input.notes
						.map((n) => `- ${coachNoteWho(input.participants, n)}:\n  ${indent(n.text)}`)
						.join('\n')
		}`
	);
	const given = input.voices.filter((v) => v.moments.some((mo) => mo.answers !== null));
	parts.push(
		`${heading(m.childVoice.coachTitle, '-')}\n${
			given.length === 0
				? m.childVoice.coachNone
				: given
						.map((v) =>
							[
								`${v.name}:`,
								...v.moments.map((mo) => {
									const faces = VOICE_QUESTIONS.map((q) => {
										const face = mo.answers?.[q] ?? null;
										return `${m.childVoice.short[q]}: ${face === null ? m.childVoice.notAnswered : m.faces[face]}`;
									});
									return `- ${voiceMomentLabel(mo)}, ${formatDate(mo.createdAt)}: ${faces.join('; ')}`;
								})
							].join('\n')
						)
						.join('\n\n')
		}`
	);
	return `${parts.join('\n\n')}\n`;
}
