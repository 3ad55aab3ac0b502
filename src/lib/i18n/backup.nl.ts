import type { BackupErrorKey, RestoreChoice } from '$lib/domain/backup';

const gesprekken = (n: number) => (n === 1 ? '1 gesprek' : `${n} gesprekken`);

// Plain Dutch (B1) for making and restoring a back-up. Every message about a file that cannot
// be opened ends in the same comfort: nothing on this device was changed.
export const backupNl = {
	errors: {
		empty: 'Dit bestand is leeg.',
		tooLarge: 'Dit bestand is te groot. Een back-up is hooguit 25 MB.',
		corrupt: 'Dit bestand is beschadigd of niet compleet.',
		notBackup: 'Dit is geen back-up van de Kansencirkel.',
		unknownVersion:
			'Bij dit bestand staat niet goed met welke versie van de app het is gemaakt. Het is misschien beschadigd of veranderd.',
		newerVersion:
			'Deze back-up is gemaakt met een nieuwere versie van de app. Werk de app eerst bij.',
		encrypted:
			'Deze back-up is beveiligd met een wachtwoord. Vul het wachtwoord van de back-up in.',
		wrongPassphrase:
			'Dit wachtwoord past niet bij deze back-up, of het bestand is veranderd. Probeer het nog een keer.',
		unknownEncoding:
			'Deze back-up is op een manier bewaard die deze versie van de app niet kent. Werk de app eerst bij.',
		forbiddenKey:
			'In dit bestand staan gegevens die niet kloppen (er staan onderdelen in die niet in een back-up horen).',
		invalidEnvelope:
			'In dit bestand staan gegevens die niet kloppen (de gegevens over de back-up zelf zijn fout).',
		tooMany:
			'In dit bestand staan te veel gesprekken of antwoorden. Een back-up heeft hooguit 1.000 gesprekken en 50.000 antwoorden.',
		scopeMismatch:
			'In dit bestand staan gegevens die niet kloppen (een back-up van één gesprek moet precies één gesprek hebben).',
		invalidRecord:
			'In dit bestand staan gegevens die niet kloppen (bijvoorbeeld een cijfer dat niet van 1 tot 10 is, een te lange naam of een datum die niet bestaat).',
		duplicate:
			'In dit bestand staan gegevens die niet kloppen (hetzelfde gesprek of antwoord staat er twee keer in).',
		brokenReference:
			'In dit bestand staan gegevens die niet kloppen (er zijn antwoorden of een plan zonder het gesprek of de persoon waar ze bij horen).'
	} satisfies Record<BackupErrorKey, string>,
	nothingChanged: 'Er is niets veranderd op dit apparaat.',
	restoreFailed:
		'Het terugzetten is niet gelukt. Er is niets veranderd op dit apparaat. Probeer het nog een keer.',

	// Making a back-up
	makeAll: 'Back-up maken van alle gesprekken',
	makeOne: 'Back-up maken van dit gesprek',
	made: 'De back-up is gemaakt. Bewaar het bestand op een veilige plek.',
	privacyNote:
		'In een back-up staan namen, cijfers en notities. Daarom beveilig je hem met een wachtwoord. Deel het bestand alleen met wie het mag zien.',
	passphrase: 'Wachtwoord voor deze back-up',
	passphraseRepeat: 'Herhaal het wachtwoord',
	passphraseHelp:
		'Minstens 8 tekens. Je hebt dit wachtwoord nodig om de back-up terug te zetten. Zonder wachtwoord kan niemand de back-up openen, ook wij niet.',
	passphraseTooShort: 'Het wachtwoord moet minstens 8 tekens hebben.',
	passphraseMismatch: 'De twee wachtwoorden zijn niet hetzelfde.',
	encrypting: 'De back-up wordt beveiligd…',
	download: 'Back-up opslaan',
	openWithPassphrase: 'Openen',
	decrypting: 'De back-up wordt geopend…',

	// Restoring
	restoreTitle: 'Back-up terugzetten',
	chooseFile: 'Kies een back-upbestand',
	reading: 'Het bestand wordt gelezen…',
	madeOn: (date: string) => `Back-up gemaakt op ${date}`,
	contains: (n: number) => `In deze back-up: ${gesprekken(n)}`,
	statusNew: 'Nieuw',
	statusExisting: 'Staat al op dit apparaat',
	answers: (n: number) => (n === 1 ? '1 antwoord' : `${n} antwoorden`),
	withPlan: 'Met plan',
	withoutPlan: 'Zonder plan',
	changedInBackup: (date: string) => `In de back-up: bijgewerkt ${date}`,
	changedOnDevice: (date: string) => `Op dit apparaat: bijgewerkt ${date}`,
	existingQuestion: (n: number) =>
		n === 1
			? '1 gesprek staat al op dit apparaat. Wat wil je daarmee doen?'
			: `${n} gesprekken staan al op dit apparaat. Wat wil je daarmee doen?`,
	choice: {
		skip: 'Overslaan',
		replace: 'Vervangen',
		'keep-both': 'Allebei bewaren'
	} satisfies Record<RestoreChoice, string>,
	choiceHelp: {
		skip: 'Het gesprek op dit apparaat blijft zoals het is.',
		replace:
			'Het gesprek op dit apparaat wordt vervangen door dat uit de back-up. Wat je op dit apparaat veranderde, ben je dan kwijt.',
		'keep-both':
			'Je houdt het gesprek op dit apparaat én krijgt dat uit de back-up erbij. Ze hebben dezelfde naam; aan de datum zie je welke welke is.'
	} satisfies Record<RestoreChoice, string>,
	restore: 'Terugzetten',
	cancel: 'Annuleren',
	result: {
		added: (n: number) => `${gesprekken(n)} toegevoegd.`,
		replaced: (n: number) => `${gesprekken(n)} vervangen.`,
		skipped: (n: number) => `${gesprekken(n)} overgeslagen.`,
		nothing: 'Er is niets teruggezet.'
	},
	/** One line for the result: only the counts that are not zero. */
	summary: (r: { added: number; replaced: number; skipped: number }): string => {
		const parts: string[] = [];
		if (r.added > 0) parts.push(backupNl.result.added(r.added));
		if (r.replaced > 0) parts.push(backupNl.result.replaced(r.replaced));
		if (r.skipped > 0) parts.push(backupNl.result.skipped(r.skipped));
		return parts.length > 0 ? parts.join(' ') : backupNl.result.nothing;
	}
};
