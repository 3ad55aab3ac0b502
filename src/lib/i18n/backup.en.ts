import type { backupNl } from './backup.nl';

const conversations = (n: number) => (n === 1 ? '1 conversation' : `${n} conversations`);

// Plain English (B1) for making and restoring a backup. Every message about a file that cannot
// be opened ends in the same comfort: nothing on this device was changed.
export const backupEn: typeof backupNl = {
	errors: {
		empty: 'This file is empty.',
		tooLarge: 'This file is too big. A backup can be 25 MB at most.',
		corrupt: 'This file is damaged or not complete.',
		notBackup: 'This is not a Kansencirkel backup.',
		unknownVersion:
			'This file does not show clearly which version of the app made it. It may be damaged or changed.',
		newerVersion:
			'This backup was made with a newer version of the app. Please update the app first.',
		encrypted: 'This backup is protected with a password. Enter the password of the backup.',
		wrongPassphrase:
			'This password does not fit this backup, or the file has been changed. Please try again.',
		unknownEncoding:
			'This backup was saved in a way this version of the app does not know. Please update the app first.',
		forbiddenKey:
			'This file contains data that is not right (it has parts that do not belong in a backup).',
		invalidEnvelope:
			'This file contains data that is not right (the information about the backup itself is wrong).',
		tooMany:
			'This file has too many conversations or answers. A backup holds at most 1,000 conversations and 50,000 answers.',
		scopeMismatch:
			'This file contains data that is not right (a backup of one conversation must hold exactly one conversation).',
		invalidRecord:
			'This file contains data that is not right (for example a score that is not from 1 to 10, a name that is too long or a date that does not exist).',
		duplicate:
			'This file contains data that is not right (the same conversation or answer is in it twice).',
		brokenReference:
			'This file contains data that is not right (there are answers or a plan without the conversation or person they belong to).'
	},
	nothingChanged: 'Nothing has changed on this device.',
	restoreFailed: 'Restoring did not work. Nothing has changed on this device. Please try again.',

	// Making a backup
	makeAll: 'Make a backup of all conversations',
	makeOne: 'Make a backup of this conversation',
	made: 'The backup has been made. Keep the file in a safe place.',
	privacyNote:
		'A backup contains names, scores and notes. That is why you protect it with a password. Only share the file with people who are allowed to see it.',
	passphrase: 'Password for this backup',
	passphraseRepeat: 'Repeat the password',
	passphraseHelp:
		'At least 8 characters. You need this password to restore the backup. Without the password nobody can open the backup, not even us.',
	passphraseTooShort: 'The password must have at least 8 characters.',
	passphraseMismatch: 'The two passwords are not the same.',
	encrypting: 'Protecting the backup…',
	download: 'Save backup',
	openWithPassphrase: 'Open',
	decrypting: 'Opening the backup…',

	// Restoring
	restoreTitle: 'Restore a backup',
	chooseFile: 'Choose a backup file',
	reading: 'Reading the file…',
	madeOn: (date: string) => `Backup made on ${date}`,
	contains: (n: number) => `In this backup: ${conversations(n)}`,
	statusNew: 'New',
	statusExisting: 'Already on this device',
	answers: (n: number) => (n === 1 ? '1 answer' : `${n} answers`),
	withPlan: 'With a plan',
	withoutPlan: 'Without a plan',
	changedInBackup: (date: string) => `In the backup: updated ${date}`,
	changedOnDevice: (date: string) => `On this device: updated ${date}`,
	existingQuestion: (n: number) =>
		n === 1
			? '1 conversation is already on this device. What do you want to do with it?'
			: `${n} conversations are already on this device. What do you want to do with them?`,
	choice: {
		skip: 'Skip',
		replace: 'Replace',
		'keep-both': 'Keep both'
	},
	choiceHelp: {
		skip: 'The conversation on this device stays as it is.',
		replace:
			'The conversation on this device is replaced by the one from the backup. Any changes you made on this device will be lost.',
		'keep-both':
			'You keep the conversation on this device and also get the one from the backup. They have the same name; the date shows which is which.'
	},
	restore: 'Restore',
	cancel: 'Cancel',
	result: {
		added: (n: number) => `${conversations(n)} added.`,
		replaced: (n: number) => `${conversations(n)} replaced.`,
		skipped: (n: number) => `${conversations(n)} skipped.`,
		nothing: 'Nothing was restored.'
	},
	/** One line for the result: only the counts that are not zero. */
	summary: (r: { added: number; replaced: number; skipped: number }): string => {
		const parts: string[] = [];
		if (r.added > 0) parts.push(backupEn.result.added(r.added));
		if (r.replaced > 0) parts.push(backupEn.result.replaced(r.replaced));
		if (r.skipped > 0) parts.push(backupEn.result.skipped(r.skipped));
		return parts.length > 0 ? parts.join(' ') : backupEn.result.nothing;
	}
};
