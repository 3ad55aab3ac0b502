import { describe, expect, it } from 'vitest';
import { presentationKey } from './class-keys';

const on = (tagName: string) => ({ tagName }) as unknown as EventTarget;
const key = (k: string, target = on('BODY'), extra = {}) => ({ key: k, target, ...extra });

describe('keys in the presentation view', () => {
	it('moves on with the arrows, Page Down/Up (a clicker) and space', () => {
		expect(presentationKey(key('ArrowRight'), false)).toBe('next');
		expect(presentationKey(key('PageDown'), false)).toBe('next');
		expect(presentationKey(key(' '), false)).toBe('next');
		expect(presentationKey(key('ArrowLeft'), false)).toBe('previous');
		expect(presentationKey(key('PageUp'), false)).toBe('previous');
	});

	it('blanks with b or a dot, and any of those keys brings the board back', () => {
		expect(presentationKey(key('b'), false)).toBe('blank');
		expect(presentationKey(key('.'), false)).toBe('blank');
		expect(presentationKey(key('PageDown'), true)).toBe('wake');
		expect(presentationKey(key('Escape'), true)).toBe('wake');
		expect(presentationKey(key('x'), true)).toBeNull();
	});

	it('leaves typing in a field alone, and space on a button to the button', () => {
		for (const tag of ['INPUT', 'TEXTAREA', 'SELECT'])
			expect(presentationKey(key('ArrowRight', on(tag)), false)).toBeNull();
		expect(presentationKey(key(' ', on('BUTTON')), false)).toBeNull();
		expect(presentationKey(key('ArrowRight', on('BUTTON')), false)).toBe('next');
		expect(presentationKey(key('b', on('TEXTAREA')), false)).toBeNull();
	});

	it('leaves the arrows to a count the teacher is changing (a spinbutton)', () => {
		const count = {
			tagName: 'SPAN',
			getAttribute: (n: string) => (n === 'role' ? 'spinbutton' : null)
		};
		for (const k of ['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp'])
			expect(presentationKey(key(k, count as unknown as EventTarget), false)).toBeNull();
		expect(presentationKey(key('b', count as unknown as EventTarget), false)).toBe('blank');
	});

	it('ignores shortcuts with a modifier (the browser keeps them)', () => {
		expect(presentationKey(key('ArrowLeft', on('BODY'), { altKey: true }), false)).toBeNull();
		expect(presentationKey(key('f', on('BODY'), { ctrlKey: true }), false)).toBeNull();
	});
});
