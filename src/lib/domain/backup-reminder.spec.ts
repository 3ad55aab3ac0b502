import { describe, expect, it } from 'vitest';
import { needsBackupReminder } from './backup-reminder';

const DAY = 24 * 60 * 60 * 1000;
const now = 100 * DAY;

describe('needsBackupReminder', () => {
	it('stays quiet without conversations or with a recent backup', () => {
		expect(needsBackupReminder(null, [], now)).toBe(false);
		expect(needsBackupReminder(now - 3 * DAY, [{ createdAt: 0, updatedAt: now - DAY }], now)).toBe(
			false
		);
	});

	it('reminds when changes are newer than a backup older than 14 days', () => {
		expect(needsBackupReminder(now - 15 * DAY, [{ createdAt: 0, updatedAt: now - DAY }], now)).toBe(
			true
		);
	});

	it('does not remind when nothing changed since that old backup', () => {
		expect(
			needsBackupReminder(now - 30 * DAY, [{ createdAt: 0, updatedAt: now - 31 * DAY }], now)
		).toBe(false);
	});

	it('without any backup, counts from the oldest conversation', () => {
		expect(needsBackupReminder(null, [{ createdAt: now - 2 * DAY, updatedAt: now }], now)).toBe(
			false
		);
		expect(needsBackupReminder(null, [{ createdAt: now - 20 * DAY, updatedAt: now }], now)).toBe(
			true
		);
	});
});
