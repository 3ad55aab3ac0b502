import type { AgeGroup, Role } from '$lib/domain/participant';
import type { Kind } from '$lib/domain/conversation';
import type { Face } from '$lib/domain/score';

// Plain Dutch (B1 for adults, simpler where children read). Functions take parameters.
export const nl = {
	app: {
		language: 'Taal',
		concept: 'concept',
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
		deleteTitle: 'Gesprek verwijderen',
		deleteIntro:
			'Hiermee verdwijnt dit gesprek met alle antwoorden en het plan van dit apparaat. Dit kun je niet ongedaan maken.',
		delete: 'Verwijder dit gesprek',
		deleteConfirmTitle: (title: string) => `‘${title}’ verwijderen?`,
		deleteConfirmBody:
			'Alle antwoorden, notities en het plan van dit gesprek worden gewist. Heb je een back-up nodig? Maak die dan eerst.',
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
		languageLabel: 'Taal van de vragen',
		languageSame: 'Zelfde als de app',
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
		'text.tooLong': 'Deze tekst is te lang.',
		'action.whatRequired': 'Schrijf op wat er gaat gebeuren.',
		'action.whoRequired': 'Kies wie het doet.',
		'date.invalid': 'Kies een datum.',
		'plan.evaluationRequired': 'Kies wanneer jullie samen terugkijken.',
		'plan.focusRequired': 'Kies minstens één speerpunt.',
		'profile.labelRequired': 'Geef het profiel een naam.',
		'profile.labelTooLong': 'Gebruik maximaal 30 tekens.',
		'profile.passphraseTooShort': 'Het wachtwoord moet minstens 8 tekens hebben.',
		'profile.pinDigits': 'Een pincode heeft alleen cijfers.',
		'profile.pinTooShort': 'De pincode moet minstens 6 cijfers hebben.',
		'profile.pinTooLong': 'Gebruik maximaal 20 cijfers.',
		unknown: 'Dit klopt nog niet helemaal.'
	} as Record<string, string>,
	settings: {
		title: 'Instellingen',
		data: 'Gegevens',
		persistence: 'Bewaren op dit apparaat',
		persisted: 'De browser bewaart je gegevens, ook als het apparaat vol raakt.',
		notPersisted:
			'De browser mag je gegevens opruimen als het apparaat vol raakt. Maak daarom regelmatig een back-up.',
		askPersist: 'Vraag de browser om alles te bewaren',
		usage: 'Gebruikte ruimte',
		usageValue: (used: string, quota: string) => `${used} MB van ${quota} MB`,
		unknown: 'Onbekend',
		lastBackup: 'Laatste back-up',
		never: 'Nog nooit',
		reminder:
			'Je hebt al een tijd geen back-up gemaakt. Zo raak je niets kwijt als er iets misgaat.',
		reminderLink: 'Maak een back-up'
	},
	lock: {
		setupTitle: 'Beveilig deze app',
		setupIntro:
			'Wat je hier invult, gaat over een kind en blijft op dit apparaat. Daarom zet je er een slot op. Alleen met jouw wachtwoord of pincode gaat de app open.',
		noRecovery:
			'Vergeet je het wachtwoord of de pincode, dan kan niemand je gegevens terughalen, ook wij niet. Maak daarom af en toe een back-up (Instellingen).',
		label: 'Naam van het profiel',
		labelHelp:
			'Deze naam staat op het slotscherm, zodat je je profiel kunt kiezen. Kies bijvoorbeeld ‘Coach’ of een bijnaam, geen volledige naam.',
		secretKind: 'Hoe wil je de app openen?',
		passphraseKind: 'Met een wachtwoord (voor volwassenen)',
		pinKind: 'Met een pincode van minstens 6 cijfers (voor jongeren)',
		passphrase: 'Wachtwoord',
		passphraseHelp:
			'Minstens 8 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.',
		pin: 'Pincode',
		pinHelp: 'Minstens 6 cijfers.',
		repeat: (kind: 'passphrase' | 'pin'): string =>
			kind === 'pin' ? 'Herhaal de pincode' : 'Herhaal het wachtwoord',
		mismatch: (kind: 'passphrase' | 'pin'): string =>
			kind === 'pin'
				? 'De twee pincodes zijn niet hetzelfde.'
				: 'De twee wachtwoorden zijn niet hetzelfde.',
		create: 'Maak het profiel',
		creating: 'Het slot wordt gemaakt…',
		lockedTitle: 'De app is op slot',
		lockedIntro: 'Kies je profiel en vul je wachtwoord of pincode in.',
		profile: 'Profiel',
		unlock: 'Open de app',
		unlocking: 'Bezig met openen…',
		wrong: (kind: 'passphrase' | 'pin'): string =>
			kind === 'pin' ? 'Deze pincode klopt niet.' : 'Dit wachtwoord klopt niet.',
		triesLeft: (n: number) =>
			n === 1
				? 'Nog 1 poging, daarna moet je even wachten.'
				: `Nog ${n} pogingen, daarna moet je even wachten.`,
		wait: (seconds: number) =>
			seconds >= 120
				? `Te vaak fout geprobeerd. Probeer het over ${Math.ceil(seconds / 60)} minuten opnieuw.`
				: `Te vaak fout geprobeerd. Probeer het over ${seconds} seconden opnieuw.`,
		newProfile: 'Nieuw profiel',
		newProfileTitle: 'Nieuw profiel op dit apparaat',
		newProfileIntro:
			'Elk profiel heeft een eigen slot en eigen gesprekken. Een profiel ziet nooit de gesprekken van een ander profiel.',
		back: 'Terug',
		lockNow: 'Op slot',
		lockNowLong: 'Zet de app op slot',
		security: 'Slot en profiel',
		currentProfile: (label: string) => `Je gebruikt het profiel ‘${label}’.`,
		lockAfter: 'Op slot na',
		lockAfterHelp: 'De app gaat ook op slot als je het scherm uitzet of naar een andere app gaat.',
		minutes: (n: number) => (n === 1 ? '1 minuut zonder gebruik' : `${n} minuten zonder gebruik`),
		switchProfile: 'Wissel van profiel',
		changeTitle: 'Wachtwoord of pincode veranderen',
		current: 'Huidig wachtwoord of pincode',
		changeSubmit: 'Verander',
		changed: 'Het is veranderd. Gebruik voortaan het nieuwe.',
		wrongCurrent: 'Het huidige wachtwoord of de pincode klopt niet. Er is niets veranderd.',
		wipeTitle: 'Wis alles op dit apparaat',
		wipeIntro:
			'Hiermee verdwijnen alle profielen, gesprekken en plannen van dit apparaat, ook die van andere profielen. Dit kun je niet ongedaan maken.',
		wipe: 'Wis alles',
		wipeConfirmTitle: 'Echt alles wissen?',
		wipeConfirmBody:
			'Alle profielen, gesprekken en plannen op dit apparaat worden gewist. Heb je een back-up nodig? Maak die dan eerst.',
		wiped: 'Alles is gewist.',
		locking: 'De app gaat op slot…',
		deleteProfileTitle: 'Dit profiel verwijderen',
		deleteProfileIntro:
			'Er staan meer profielen op dit apparaat. Je kunt alleen je eigen profiel verwijderen, met al je gesprekken en plannen. De andere profielen blijven zoals ze zijn. Dit kun je niet ongedaan maken.',
		deleteProfile: 'Verwijder mijn profiel',
		deleteProfileConfirmTitle: 'Je profiel echt verwijderen?',
		deleteProfileConfirmBody:
			'Je profiel en al je gesprekken en plannen op dit apparaat worden gewist. Heb je een back-up nodig? Maak die dan eerst.'
	},
	update: {
		ready: 'Er is een nieuwe versie van de app. Wat je typt, blijft bewaard.',
		apply: 'Nu bijwerken',
		later: 'Later'
	},
	storageError: {
		title: 'De gegevens konden niet worden geopend',
		body: 'Je gegevens zijn niet weg, maar de app kan ze nu niet lezen. Dit kan gebeuren als er in een ander tabblad een andere versie van de app open is. Sluit andere tabbladen en laad de pagina opnieuw. Lukt het niet? Download dan een ruwe kopie en bewaar die goed.',
		rawCopy: 'Download een ruwe kopie van alle gegevens',
		rawFailed: 'Ook de ruwe kopie lukte niet. Laad de pagina opnieuw en probeer het nog eens.',
		details: 'Technische details'
	},
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
			'Geef de tablet door. Niemand ziet de antwoorden van de anderen tot jullie ze samen bekijken.',
		readAloud: (what: string) => `Lees voor: ${what}`,
		stopReading: 'Stop met voorlezen',
		helperQuestion: 'Voor de volwassene die helpt:',
		questionLanguage: (language: string) => `Vragen in het ${language}`
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
		makePlan: 'Maak een plan',
		and: 'en'
	},
	plan: {
		title: 'Gedragen plan',
		intro:
			'Maak samen een plan waar iedereen achter staat, het kind ook. De voorstellen komen uit jullie eigen antwoorden: neem ze over, pas ze aan of haal ze weg.',
		statusConcept: 'Concept',
		statusAgreed: 'Afgesproken',
		statusLabel: 'Status',
		cleared:
			'Het plan is veranderd. Daarom staan de handtekeningen weer uit: kijk samen opnieuw of iedereen erachter staat.',
		strengths: 'Wat gaat goed?',
		strengthsHelp: 'Krachten om op te bouwen.',
		worries: 'Zorgen',
		worriesHelp: 'In jullie eigen woorden.',
		suggestions: 'Voorstellen uit het gesprek',
		suggestedBy: (name: string, element: string) => `${name}, bij ${element}`,
		accept: 'Overnemen',
		acceptLabel: (text: string) => `Overnemen: ${text}`,
		dismiss: 'Weghalen',
		dismissLabel: (text: string) => `Voorstel weghalen: ${text}`,
		itemLabel: (n: number) => `Punt ${n}`,
		removeItem: (n: number) => `Punt ${n} weghalen`,
		addOwn: 'Eigen punt toevoegen',
		noItems: 'Nog niets op het plan.',
		focus: 'Speerpunten',
		focusHelp: 'Kies samen één tot drie elementen om aan te werken.',
		focusMax:
			'Kies er niet meer dan drie. Met een paar speerpunten houd je het plan haalbaar: haal er eerst één weg.',
		suggested: 'voorgesteld',
		reason: {
			flagged: 'iemand wil erover praten',
			difference: 'jullie kijken er verschillend naar',
			low: 'laag cijfer'
		},
		goal: (element: string) => `Doel voor ${element}`,
		goalHelp: 'In jullie eigen woorden, in een of twee zinnen.',
		actions: 'Acties',
		noActions: 'Nog geen acties.',
		newAction: 'Nieuwe actie',
		newActionFor: (element: string) => `Nieuwe actie voor ${element}`,
		what: 'Wat gaat er gebeuren?',
		who: 'Wie doet het?',
		whoPick: 'Kies iemand',
		when: 'Wanneer?',
		whenHelp: 'Een datum of bijvoorbeeld “elke week”.',
		whenOptions: ['elke dag', 'elke week', 'voor de volgende afspraak', 'deze week'],
		support: 'Wie helpt? (mag leeg)',
		addAction: 'Actie toevoegen',
		removeAction: (what: string) => `Actie weghalen: ${what}`,
		actionWhat: 'Wat',
		actionWho: 'Wie',
		actionWhen: 'Wanneer',
		actionSupport: 'Steun',
		supporters: 'Wie helpen er nog meer?',
		supportersHelp:
			'Mensen uit het netwerk van het gezin, zoals een leerkracht, oma of de buurvrouw.',
		supporterName: 'Naam',
		supporterRelation: 'Wie is dit voor het gezin?',
		addSupporter: 'Toevoegen aan het plan',
		removeSupporter: (name: string) => `${name} weghalen`,
		planB: 'Als het anders loopt',
		planBHelp: 'Wat doen jullie als het niet lukt zoals gepland?',
		safety: 'Afspraken over veiligheid',
		safetyHelp: 'Wat spreken jullie af zodat iedereen veilig is? Wie let erop?',
		coachHint: 'Voor de coach',
		coachHintBody:
			'Denk aan de stappen van de meldcode. Bespreek zorgen over veiligheid niet waar het kind of een betrokkene bij is als dat niet veilig is. Overleg met een collega of Veilig Thuis.',
		followUp: 'Overzicht houden en terugkijken',
		otherwise: 'Plan B en veiligheid',
		regisseur: 'Wie houdt het overzicht?',
		regisseurHelp:
			'De regisseur let erop dat het plan wordt uitgevoerd. Dat kan ook een ouder zijn.',
		nobody: 'Nog niet gekozen',
		evaluation: 'Wanneer kijken jullie samen terug?',
		evaluationHelp: 'Nodig om het plan af te spreken.',
		agreement: 'Staat iedereen achter dit plan?',
		agreementHelp: 'Iedereen zet zelf het vinkje, het kind ook.',
		agree: (name: string) => `${name}: ik sta achter dit plan`,
		agreedAt: (date: string) => `akkoord op ${date}`,
		blocked: 'Eerst nodig:',
		share: 'Plan delen',
		print: 'Afdrukken',
		pdf: 'PDF delen',
		pdfBusy: 'PDF maken…',
		html: 'Download als webpagina',
		text: 'Kopieer als tekst',
		copied: 'Het plan staat op het klembord.',
		copyFailed: 'Kopiëren lukte niet. Selecteer de tekst hieronder en kopieer hem zelf.',
		shared: 'Gedeeld.',
		downloaded: 'Gedownload.',
		child: 'Kindversie',
		childTitle: 'Mijn plan',
		backToPlan: 'Terug naar het plan',
		backToOverview: 'Terug naar het overzicht',
		exportFailed: 'Het lukte niet om het bestand te maken. Probeer het opnieuw.'
	}
};
