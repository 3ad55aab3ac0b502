import type { nl } from './nl';

// Plain English (about B1 for adults, simpler where children read), warm and calm, same shape
// as nl.ts. "Kansencirkel" stays the app's name; "gedragen plan" is the "shared plan".
export const en: typeof nl = {
	app: {
		language: 'Language',
		concept: 'draft',
		name: 'Kansencirkel',
		skip: 'Skip to content',
		home: 'All conversations',
		saved: 'Saved',
		saving: 'Saving…',
		saveFailed: 'Saving did not work. Your text is still on the screen; try again in a moment.',
		loading: 'Loading…'
	},
	home: {
		title: 'Conversations on this device',
		intro:
			'With Kansencirkel (the “circle of chances”) you talk together about how a child is doing: at home, at school and everywhere else. Everyone shares their own view on eight topics, and together you make a plan.',
		privacy: 'Everything stays on this device. Nothing is sent over the internet.',
		start: 'New conversation',
		filter: 'Search by title',
		noMatch: (q: string) => `No conversation found with “${q}”.`,
		progress: (done: number, total: number) => `${done} of ${total} elements`,
		participants: (n: number) => (n === 1 ? '1 participant' : `${n} participants`),
		changed: (date: string) => `Updated ${date}`,
		count: (n: number) => (n === 1 ? '1 conversation' : `${n} conversations`)
	},
	kind: {
		family: 'Family conversation',
		self: 'Self-reflection'
	},
	kindHelp: {
		family: 'A coach, the child and the parents (and anyone else who joins in) talk together.',
		self: 'A young person looks at the eight elements on their own, to get ready for a conversation.'
	},
	role: {
		child: 'Child or young person',
		parent: 'Parent or carer',
		coach: 'Family coach (CJG)',
		network: 'Someone from the family’s network'
	},
	ageGroup: {
		'4-7': '4 to 7 years old',
		'8-12': '8 to 12 years old',
		'12-18': '12 to 18 years old'
	},
	setup: {
		deleteTitle: 'Delete conversation',
		deleteIntro:
			'This removes this conversation, with all its answers and the plan, from this device. You cannot undo this.',
		delete: 'Delete this conversation',
		deleteConfirmTitle: (title: string) => `Delete ‘${title}’?`,
		deleteConfirmBody:
			'All answers, notes and the plan of this conversation will be erased. Do you need a backup? Then make one first.',
		newTitle: 'New conversation',
		editTitle: 'Participants',
		kindLegend: 'What kind of conversation?',
		titleLabel: 'Title',
		titleHelp: 'Use a made-up name, for example “Family J.”. No surname.',
		selfTitleHelp: 'For example “My Kansencirkel”. Only you can see this.',
		participantsLegend: 'Who is taking part?',
		participantsHelp: 'Only a first name or nickname. No surname and no date of birth.',
		selfLegend: 'About you',
		nameLabel: 'First name or nickname',
		roleLabel: 'Role',
		relationLabel: 'Who is this person to the child?',
		relationHelp: 'For example a teacher, grandpa, neighbour or sports trainer.',
		ageLabel: 'Age',
		languageLabel: 'Language of the questions',
		languageSame: 'Same as the app',
		add: 'Add a participant',
		remove: (name: string, n: number) => `Remove ${name || `participant ${n}`}`,
		modeLegend: 'How will you answer?',
		modeOpen: 'Open: everyone sees the answers straight away',
		modeTurns: 'Taking turns: answers stay hidden until you look at them together',
		create: 'Start the conversation',
		save: 'Done',
		errorSummary: 'Please check the fields that show a message.',
		confirmRemoveTitle: (name: string) => `Remove ${name}?`,
		confirmRemoveBody: (name: string, n: number) =>
			`${name} has already given ${n === 1 ? '1 answer' : `${n} answers`}. These will be removed too.`,
		confirmRemove: 'Yes, remove',
		cancel: 'No, keep',
		atLeastOne: 'There must be at least one participant.',
		participantNumber: (n: number) => `Participant ${n}`
	},
	errors: {
		'name.empty': 'Please fill in a name.',
		'name.tooLong': 'Use 40 characters at most.',
		'name.control': 'Use only ordinary letters, numbers and punctuation marks.',
		'relation.tooLong': 'Use 40 characters at most.',
		'ageGroup.required': 'Choose an age.',
		'note.tooLong': 'Use 2000 characters at most.',
		'text.tooLong': 'This text is too long.',
		'action.whatRequired': 'Write down what is going to happen.',
		'action.whoRequired': 'Choose who will do it.',
		'date.invalid': 'Choose a date.',
		'plan.evaluationRequired': 'Choose when you will look back together.',
		'plan.focusRequired': 'Choose at least one focus area.',
		'profile.labelRequired': 'Give the profile a name.',
		'profile.labelTooLong': 'Use 30 characters at most.',
		'profile.passphraseTooShort': 'The password must have at least 8 characters.',
		'profile.pinDigits': 'A PIN can only contain numbers.',
		'profile.pinTooShort': 'The PIN must have at least 6 digits.',
		'profile.pinTooLong': 'Use 20 digits at most.',
		unknown: 'This is not quite right yet.'
	},
	settings: {
		title: 'Settings',
		data: 'Data',
		persistence: 'Keeping data on this device',
		persisted: 'The browser keeps your data, even if the device gets full.',
		notPersisted:
			'The browser may clear your data if the device gets full. So make a backup regularly.',
		askPersist: 'Ask the browser to keep everything',
		usage: 'Space used',
		usageValue: (used: string, quota: string) => `${used} MB of ${quota} MB`,
		unknown: 'Unknown',
		lastBackup: 'Last backup',
		never: 'Never',
		reminder:
			'You have not made a backup for a while. With a backup, you lose nothing if something goes wrong.',
		reminderLink: 'Make a backup'
	},
	lock: {
		setupTitle: 'Protect this app',
		setupIntro:
			'What you fill in here is about a child and stays on this device. That is why you put a lock on it. The app only opens with your password or PIN.',
		noRecovery:
			'If you forget the password or PIN, nobody can get your data back, not even us. So make a backup now and then (Settings).',
		label: 'Profile name',
		labelHelp:
			'This name is shown on the lock screen, so you can choose your profile. Choose for example ‘Coach’ or a nickname, not a full name.',
		secretKind: 'How do you want to open the app?',
		passphraseKind: 'With a password (for adults)',
		pinKind: 'With a PIN of at least 6 digits (for young people)',
		passphrase: 'Password',
		passphraseHelp:
			'At least 8 characters. A sentence of a few words is strong and easy to remember.',
		pin: 'PIN',
		pinHelp: 'At least 6 digits.',
		repeat: (kind: 'passphrase' | 'pin') =>
			kind === 'pin' ? 'Repeat the PIN' : 'Repeat the password',
		mismatch: (kind: 'passphrase' | 'pin') =>
			kind === 'pin' ? 'The two PINs are not the same.' : 'The two passwords are not the same.',
		create: 'Create the profile',
		creating: 'Setting up the lock…',
		lockedTitle: 'The app is locked',
		lockedIntro: 'Choose your profile and enter your password or PIN.',
		profile: 'Profile',
		unlock: 'Open the app',
		unlocking: 'Opening…',
		wrong: (kind: 'passphrase' | 'pin') =>
			kind === 'pin' ? 'This PIN is not right.' : 'This password is not right.',
		triesLeft: (n: number) =>
			n === 1
				? '1 more try, then you have to wait a moment.'
				: `${n} more tries, then you have to wait a moment.`,
		wait: (seconds: number) =>
			seconds >= 120
				? `Too many wrong tries. Try again in ${Math.ceil(seconds / 60)} minutes.`
				: `Too many wrong tries. Try again in ${seconds} seconds.`,
		newProfile: 'New profile',
		newProfileTitle: 'New profile on this device',
		newProfileIntro:
			'Each profile has its own lock and its own conversations. A profile never sees the conversations of another profile.',
		back: 'Back',
		lockNow: 'Lock',
		lockNowLong: 'Lock the app',
		security: 'Lock and profile',
		currentProfile: (label: string) => `You are using the profile ‘${label}’.`,
		lockAfter: 'Lock after',
		lockAfterHelp: 'The app also locks when you turn off the screen or go to another app.',
		minutes: (n: number) => (n === 1 ? '1 minute without use' : `${n} minutes without use`),
		switchProfile: 'Switch profile',
		changeTitle: 'Change password or PIN',
		current: 'Current password or PIN',
		changeSubmit: 'Change',
		changed: 'It has been changed. From now on, use the new one.',
		wrongCurrent: 'The current password or PIN is not right. Nothing has changed.',
		wipeTitle: 'Erase everything on this device',
		wipeIntro:
			'This removes all profiles, conversations and plans from this device, including those of other profiles. You cannot undo this.',
		wipe: 'Erase everything',
		wipeConfirmTitle: 'Really erase everything?',
		wipeConfirmBody:
			'All profiles, conversations and plans on this device will be erased. Do you need a backup? Then make one first.',
		wiped: 'Everything has been erased.',
		locking: 'Locking the app…',
		deleteProfileTitle: 'Delete this profile',
		deleteProfileIntro:
			'There are more profiles on this device. You can only delete your own profile, with all your conversations and plans. The other profiles stay as they are. You cannot undo this.',
		deleteProfile: 'Delete my profile',
		deleteProfileConfirmTitle: 'Really delete your profile?',
		deleteProfileConfirmBody:
			'Your profile and all your conversations and plans on this device will be erased. Do you need a backup? Make one first.'
	},
	update: {
		ready: 'There is a new version of the app. What you type will be kept.',
		apply: 'Update now',
		later: 'Not now'
	},
	storageError: {
		title: 'The data could not be opened',
		body: 'Your data is not lost, but the app cannot read it right now. This can happen when a different version of the app is open in another tab. Close other tabs and reload the page. Still not working? Then download a raw copy and keep it somewhere safe.',
		rawCopy: 'Download a raw copy of all data',
		rawFailed: 'The raw copy did not work either. Reload the page and try again.',
		details: 'Technical details'
	},
	notFound: {
		title: 'This conversation does not exist (any more)',
		body: 'Maybe it was deleted, or the link is not quite right.',
		home: 'Go to all conversations'
	},
	walk: {
		progress: (n: number, total: number) => `Element ${n} of ${total}`,
		previous: 'Previous',
		next: 'Next',
		toOverview: 'Go to the overview',
		jumpLabel: 'Go to an element',
		jumpTo: (n: number, name: string, done: boolean) =>
			`Element ${n}: ${name}${done ? ' (done)' : ''}`,
		questionsFor: (name: string) => `Questions for ${name}`,
		scoreLegend: (name: string) => `${name}’s score`,
		scoreHelp: '1 is very bad, 10 is very good.',
		noAnswer: 'No answer yet',
		clearScore: 'Clear score',
		faceLegend: (name: string) => `How does ${name} feel about this?`,
		strengths: 'What is going well?',
		worries: 'Worries',
		wishes: 'What is needed? Wishes',
		talk: 'I want to talk about this',
		characters: (n: number, max: number) => `${n} of ${max} characters`,
		editParticipants: 'Participants',
		turnsSwitch: 'Taking turns (answers hidden)',
		turnsHelp:
			'Pass the tablet round. Nobody sees the others’ answers until you look at them together.',
		readAloud: (what: string) => `Read aloud: ${what}`,
		stopReading: 'Stop reading aloud',
		helperQuestion: 'For the adult who helps:',
		questionLanguage: (language: string) => `Questions in ${language}`
	},
	turns: {
		handOver: (name: string) => `Give the tablet to ${name}`,
		handOverHelp: 'Everyone else, please look away for a moment.',
		iAm: (name: string) => `I am ${name}, I’ll start`,
		done: (name: string) => `Done, hide ${name}’s answer`,
		allDone: 'Everyone has answered',
		allDoneHelp: 'Now look at all the answers together.',
		reveal: 'Show all answers',
		hidden: 'Answer hidden',
		waiting: (n: number, total: number) => `${n} of ${total} have answered`,
		overviewHidden: (n: number) =>
			n === 1
				? '1 element still has hidden answers. They are not in the overview yet.'
				: `${n} elements still have hidden answers. They are not in the overview yet.`
	},
	faces: {
		1: 'Very sad',
		2: 'Sad',
		3: 'Okay',
		4: 'Happy',
		5: 'Very happy'
	},
	overview: {
		title: 'Overview',
		wheelTitle: (title: string) => `Kansencirkel for ${title}`,
		legend: 'Who is who',
		pointLabel: (name: string, score: string) => `${name}: ${score}`,
		legendNoScores: '(no answer yet)',
		agenda: 'What do we want to talk about?',
		flagged: 'Someone wants to talk about this',
		flaggedBy: (names: string) => `Mentioned by ${names}`,
		differences: 'You see this differently',
		lowest: 'Lowest scores',
		lowestBy: (name: string, score: string) => `${name}: ${score}`,
		emptyAgenda:
			'Nothing on the agenda yet. Turn on “I want to talk about this” for an element, or give scores first.',
		table: 'All scores in a table',
		element: 'Element',
		back: 'Back to the elements',
		openElement: (name: string) => `Open ${name}`,
		makePlan: 'Make a plan',
		and: 'and'
	},
	plan: {
		title: 'Shared plan',
		intro:
			'Together, make a plan that everyone stands behind, the child too. The suggestions come from your own answers: use them, change them or remove them.',
		statusConcept: 'Draft',
		statusAgreed: 'Agreed',
		statusLabel: 'Status',
		cleared:
			'The plan has changed. That is why the ticks have been removed: look again together at whether everyone stands behind it.',
		strengths: 'What is going well?',
		strengthsHelp: 'Strengths to build on.',
		worries: 'Worries',
		worriesHelp: 'In your own words.',
		suggestions: 'Suggestions from the conversation',
		suggestedBy: (name: string, element: string) => `${name}, on ${element}`,
		accept: 'Use',
		acceptLabel: (text: string) => `Use: ${text}`,
		dismiss: 'Remove',
		dismissLabel: (text: string) => `Remove suggestion: ${text}`,
		itemLabel: (n: number) => `Item ${n}`,
		removeItem: (n: number) => `Remove item ${n}`,
		addOwn: 'Add your own item',
		noItems: 'Nothing on the plan yet.',
		focus: 'Focus areas',
		focusHelp: 'Together, choose one to three elements to work on.',
		focusMax:
			'Choose no more than three. A few focus areas keep the plan doable: remove one first.',
		suggested: 'suggested',
		reason: {
			flagged: 'someone wants to talk about it',
			difference: 'you see it differently',
			low: 'low score'
		},
		goal: (element: string) => `Goal for ${element}`,
		goalHelp: 'In your own words, in one or two sentences.',
		actions: 'Actions',
		noActions: 'No actions yet.',
		newAction: 'New action',
		newActionFor: (element: string) => `New action for ${element}`,
		what: 'What is going to happen?',
		who: 'Who will do it?',
		whoPick: 'Choose someone',
		when: 'When?',
		whenHelp: 'A date, or for example “every week”.',
		whenOptions: ['every day', 'every week', 'before the next appointment', 'this week'],
		support: 'Who helps? (can be left empty)',
		addAction: 'Add action',
		removeAction: (what: string) => `Remove action: ${what}`,
		actionWhat: 'What',
		actionWho: 'Who',
		actionWhen: 'When',
		actionSupport: 'Support',
		supporters: 'Who else helps?',
		supportersHelp:
			'People from the family’s network, such as a teacher, a grandma or the neighbour.',
		supporterName: 'Name',
		supporterRelation: 'Who is this person to the family?',
		addSupporter: 'Add to the plan',
		removeSupporter: (name: string) => `Remove ${name}`,
		planB: 'If things go differently',
		planBHelp: 'What will you do if it does not go as planned?',
		safety: 'Safety agreements',
		safetyHelp: 'What do you agree so that everyone is safe? Who keeps an eye on it?',
		coachHint: 'For the coach',
		coachHintBody:
			'Follow the steps of the meldcode (the Dutch reporting code for domestic violence and child abuse). Do not discuss worries about safety in front of the child or someone involved if that is not safe. Talk it over with a colleague or with Veilig Thuis (the Dutch advice and reporting centre for domestic violence and child abuse).',
		followUp: 'Keeping track and looking back',
		otherwise: 'Plan B and safety',
		regisseur: 'Who keeps track?',
		regisseurHelp: 'The coordinator makes sure the plan is carried out. This can also be a parent.',
		nobody: 'Not chosen yet',
		evaluation: 'When will you look back together?',
		evaluationHelp: 'Needed to agree on the plan.',
		agreement: 'Does everyone stand behind this plan?',
		agreementHelp: 'Everyone ticks their own box, the child too.',
		agree: (name: string) => `${name}: I stand behind this plan`,
		agreedAt: (date: string) => `agreed on ${date}`,
		blocked: 'Needed first:',
		share: 'Share the plan',
		print: 'Print',
		pdf: 'Share as PDF',
		pdfBusy: 'Making the PDF…',
		html: 'Download as a web page',
		text: 'Copy as text',
		copied: 'The plan has been copied.',
		copyFailed: 'Copying did not work. Select the text below and copy it yourself.',
		shared: 'Shared.',
		downloaded: 'Downloaded.',
		child: 'Child’s version',
		childTitle: 'My plan',
		backToPlan: 'Back to the plan',
		backToOverview: 'Back to the overview',
		exportFailed: 'The file could not be made. Please try again.'
	}
};
