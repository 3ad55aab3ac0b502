import { classRecordSchema, type ClassRecord } from '$lib/domain/class-session';
import { HOSTILE } from './plan-fixture';

/*
 * A class record for the poster exports, built through the real schema: three elements of
 * which two were discussed, counts of 0, 1, 2 and more, and hostile text in an agreement, a
 * role and a note.
 */

/** 2 December 2026, 14:15 local time. */
export const POSTER_AT = new Date(2026, 11, 2, 14, 15).getTime();

export const AGREEMENTS = {
	listen: 'We laten elkaar uitpraten',
	hostile: `Niemand doet ${HOSTILE.script} na`,
	helpers: 'De klassendienst zet na de pauze de stoelen recht'
};

export function sampleClassRecord(): ClassRecord {
	return classRecordSchema.parse({
		session: {
			id: 's1',
			group: 'groep 7',
			level: 'po-boven',
			present: 24,
			elements: ['safe', 'heard', 'home'],
			createdAt: POSTER_AT,
			updatedAt: POSTER_AT
		},
		results: [
			{
				elementId: 'safe',
				// 1 and 2 are "een paar"; 0 stays 0; 3 and more are exact.
				counts: { 1: 1, 2: 2, 3: 0, 4: 3, 5: 18 },
				notes: `Op het plein voelt het niet altijd veilig.\n${HOSTILE.img}`
			},
			{
				elementId: 'heard',
				counts: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
				notes: 'Iedereen mag iets zeggen in de kring.'
			},
			{ elementId: 'home', counts: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, notes: '' }
		],
		agreements: {
			agreements: [
				{ id: 'a1', what: AGREEMENTS.listen, who: 'klas', when: 'elke dag' },
				{ id: 'a2', what: AGREEMENTS.hostile, who: 'leerkracht', when: '' },
				{ id: 'a3', what: AGREEMENTS.helpers, who: { role: HOSTILE.svg }, when: '2027-01-11' }
			],
			lookBackDate: '2027-01-13'
		}
	});
}

/** A new session: nothing said, no agreements, no look-back day. */
export function emptyClassRecord(): ClassRecord {
	return classRecordSchema.parse({
		session: {
			id: 's2',
			group: 'klas 2B',
			level: 'vo',
			elements: ['active'],
			createdAt: POSTER_AT,
			updatedAt: POSTER_AT
		}
	});
}
