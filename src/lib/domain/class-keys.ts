/**
 * What a key does in the presentation view. A presenter clicker sends Page Down / Page Up (some
 * also "b" or "." for a black screen); a keyboard adds the arrows and space. Keys typed into a
 * field, or space and Enter on a focused button, stay with that field or button.
 */
export type PresentationAction = 'next' | 'previous' | 'blank' | 'wake' | 'fullscreen';

interface KeyLike {
	key: string;
	/** Where the key went; a control with its own arrow keys (a count) keeps them. */
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	target: EventTarget | null;
}

const FIELD = /^(INPUT|TEXTAREA|SELECT)$/;
const CONTROL = /^(BUTTON|A|SUMMARY)$/;
/** Roles whose arrow keys (and Page Up/Down) change a value, not the slide. */
const OWN_ARROWS = new Set(['spinbutton', 'slider', 'radio', 'tab', 'listbox', 'option']);
const ARROWS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown']);

export function presentationKey(event: KeyLike, blank: boolean): PresentationAction | null {
	if (event.altKey || event.ctrlKey || event.metaKey) return null;
	const el = event.target as {
		tagName?: string;
		isContentEditable?: boolean;
		getAttribute?: (name: string) => string | null;
	} | null;
	const tag = el?.tagName ?? '';
	if (FIELD.test(tag) || el?.isContentEditable) return null;
	if (ARROWS.has(event.key) && OWN_ARROWS.has(el?.getAttribute?.('role') ?? '')) return null;
	if (blank)
		return [
			'b',
			'B',
			'.',
			'Escape',
			' ',
			'Enter',
			'PageDown',
			'PageUp',
			'ArrowRight',
			'ArrowLeft'
		].includes(event.key)
			? 'wake'
			: null;
	switch (event.key) {
		case 'ArrowRight':
		case 'PageDown':
			return 'next';
		case ' ':
			return CONTROL.test(tag) ? null : 'next';
		case 'ArrowLeft':
		case 'PageUp':
			return 'previous';
		case 'b':
		case 'B':
		case '.':
			return 'blank';
		case 'f':
		case 'F':
			return 'fullscreen';
		default:
			return null;
	}
}
