import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { describe, expect, test } from 'vitest';
import type { DataSettings } from '$lib/state/data-settings.svelte';

type RestorePreview = Extract<DataSettings['restore'], { step: 'preview' }>['preview'];
type RestorePreviewItem = RestorePreview['conversations'][number];
import RestoreBackup from './restore-backup.svelte';

/** The settings as they are once a file was read: a preview of `count` conversations. */
function previewing(count: number, existing = 0, busy = false): DataSettings {
	const conversations = Array.from({ length: count }, (_, i): RestorePreviewItem => ({
		id: `c${i}`,
		title: `Gezin ${i + 1}`,
		kind: 'family',
		participantCount: 12,
		answerCount: 96,
		hasPlan: false,
		createdAt: Date.UTC(2026, 10, 1),
		updatedAt: Date.UTC(2026, 10, 1),
		...(i < existing ? { existing: { title: `Gezin ${i + 1}`, updatedAt: 0 } } : {})
	}));
	const preview: RestorePreview = {
		scope: 'all',
		createdAt: '2026-11-23T14:05:00.000Z',
		appVersion: '0.1.0',
		conversations,
		newCount: count - existing,
		existingCount: existing
	};
	// Reactive like the real class (the choice is bound to radio buttons).
	const settings = $state({
		restore: { step: 'preview', backup: {}, preview },
		choice: 'skip',
		busy,
		open: async () => {},
		decrypt: async () => {},
		confirm: async () => {},
		cancel: () => {}
	});
	return settings as unknown as DataSettings;
}

describe('the preview of a restore', () => {
	test('names every conversation of a small backup', async () => {
		await render(RestoreBackup, { settings: previewing(3) });
		const items = page.getByRole('listitem');
		await expect.element(items.nth(2)).toHaveTextContent(/Gezin 3/);
		expect(items.elements()).toHaveLength(3);
		expect(document.body.textContent).not.toMatch(/En nog/);
	});

	test('names the first few of a big one and counts the rest, so it renders at once', async () => {
		await render(RestoreBackup, { settings: previewing(521, 2) });
		await expect.element(page.getByText('En nog 516 gesprekken.')).toBeVisible();
		expect(page.getByRole('listitem').elements()).toHaveLength(5);
		await expect.element(page.getByText('In deze back-up: 521 gesprekken')).toBeVisible();
		// The question about the conversations already here still counts all of them.
		await expect
			.element(page.getByText('2 gesprekken staan al op dit apparaat', { exact: false }))
			.toBeVisible();
		await expect.element(page.getByRole('button', { name: 'Terugzetten' })).toBeEnabled();
	});

	test('says that it is restoring while it does, with the button off', async () => {
		await render(RestoreBackup, { settings: previewing(521, 0, true) });
		await expect.element(page.getByRole('status')).toHaveTextContent(/worden teruggezet/);
		await expect.element(page.getByRole('button', { name: 'Terugzetten' })).toBeDisabled();
	});

	test('one more is said in the singular', async () => {
		await render(RestoreBackup, { settings: previewing(6) });
		await expect.element(page.getByText('En nog 1 gesprek.')).toBeVisible();
	});
});
