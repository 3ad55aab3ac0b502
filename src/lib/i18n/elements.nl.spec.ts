import { describe, it, expect } from 'vitest';
import { ELEMENT_IDS } from '$lib/domain/elements';
import { AUDIENCES } from '$lib/domain/participant';
import { elementsNl } from './elements.nl';

describe('elementsNl', () => {
	it('has unique names', () => {
		const names = ELEMENT_IDS.map((id) => elementsNl[id].name);
		expect(new Set(names).size).toBe(ELEMENT_IDS.length);
	});

	describe.each(ELEMENT_IDS)('%s', (id) => {
		const text = elementsNl[id];

		it('has a name and a short explanation', () => {
			expect(text.name.trim()).not.toBe('');
			expect(text.explanation.trim()).not.toBe('');
			expect(text.explanation.length).toBeLessThanOrEqual(120);
		});

		it.each(AUDIENCES)('has 2-3 open questions for %s', (audience) => {
			const questions = text.questions[audience];
			expect(questions.length).toBeGreaterThanOrEqual(2);
			expect(questions.length).toBeLessThanOrEqual(3);
			for (const q of questions) {
				expect(q.trim()).not.toBe('');
				expect(q.endsWith('?')).toBe(true);
				if (audience === 'child-4-7') expect(q.length).toBeLessThanOrEqual(70);
			}
		});

		it('has no duplicate questions', () => {
			const all = AUDIENCES.flatMap((a) => text.questions[a]);
			expect(new Set(all).size).toBe(all.length);
		});

		it('contains no markup', () => {
			const all = [text.name, text.explanation, ...AUDIENCES.flatMap((a) => text.questions[a])];
			for (const s of all) expect(s).not.toMatch(/[<>]/);
		});
	});
});
