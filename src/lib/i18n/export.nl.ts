import type { PlanStatus } from '$lib/domain/plan';
import { formatDate } from './index';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD as a local calendar day ("23 november 2026"), never shifted by a time zone. */
export function formatDay(iso: string): string {
	const match = ISO_DAY.exec(iso.trim());
	if (!match) return iso;
	const [, y, mo, d] = match.map(Number) as [number, number, number, number];
	const date = new Date(y, mo - 1, d);
	// 2026-02-31 is not a day: keep what was typed rather than show 3 March.
	if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return iso;
	return formatDate(date.getTime());
}

/** An action's "when": a date becomes a Dutch date, words ("elke week") stay as typed. */
export function formatWhen(when: string): string {
	return ISO_DAY.test(when.trim()) ? formatDay(when) : when;
}

// Plain Dutch (B1) for the printed and shared plan; the child version in simpler words.
export const exportNl = {
	title: 'Gedragen plan',
	conversationOf: (date: string) => `Gesprek van ${date}`,
	generatedAt: (date: string) => `Gemaakt op ${date}`,
	statusLabel: 'Status',
	status: { concept: 'Concept', agreed: 'Afgesproken' } satisfies Record<PlanStatus, string>,
	statusHelp: {
		concept: 'Nog niet iedereen heeft gezegd dat hij achter dit plan staat.',
		agreed: 'Iedereen staat achter dit plan.'
	} satisfies Record<PlanStatus, string>,
	participants: 'Wie doen er mee',
	regisseur: 'Regisseur (houdt het overzicht)',
	noRegisseur: 'nog niet gekozen',
	wheel: 'Kansencirkel',
	wheelAlt: (title: string) => `Kansencirkel van ${title}: de cijfers van iedereen per element`,
	legend: 'Wie is wie',
	noScores: '(nog geen antwoord)',
	strengths: 'Wat gaat goed',
	worries: 'Zorgen',
	nothing: 'Niets ingevuld.',
	/** Where a strength or worry came from: "Noor, bij Gehoord worden". */
	source: (by?: string, element?: string) =>
		by && element ? `${by}, bij ${element}` : (by ?? (element ? `bij ${element}` : '')),
	focus: 'Speerpunten',
	noFocus: 'Nog geen speerpunten gekozen.',
	goal: 'Doel',
	noGoal: 'Nog geen doel opgeschreven.',
	actions: 'Acties',
	actionsFor: (element: string) => `Acties voor ${element}`,
	noActions: 'Nog geen acties.',
	what: 'Wat',
	who: 'Wie',
	when: 'Wanneer',
	support: 'Steun',
	planB: 'Als het anders loopt',
	safety: 'Afspraken over veiligheid',
	evaluation: 'We kijken samen terug op',
	noEvaluation: 'nog geen datum gekozen',
	agreement: 'Akkoord',
	agreed: 'Ik sta achter dit plan',
	agreedOn: (date: string) => `Ik sta achter dit plan (${date})`,
	notYet: 'nog niet',
	page: (n: number, total: number) => `pagina ${n} van ${total}`,
	empty: '–',
	child: {
		title: 'Mijn plan',
		intro: 'Dit hebben we samen afgesproken.',
		mine: 'Dit ga ik doen',
		noMine: 'Voor jou staat er nog niets. Vraag wat jij kunt doen.',
		others: 'Dit doen anderen',
		noOthers: 'Nog niets.',
		focus: 'Hier werken we aan',
		strengths: 'Dit gaat al goed',
		planB: 'Als het niet lukt',
		safety: 'Zo blijft iedereen veilig',
		evaluation: 'Wanneer kijken we weer?',
		noEvaluation: 'Dat spreken we nog af.',
		together: 'Wie doen er mee',
		agreement: 'Wie staat erachter?',
		agreed: 'Ja, ik sta erachter',
		notYet: 'nog niet',
		when: 'Wanneer',
		helper: (name: string) => `${name} helpt`
	}
};
