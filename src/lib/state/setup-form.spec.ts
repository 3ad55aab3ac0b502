import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '$lib/db';
import { testCipher as cipher } from '$test/test-key';
import { useRepos } from './repos';
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

describe('SetupForm: who the conversation is about', () => {
	it('is about one child by default; a brother or sister is added as a second child', () => {
		const form = filled();
		expect(form.children).toHaveLength(1);
		form.addChild();
		expect(form.children).toHaveLength(2);
		// The new child comes right after the first, before the adults.
		expect(form.participants.map((p) => p.role)).toEqual(['child', 'child', 'parent', 'coach']);
		Object.assign(form.children[1]!, { name: 'Daan', ageGroup: '12-18' });
		expect(form.validate()).toBe(true);
	});

	it('asks for the role of a person who is added, instead of presetting one', () => {
		const form = filled();
		form.add();
		const added = form.participants.at(-1)!;
		expect(added.role).toBe('');
		added.name = 'Opa Wim';
		form.submitted = true;
		expect(form.validate()).toBe(false);
		expect(form.error(`${added.id}.role`)).toBe('role.required');
		added.role = 'network';
		expect(form.validate()).toBe(true);
	});

	it('a family conversation needs a child to be about', () => {
		const form = filled();
		form.remove(form.children[0]!.id);
		form.submitted = true;
		expect(form.validate()).toBe(false);
		expect(form.error('children')).toBe('children.none');
	});
});

describe('SetupForm for a follow-up', () => {
	let n = 0;
	let database: Database | undefined;
	afterEach(async () => {
		useRepos(undefined);
		await database?.wipe();
		database = undefined;
	});

	it('starts with the same people, keeps their ids, and lets people join and leave', async () => {
		database = openDatabase(`test-setup-follow-up-${++n}`);
		const repos = database.reposFor(cipher);
		useRepos(repos);
		const previous = await repos.conversations.create({
			kind: 'family',
			title: 'Gezin K.',
			mode: 'turns',
			participants: [
				{ id: 'mo', name: 'Mo', role: 'child', ageGroup: '8-12' },
				{ id: 'sam', name: 'Sam', role: 'child', ageGroup: '12-18' },
				{ id: 'lin', name: 'Lin', role: 'parent' },
				{ id: 'oma', name: 'Oma', role: 'network', relation: 'oma' }
			],
			skipped: [
				{ participantId: 'oma', childId: 'sam' },
				{ participantId: 'lin', childId: 'sam' }
			]
		});
		const form = SetupForm.followUp(previous);
		expect(form.isFollowUp).toBe(true);
		expect(form.title).toBe('Gezin K.');
		expect(form.participants.map((p) => [p.id, p.name])).toEqual([
			['mo', 'Mo'],
			['sam', 'Sam'],
			['lin', 'Lin'],
			['oma', 'Oma']
		]);
		// Oma is not there this time; Eva, the coach, joins.
		form.remove('oma');
		form.add();
		Object.assign(form.participants.at(-1)!, { name: 'Eva', role: 'coach' });
		const id = await form.create();
		const follow = await repos.conversations.get(id!);
		expect(follow).toMatchObject({
			seriesId: previous.id,
			sequence: 2,
			mode: 'turns',
			children: ['mo', 'sam'],
			// Who answers about which child stays, except for who left.
			skipped: [{ participantId: 'lin', childId: 'sam' }],
			lookBack: { previousId: previous.id, actions: [], goals: [] }
		});
		expect(follow!.participants.map((p) => p.name)).toEqual(['Mo', 'Sam', 'Lin', 'Eva']);
		expect(follow!.participants.slice(0, 3).map((p) => p.id)).toEqual(['mo', 'sam', 'lin']);

		// A follow-up of the follow-up stays in the first conversation's series.
		const third = await SetupForm.followUp(follow!).create();
		expect(await repos.conversations.get(third!)).toMatchObject({
			seriesId: previous.id,
			sequence: 3,
			lookBack: { previousId: follow!.id }
		});
	});
});
