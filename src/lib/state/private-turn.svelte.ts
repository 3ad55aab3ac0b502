/**
 * Whether someone's private turn ("om de beurt") is on screen. The app's header then offers
 * only the lock: no way home, to settings or to another family's conversation, so the person
 * holding the tablet sees nothing but their own turn. Set by the element screen, in memory only.
 */
class PrivateTurn {
	active = $state(false);
}

export const privateTurn = new PrivateTurn();
