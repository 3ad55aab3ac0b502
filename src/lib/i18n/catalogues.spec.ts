import { describe, expect, it } from 'vitest';
import { ELEMENT_IDS } from '$lib/domain/elements';
import { AUDIENCES } from '$lib/domain/participant';
import { arPartial, elementsArPartial } from './ar';
import { backupEn } from './backup.en';
import { backupNl } from './backup.nl';
import { elementsEn } from './elements.en';
import { elementsNl } from './elements.nl';
import { en } from './en';
import { exportEn } from './export.en';
import { exportNl } from './export.nl';
import { nl } from './nl';

type Fn = (...args: unknown[]) => unknown;

/** Every leaf (string, function, number…) of a catalogue by its dotted key path. */
function leaves(value: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
	if (value !== null && typeof value === 'object') {
		for (const [key, child] of Object.entries(value)) {
			leaves(child, path ? `${path}.${key}` : key, out);
		}
	} else {
		out.set(path, value);
	}
	return out;
}

/** Calls a message function with a harmless value for every parameter. */
function sample(fn: Fn): unknown {
	return fn(...Array<unknown>(fn.length).fill(2));
}

// Words that are the same in Dutch and English: the app's name (a proper noun), two words that
// are spelled the same in both languages, and the dash for an empty cell.
const SAME_IN_BOTH = new Set(['Kansencirkel', 'Status', 'Element', '–']);

const ARABIC = /[\u0600-\u06ff]/;

const pairs = [
	['messages', nl, en],
	['elements', elementsNl, elementsEn],
	['export', exportNl, exportEn],
	['backup', backupNl, backupEn]
] as const;

describe.each(pairs)('English %s catalogue', (_name, dutch, english) => {
	const nlLeaves = leaves(dutch);
	const enLeaves = leaves(english);

	it('has exactly the Dutch key paths', () => {
		const missing = [...nlLeaves.keys()].filter((k) => !enLeaves.has(k));
		const extra = [...enLeaves.keys()].filter((k) => !nlLeaves.has(k));
		expect(missing, 'missing in English').toEqual([]);
		expect(extra, 'not in Dutch').toEqual([]);
	});

	it('has the same kind of value and the same parameters everywhere', () => {
		const mismatched: string[] = [];
		for (const [key, value] of enLeaves) {
			const dutchValue = nlLeaves.get(key);
			if (typeof value !== typeof dutchValue) mismatched.push(`${key}: ${typeof value}`);
			else if (typeof value === 'function' && value.length !== (dutchValue as Fn).length) {
				mismatched.push(`${key}: ${value.length} parameters`);
			}
		}
		expect(mismatched).toEqual([]);
	});

	it('translates every string', () => {
		const untranslated: string[] = [];
		for (const [key, value] of enLeaves) {
			if (typeof value !== 'string') continue;
			if (value.trim() === '') untranslated.push(`${key}: empty`);
			else if (value === nlLeaves.get(key) && !SAME_IN_BOTH.has(value)) {
				untranslated.push(`${key}: ${value}`);
			}
		}
		expect(untranslated).toEqual([]);
	});

	it('has functions that return text', () => {
		const broken: string[] = [];
		for (const [key, value] of enLeaves) {
			if (typeof value !== 'function') continue;
			const text = sample(value as Fn);
			if (typeof text !== 'string' || text.trim() === '') broken.push(key);
		}
		expect(broken).toEqual([]);
	});
});

describe('English plurals', () => {
	it('uses singular for one and plural otherwise', () => {
		expect(en.home.count(1)).toBe('1 conversation');
		expect(en.home.count(3)).toBe('3 conversations');
		expect(en.setup.confirmRemoveBody('Noor', 1)).toContain('1 answer.');
		expect(backupEn.summary({ added: 2, replaced: 1, skipped: 0 })).toBe(
			'2 conversations added. 1 conversation replaced.'
		);
		expect(backupEn.summary({ added: 0, replaced: 0, skipped: 0 })).toBe('Nothing was restored.');
	});
});

describe('English elements', () => {
	it('has unique names', () => {
		const names = ELEMENT_IDS.map((id) => elementsEn[id].name);
		expect(new Set(names).size).toBe(ELEMENT_IDS.length);
	});

	it.each(ELEMENT_IDS)('%s has short texts and open questions', (id) => {
		const text = elementsEn[id];
		expect(text.explanation.length).toBeLessThanOrEqual(120);
		const all = AUDIENCES.flatMap((a) => text.questions[a]);
		expect(new Set(all).size).toBe(all.length);
		for (const audience of AUDIENCES) {
			for (const q of text.questions[audience]) {
				expect(q.endsWith('?'), q).toBe(true);
				expect(q, q).not.toMatch(/[<>]/);
				if (audience === 'child-4-7') expect(q.length, q).toBeLessThanOrEqual(70);
			}
		}
	});
});

describe.each([
	['messages', nl, arPartial],
	['elements', elementsNl, elementsArPartial]
] as const)('Arabic %s concept catalogue', (_name, dutch, arabic) => {
	const nlLeaves = leaves(dutch);
	const arLeaves = leaves(arabic);

	it('only has Dutch key paths, with the same kind of value and parameters', () => {
		const stray = [...arLeaves.keys()].filter((k) => !nlLeaves.has(k));
		expect(stray).toEqual([]);
		const mismatched: string[] = [];
		for (const [key, value] of arLeaves) {
			const dutchValue = nlLeaves.get(key);
			if (typeof value !== typeof dutchValue) mismatched.push(`${key}: ${typeof value}`);
			else if (typeof value === 'function' && value.length !== (dutchValue as Fn).length) {
				mismatched.push(`${key}: ${value.length} parameters`);
			}
		}
		expect(mismatched).toEqual([]);
	});

	it('writes every message in Arabic script', () => {
		expect(arLeaves.size).toBeGreaterThan(0);
		const notArabic: string[] = [];
		for (const [key, value] of arLeaves) {
			const text = typeof value === 'function' ? sample(value as Fn) : value;
			if (typeof text !== 'string' || !ARABIC.test(text)) notArabic.push(key);
		}
		expect(notArabic).toEqual([]);
	});
});

describe('Arabic concept catalogue', () => {
	it('covers the interface chrome it promises', () => {
		for (const group of ['app', 'home', 'kind', 'role', 'walk', 'turns', 'faces'] as const) {
			expect(arPartial[group], group).toBeDefined();
		}
	});

	it('has one complete element', () => {
		const heard = leaves(elementsArPartial.heard);
		expect([...leaves(elementsNl.heard).keys()].filter((k) => !heard.has(k))).toEqual([]);
	});

	it('counts with Arabic plural forms', () => {
		expect(arPartial.home?.count?.(1)).toBe('محادثة واحدة');
		expect(arPartial.home?.count?.(2)).toBe('محادثتان');
		expect(arPartial.home?.count?.(3)).toBe('3 محادثات');
		expect(arPartial.home?.count?.(11)).toBe('11 محادثةً');
	});
});
