import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { describe, expect, it } from 'vitest';
import { emptyAnswer } from '$lib/domain/answer';
import type { Participant } from '$lib/domain/participant';
import type { ConversationSession } from '$lib/state/conversation.svelte';
import PersonAnswers from './person-answers.svelte';

const noor: Participant = { id: 'noor', name: 'Noor', role: 'child', ageGroup: '8-12' };
const daan: Participant = { id: 'daan', name: 'Daan', role: 'child', ageGroup: '12-18' };
const sanne: Participant = { id: 'sanne', name: 'Sanne', role: 'parent' };
const eva: Participant = { id: 'eva', name: 'Eva', role: 'coach' };

/** Just what the cards read of a session: who answers about whom, and empty answers. */
function session(children: Participant[]): ConversationSession {
	const people = [...children, sanne, eva];
	return {
		conversation: { id: 'c' },
		childrenFor: (id: string) =>
			children.some((c) => c.id === id) ? [id] : children.map((c) => c.id),
		childName: (id: string) => people.find((p) => p.id === id)?.name ?? '',
		answerFor: (participantId: string, childId: string, elementId: 'heard') =>
			emptyAnswer('c', participantId, elementId, 0, childId),
		edit: () => {}
	} as unknown as ConversationSession;
}

const coachButton = () => page.getByRole('button', { name: 'Iets alleen voor de coach' });

describe('PersonAnswers', () => {
	it("offers a note only for the coach on a family member's card", async () => {
		await render(PersonAnswers, {
			session: session([noor]),
			participant: noor,
			elementId: 'heard'
		});
		await expect.element(coachButton()).toBeVisible();
		// Beside "Hier wil ik over praten", inside the card: no line of its own.
		const card = page.getByRole('region', { name: /^Noor/ });
		await expect
			.element(card.getByRole('button', { name: 'Iets alleen voor de coach' }))
			.toBeVisible();
	});

	it("never on the coach's own card", async () => {
		await render(PersonAnswers, { session: session([noor]), participant: eva, elementId: 'heard' });
		await expect
			.element(page.getByRole('group', { name: 'Cijfer van Eva over Noor' }))
			.toBeVisible();
		expect(coachButton().elements()).toHaveLength(0);
	});

	it('an adult answers in a card per child, with one note for the coach, on the last', async () => {
		await render(PersonAnswers, {
			session: session([noor, daan]),
			participant: sanne,
			elementId: 'heard'
		});
		const cards = page.getByRole('region', { name: /^Sanne/ });
		await expect.element(cards.first()).toBeVisible();
		expect(cards.elements()).toHaveLength(2);
		await expect.element(page.getByRole('region', { name: /over Noor$/ })).toBeVisible();
		await expect.element(page.getByRole('region', { name: /over Daan$/ })).toBeVisible();
		expect(coachButton().elements()).toHaveLength(1);
		await expect
			.element(
				page
					.getByRole('region', { name: /over Daan$/ })
					.getByRole('button', { name: 'Iets alleen voor de coach' })
			)
			.toBeVisible();
	});

	it('a youth alone reads "Jouw cijfer", without a name or role to tell people apart', async () => {
		await render(PersonAnswers, {
			session: session([noor]),
			participant: noor,
			elementId: 'heard',
			alone: true,
			coachNote: false
		});
		await expect.element(page.getByRole('group', { name: 'Jouw cijfer' })).toBeVisible();
		expect(page.getByRole('group', { name: /Cijfer van/ }).elements()).toHaveLength(0);
		expect(page.getByText('Kind of jongere').elements()).toHaveLength(0);
		// The card is still named (for a screen reader), but shows no name.
		const heading = page.getByRole('heading', { level: 2, name: 'Noor' });
		expect(heading.element().classList.contains('visually-hidden')).toBe(true);
		expect(coachButton().elements()).toHaveLength(0);
	});
});
