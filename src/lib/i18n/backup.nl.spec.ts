import { describe, expect, it } from 'vitest';
import { BACKUP_ERROR_KEYS } from '$lib/domain/backup';
import { backupNl } from '$test/catalogues';

// Moved from db/backup.spec.ts: db/ does not import the catalogues.
describe('backupNl', () => {
	it.each(BACKUP_ERROR_KEYS)('has a plain Dutch message for %s', (key) => {
		const message = backupNl.errors[key];
		expect(message.trim()).not.toBe('');
		expect(message).toMatch(/\.$/);
		expect(message).not.toMatch(/[<>{}]|undefined|JSON|zod/i);
	});

	it('summarises a restore in words', () => {
		expect(backupNl.summary({ added: 2, replaced: 1, skipped: 0 })).toBe(
			'2 gesprekken toegevoegd. 1 gesprek vervangen.'
		);
		expect(backupNl.summary({ added: 0, replaced: 0, skipped: 3 })).toBe(
			'3 gesprekken overgeslagen.'
		);
		expect(backupNl.summary({ added: 0, replaced: 0, skipped: 0 })).toBe('Er is niets teruggezet.');
	});

	it('an encrypted file and a wrong passphrase both point to the passphrase', () => {
		expect(backupNl.errors.encrypted).toMatch(/wachtwoord/);
		expect(backupNl.errors.wrongPassphrase).toMatch(/wachtwoord/);
	});
});
