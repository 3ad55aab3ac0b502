import { ELEMENTS, type ElementDefinition, type ElementId } from '$lib/domain/elements';
import { polar, sectorPath, type Point } from './geometry';
import { SECTOR } from './layout';

// The small navigation wheel of the walk-through, in a -100…100 viewBox.
const R = 84; // sector radius
const POP = 10; // the current sector sticks out this much
const INNER = 14;

export interface MiniSector {
	element: ElementDefinition;
	isCurrent: boolean;
	isDone: boolean;
	path: string;
	/** Where the element's number sits. */
	number: Point;
	/** Where the "done" check mark sits. */
	check: Point;
}

/** The mini wheel's sectors: the current one sticks out, done ones get a check mark. */
export function miniWheelLayout(current: ElementId, done: readonly ElementId[]): MiniSector[] {
	return ELEMENTS.map((element, i) => {
		const from = i * SECTOR;
		const mid = from + SECTOR / 2;
		const isCurrent = element.id === current;
		return {
			element,
			isCurrent,
			isDone: done.includes(element.id),
			path: sectorPath(INNER, isCurrent ? R + POP : R, from + 1, from + SECTOR - 1),
			number: polar(isCurrent ? 64 : 61, mid),
			check: polar(35, mid)
		};
	});
}
