/** Why a backup file was refused; each key has a sentence in the backup catalogues. */
export const BACKUP_ERROR_KEYS = [
	'empty',
	'tooLarge',
	'corrupt',
	'notBackup',
	'unknownVersion',
	'newerVersion',
	'encrypted',
	'wrongPassphrase',
	'unknownEncoding',
	'forbiddenKey',
	'invalidEnvelope',
	'unknownParts',
	'tooMany',
	'scopeMismatch',
	'invalidRecord',
	'invalidId',
	'duplicate',
	'brokenReference'
] as const;
export type BackupErrorKey = (typeof BACKUP_ERROR_KEYS)[number];

/** What a restore does with a conversation that is already on this device. */
export type RestoreChoice = 'skip' | 'replace' | 'keep-both';
