import { describe, expect, it } from 'vitest';
import { compile, placeholders, plural, select, text } from './compile';
import { pluralCategories } from './plural';

describe('compile', () => {
	it('fills named placeholders in the order the function takes them', () => {
		const shape = { progress: text<[done: number, total: number]>('done', 'total') };
		const t = compile({ progress: 'van {total} zijn er {done} klaar' }, shape, 'nl') as {
			progress: (done: number, total: number) => string;
		};
		expect(t.progress(5, 8)).toBe('van 8 zijn er 5 klaar');
	});

	it('keeps plain texts and lists as they are', () => {
		const t = compile({ a: 'Opgeslagen', list: ['elke dag', 'elke week'] }, {}, 'nl');
		expect(t).toEqual({ a: 'Opgeslagen', list: ['elke dag', 'elke week'] });
	});

	it('chooses a plural form by the language’s own rules, with no code per language', () => {
		// Polish: one, few, many — a new language is only a catalogue.
		expect([...pluralCategories('pl')].sort()).toEqual(['few', 'many', 'one', 'other']);
		const shape = { count: plural<[n: number]>('n', 'n') };
		const pl = compile(
			{
				count: {
					one: '1 rozmowa',
					few: '{n} rozmowy',
					many: '{n} rozmów',
					other: '{n} rozmowy'
				}
			},
			shape,
			'pl'
		) as { count: (n: number) => string };
		expect([1, 2, 5, 22, 25].map(pl.count)).toEqual([
			'1 rozmowa',
			'2 rozmowy',
			'5 rozmów',
			'22 rozmowy',
			'25 rozmów'
		]);
	});

	it('chooses a text by the value of a parameter', () => {
		const shape = {
			repeat: select<[kind: 'pin' | 'passphrase']>('kind', ['pin', 'passphrase'], 'kind')
		};
		const t = compile(
			{ repeat: { pin: 'Herhaal de pincode', passphrase: 'Herhaal het wachtwoord' } },
			shape,
			'nl'
		) as { repeat: (kind: 'pin' | 'passphrase') => string };
		expect(t.repeat('pin')).toBe('Herhaal de pincode');
		expect(t.repeat('passphrase')).toBe('Herhaal het wachtwoord');
	});

	it('refuses a catalogue whose message has the wrong form', () => {
		const shape = { count: plural<[n: number]>('n', 'n') };
		expect(() => compile({ count: '{n} gesprekken' }, shape, 'nl')).toThrow(/count/);
	});

	it('lists the placeholders a text uses', () => {
		expect(placeholders('{name} heeft al {n} antwoorden')).toEqual(['name', 'n']);
		expect(placeholders('Opgeslagen')).toEqual([]);
	});
});
