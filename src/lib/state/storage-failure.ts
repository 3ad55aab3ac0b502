// Small on purpose: the start page uses it without loading any backup code.
/** Whether an error means the database itself could not be opened (not a missing record). */
export function isStorageFailure(error: unknown): boolean {
	const name = (error as { name?: string } | undefined)?.name ?? '';
	return [
		'OpenFailedError',
		'VersionError',
		'UpgradeError',
		'DatabaseClosedError',
		'InvalidStateError',
		'UnknownError',
		'QuotaExceededError',
		'MissingAPIError',
		'InvalidTableError'
	].includes(name);
}
