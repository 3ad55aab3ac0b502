import type { AgeGroup, Role } from '$lib/domain/participant';
import type { Kind } from '$lib/domain/conversation';
import type { Face } from '$lib/domain/score';

// Plain Dutch (B1 for adults, simpler where children read). Functions take parameters.
export const nl = {
	app: {
		name: 'Kansencirkel',
		skip: 'Ga naar de inhoud',
		home: 'Alle gesprekken',
		saved: 'Opgeslagen',
		saving: 'Bezig met opslaan…',
		saveFailed: 'Opslaan lukte niet. Je tekst staat nog op het scherm; probeer het zo opnieuw.',
		loading: 'Even laden…'
	},
	home: {
		title: 'Gesprekken op dit apparaat',
		intro:
			'Met de kansencirkel praat je samen over hoe het met een kind gaat: thuis, op school en daarbuiten. Iedereen geeft zijn eigen kijk op acht onderwerpen, en samen maak je een plan.',
		privacy: 'Alles blijft op dit apparaat. Er gaat niets via internet.',
		start: 'Nieuw gesprek',
		filter: 'Zoek op titel',
		noMatch: (q: string) => `Geen gesprek gevonden met “${q}”.`,
		progress: (done: number, total: number) => `${done} van ${total} elementen`,
		participants: (n: number) => (n === 1 ? '1 deelnemer' : `${n} deelnemers`),
		changed: (date: string) => `Bijgewerkt ${date}`,
		count: (n: number) => (n === 1 ? '1 gesprek' : `${n} gesprekken`)
	},
	kind: {
		family: 'Gezinsgesprek',
		self: 'Zelfreflectie'
	} satisfies Record<Kind, string>,
	kindHelp: {
		family: 'Een coach, het kind en de ouders (en wie er verder meedoet) praten samen.',
		self: 'Een jongere kijkt alleen naar de acht elementen, als voorbereiding op een gesprek.'
	} satisfies Record<Kind, string>,
	role: {
		child: 'Kind of jongere',
		parent: 'Ouder of verzorger',
		coach: 'CJG-coach',
		network: 'Iemand uit het netwerk'
	} satisfies Record<Role, string>,
	ageGroup: {
		'4-7': '4 tot 7 jaar',
		'8-12': '8 tot 12 jaar',
		'12-18': '12 tot 18 jaar'
	} satisfies Record<AgeGroup, string>,
	setup: {
		newTitle: 'Nieuw gesprek',
		editTitle: 'Deelnemers',
		kindLegend: 'Wat voor gesprek?',
		titleLabel: 'Titel',
		titleHelp: 'Gebruik een schuilnaam, bijvoorbeeld “Gezin J.”. Geen achternaam.',
		selfTitleHelp: 'Bijvoorbeeld “Mijn kansencirkel”. Alleen jij ziet dit.',
		participantsLegend: 'Wie doen er mee?',
		participantsHelp: 'Alleen een voornaam of bijnaam. Geen achternaam en geen geboortedatum.',
		selfLegend: 'Over jou',
		nameLabel: 'Voornaam of bijnaam',
		roleLabel: 'Rol',
		relationLabel: 'Wie is dit voor het kind?',
		relationHelp: 'Bijvoorbeeld leerkracht, opa, buurvrouw of trainer.',
		ageLabel: 'Leeftijd',
		add: 'Deelnemer toevoegen',
		remove: (name: string, n: number) => `${name || `Deelnemer ${n}`} verwijderen`,
		modeLegend: 'Hoe geven jullie antwoord?',
		modeOpen: 'Open: iedereen ziet de antwoorden meteen',
		modeTurns: 'Om de beurt: antwoorden blijven verborgen tot jullie ze samen bekijken',
		create: 'Start het gesprek',
		save: 'Klaar',
		errorSummary: 'Controleer de velden met een melding.',
		confirmRemoveTitle: (name: string) => `${name} verwijderen?`,
		confirmRemoveBody: (name: string, n: number) =>
			`${name} heeft al ${n === 1 ? '1 antwoord' : `${n} antwoorden`} gegeven. Die worden ook verwijderd.`,
		confirmRemove: 'Ja, verwijderen',
		cancel: 'Nee, bewaren',
		atLeastOne: 'Er moet minstens één deelnemer zijn.',
		participantNumber: (n: number) => `Deelnemer ${n}`
	},
	errors: {
		'name.empty': 'Vul een naam in.',
		'name.tooLong': 'Gebruik maximaal 40 tekens.',
		'name.control': 'Gebruik alleen gewone letters, cijfers en leestekens.',
		'relation.tooLong': 'Gebruik maximaal 40 tekens.',
		'ageGroup.required': 'Kies een leeftijd.',
		'note.tooLong': 'Gebruik maximaal 2000 tekens.',
		unknown: 'Dit klopt nog niet helemaal.'
	} as Record<string, string>,
	notFound: {
		title: 'Dit gesprek bestaat niet (meer)',
		body: 'Misschien is het verwijderd, of is de link niet helemaal goed.',
		home: 'Naar alle gesprekken'
	},
	walk: {
		progress: (n: number, total: number) => `Element ${n} van ${total}`,
		previous: 'Vorige',
		next: 'Volgende',
		toOverview: 'Naar het overzicht',
		jumpLabel: 'Ga naar een element',
		jumpTo: (n: number, name: string, done: boolean) =>
			`Element ${n}: ${name}${done ? ' (klaar)' : ''}`,
		questionsFor: (name: string) => `Vragen voor ${name}`,
		scoreLegend: (name: string) => `Cijfer van ${name}`,
		scoreHelp: '1 is heel slecht, 10 is heel goed.',
		noAnswer: 'Nog geen antwoord',
		clearScore: 'Cijfer wissen',
		faceLegend: (name: string) => `Hoe voelt ${name} zich hierover?`,
		strengths: 'Wat gaat goed?',
		worries: 'Zorgen',
		wishes: 'Wat is nodig? Wensen',
		talk: 'Hier wil ik over praten',
		characters: (n: number, max: number) => `${n} van ${max} tekens`,
		editParticipants: 'Deelnemers',
		turnsSwitch: 'Om de beurt (antwoorden verborgen)',
		turnsHelp:
			'Geef de tablet door. Niemand ziet de antwoorden van de anderen tot jullie ze samen bekijken.'
	},
	turns: {
		handOver: (name: string) => `Geef de tablet aan ${name}`,
		handOverHelp: 'De anderen kijken even niet mee.',
		iAm: (name: string) => `Ik ben ${name}, ik begin`,
		done: (name: string) => `Klaar, verberg het antwoord van ${name}`,
		allDone: 'Iedereen heeft een antwoord gegeven',
		allDoneHelp: 'Kijk nu samen naar alle antwoorden.',
		reveal: 'Laat alle antwoorden zien',
		hidden: 'Antwoord verborgen',
		waiting: (n: number, total: number) => `${n} van ${total} hebben geantwoord`,
		overviewHidden: (n: number) =>
			n === 1
				? '1 element heeft nog verborgen antwoorden. Die staan nog niet in het overzicht.'
				: `${n} elementen hebben nog verborgen antwoorden. Die staan nog niet in het overzicht.`
	},
	faces: {
		1: 'Heel verdrietig',
		2: 'Verdrietig',
		3: 'Gaat wel',
		4: 'Blij',
		5: 'Heel blij'
	} satisfies Record<Face, string>,
	overview: {
		title: 'Overzicht',
		wheelTitle: (title: string) => `Kansencirkel van ${title}`,
		legend: 'Wie is wie',
		pointLabel: (name: string, score: string) => `${name}: ${score}`,
		legendNoScores: '(nog geen antwoord)',
		agenda: 'Waar willen we over praten?',
		flagged: 'Hier wil iemand over praten',
		flaggedBy: (names: string) => `Genoemd door ${names}`,
		differences: 'Hier kijken jullie verschillend tegenaan',
		lowest: 'Laagste cijfers',
		lowestBy: (name: string, score: string) => `${name}: ${score}`,
		emptyAgenda:
			'Nog niets op de agenda. Zet bij een element “Hier wil ik over praten” aan, of geef eerst cijfers.',
		table: 'Alle cijfers in een tabel',
		element: 'Element',
		back: 'Terug naar de elementen',
		openElement: (name: string) => `Open ${name}`,
		and: 'en'
	}
};
