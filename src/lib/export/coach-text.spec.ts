import { describe, expect, test } from 'vitest';
import type { CoachNote } from '$lib/domain/coach-note';
import { coachToText } from './coach-text';

const at = Date.UTC(2026, 0, 12, 13, 0);
const people = [
	{ id: 'p-noor', name: 'Noor', role: 'child' as const },
	{ id: 'p-sanne', name: 'Sanne', role: 'parent' as const },
	{ id: 'p-oma', name: 'Fien', role: 'network' as const, relation: 'oma' }
];
const note = (id: string, participantId: string, text: string, elementId?: string) =>
	({ id, conversationId: 'c1', participantId, elementId, text, createdAt: at }) as CoachNote;

describe('coachToText', () => {
	test('lists every note with who wrote it where, and each child’s faces per conversation', () => {
		const text = coachToText({
			title: 'Gezin Jansen',
			participants: people,
			notes: [
				note('n1', 'p-noor', 'Thuis is het soms eng.\nVooral ’s avonds.', 'safe'),
				note('n2', 'p-oma', 'Ik maak me zorgen.')
			],
			voices: [
				{
					name: 'Noor',
					moments: [
						{
							conversationId: 'c0',
							sequence: 1,
							createdAt: at,
							answers: { heard: 2, important: null, overall: 3 }
						},
						{ conversationId: 'c1', sequence: 2, createdAt: at, answers: null }
					]
				}
			],
			now: at
		});
		expect(text).toContain('VOOR DE COACH: GEZIN JANSEN');
		expect(text).toContain('Alleen voor de coach, niet voor het gezin.');
		expect(text).toMatch(
			/- Noor \(.+\) schreef dit bij Veilig zijn, .+:\n {2}Thuis is het soms eng\.\n {2}Vooral ’s avonds\./
		);
		expect(text).toMatch(/- Fien \(oma\) schreef dit, .+:\n {2}Ik maak me zorgen\./);
		expect(text).toContain(
			'Noor:\n- Eerste gesprek, 12 januari 2026: Geluisterd: Verdrietig; Belangrijk: niet ingevuld; Goed zo: Gaat wel'
		);
		expect(text).toContain('- Vervolggesprek 1, 12 januari 2026: Geluisterd: niet ingevuld');
	});

	test('says plainly when there is nothing, and leaves out a child who never answered', () => {
		const text = coachToText({
			title: 'Gezin Jansen',
			participants: people,
			notes: [],
			voices: [
				{
					name: 'Bram',
					moments: [{ conversationId: 'c1', sequence: 1, createdAt: at, answers: null }]
				}
			],
			now: at
		});
		expect(text).toContain('Niemand heeft in dit gesprek iets alleen voor de coach geschreven.');
		expect(text).toContain('Nog geen kind heeft in deze reeks gezegd hoe het gesprek was.');
		expect(text).not.toContain('Bram');
	});
});
