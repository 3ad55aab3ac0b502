import { describe, expect, it } from 'vitest';
import { language } from '$lib/i18n';
import { backupFileName, rawCopyFileName } from './backup-download';

describe('backup file names', () => {
	it('names the file by the local day and scope, never by a title (download history is plain)', () => {
		const late = new Date(2026, 10, 23, 23, 30);
		expect(backupFileName(late, 'all')).toBe('kansencirkel-backup-2026-11-23.json');
		expect(backupFileName(late, 'conversation')).toBe(
			'kansencirkel-backup-2026-11-23-gesprek.json'
		);
		expect(backupFileName(new Date(2027, 0, 5), 'conversation')).toBe(
			'kansencirkel-backup-2027-01-05-gesprek.json'
		);
		expect(rawCopyFileName(late)).toBe('kansencirkel-ruwe-kopie-2026-11-23.json');
	});

	it('names the file in the app language', async () => {
		try {
			await language.set('en', false);
			expect(backupFileName(new Date(2027, 0, 5), 'conversation')).toBe(
				'kansencirkel-backup-2027-01-05-conversation.json'
			);
			expect(rawCopyFileName(new Date(2027, 0, 5))).toBe('kansencirkel-raw-copy-2027-01-05.json');
		} finally {
			await language.set('nl', false);
		}
	});
});
