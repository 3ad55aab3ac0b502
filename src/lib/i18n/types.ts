import type { ElementId } from '$lib/domain/elements';
import type { Audience } from '$lib/domain/participant';

export interface ElementText {
	/** The element's name as municipalities use it, e.g. "Gehoord worden". */
	name: string;
	/** The name as it is broken on the wheel: one to three short lines, e.g. ["Gehoord", "worden"]. */
	wheelLabel: readonly string[];
	/** One plain line explaining the element to everyone at the table. */
	explanation: string;
	/** 2–3 open questions per audience, in words that fit whoever answers. */
	questions: Record<Audience, readonly string[]>;
}

export type ElementCatalogue = Record<ElementId, ElementText>;
