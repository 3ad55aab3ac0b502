import { describe, expect, it } from 'vitest';
import { SetupForm } from './setup-form.svelte';

function filled(): SetupForm {
	const form = new SetupForm();
	form.title = 'Gezin K.';
	const [child, parent, coach] = form.participants;
	Object.assign(child!, { name: 'Mo', ageGroup: '4-7' });
	Object.assign(parent!, { name: 'Lin' });
	Object.assign(coach!, { name: 'Eva' });
	return form;
}

describe('SetupForm participant language', () => {
	it('starts every participant in the app language', () => {
		expect(new SetupForm().participants.every((p) => p.language === '')).toBe(true);
	});

	it('stores a chosen language on the participant, and none for "same as the app"', () => {
		const form = filled();
		form.participants[1]!.language = 'ar';
		form.participants[2]!.language = 'en';
		const participants = form.validParticipants()!;
		expect(participants[0]).not.toHaveProperty('language');
		expect(participants[1]).toMatchObject({ name: 'Lin', language: 'ar' });
		expect(participants[2]).toMatchObject({ name: 'Eva', language: 'en' });
	});

	it('keeps a stored language when editing, and can clear it', () => {
		const form = new SetupForm({
			kind: 'family',
			title: 'Gezin K.',
			mode: 'open',
			participants: [
				{ id: 'a', name: 'Mo', role: 'child', ageGroup: '8-12', language: 'en' },
				{ id: 'b', name: 'Lin', role: 'parent' }
			]
		});
		expect(form.participants.map((p) => p.language)).toEqual(['en', '']);
		expect(form.validParticipants()![0]!.language).toBe('en');
		form.participants[0]!.language = '';
		expect(form.validParticipants()![0]).not.toHaveProperty('language');
	});

	it('keeps the language when the conversation becomes a self-reflection', () => {
		const form = filled();
		form.participants[0]!.language = 'en';
		form.setKind('self');
		expect(form.participants).toHaveLength(1);
		expect(form.participants[0]!.language).toBe('en');
	});
});
