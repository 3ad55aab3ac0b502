import type { ElementId } from '$lib/domain/elements';
import type { Audience } from '$lib/domain/participant';

export interface ElementText {
	/** The element's name as municipalities use it, e.g. "Gehoord worden". */
	name: string;
	/**
	 * The name as it stands on the wheel: one to three short lines, broken where it reads well
	 * in this language (a hyphen ends a line where a long word is split).
	 */
	wheelLabel: readonly string[];
	/** One plain line explaining the element to everyone at the table. */
	explanation: string;
	/** 2–3 open questions per audience, in words that fit whoever answers. */
	questions: Record<Audience, readonly string[]>;
}

export type ElementCatalogue = Record<ElementId, ElementText>;
