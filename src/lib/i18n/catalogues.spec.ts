import { describe, expect, it } from 'vitest';
import { ELEMENT_IDS } from '$lib/domain/elements';
import { AUDIENCES } from '$lib/domain/participant';
import { ar } from './ar';
import { backupAr } from './backup.ar';
import { backupEn } from './backup.en';
import { backupNl } from './backup.nl';
import { bundle as arabicBundle } from './bundle.ar';
import { elementsAr } from './elements.ar';
import { elementsEn } from './elements.en';
import { elementsNl } from './elements.nl';
import { en } from './en';
import { exportAr } from './export.ar';
import { exportEn } from './export.en';
import { exportNl } from './export.nl';
import { nl } from './nl';

type Fn = (...args: unknown[]) => unknown;

/** Every leaf (string, function, number…) of a catalogue by its dotted key path. */
function leaves(value: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
	// A wheel label's lines are one text: each language breaks it into as many lines as it needs.
	if (path.endsWith('.wheelLabel') && Array.isArray(value)) {
		out.set(path, value.join('\n'));
	} else if (value !== null && typeof value === 'object') {
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

// Arabic is a complete (concept) translation too: every Dutch key, the same parameters, and every
// message in Arabic script, so nothing Latin is shown under lang="ar" by mistake.

/**
 * Messages that may be without Arabic script, by catalogue and key: the app's Latin brand name,
 * and messages that are only names, numbers and punctuation (sample arguments give "2: 2").
 */
const NOT_ARABIC = new Set([
	'messages:app.name',
	'messages:overview.pointLabel',
	'messages:overview.lowestBy',
	'export:empty'
]);

const arabicPairs = [
	['messages', nl, ar],
	['elements', elementsNl, elementsAr],
	['export', exportNl, exportAr],
	['backup', backupNl, backupAr]
] as const;

describe.each(arabicPairs)('Arabic %s catalogue', (name, dutch, arabic) => {
	const nlLeaves = leaves(dutch);
	const arLeaves = leaves(arabic);

	it('has exactly the Dutch key paths', () => {
		const missing = [...nlLeaves.keys()].filter((k) => !arLeaves.has(k));
		const extra = [...arLeaves.keys()].filter((k) => !nlLeaves.has(k));
		expect(missing, 'missing in Arabic').toEqual([]);
		expect(extra, 'not in Dutch').toEqual([]);
	});

	it('has the same kind of value and the same parameters everywhere', () => {
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
		const notArabic: string[] = [];
		for (const [key, value] of arLeaves) {
			const text = typeof value === 'function' ? sample(value as Fn) : value;
			if (typeof text !== 'string' || text.trim() === '') notArabic.push(`${key}: empty`);
			else if (!ARABIC.test(text) && !NOT_ARABIC.has(`${name}:${key}`)) {
				notArabic.push(`${key}: ${text}`);
			}
		}
		expect(notArabic).toEqual([]);
	});

	it('only leaves out Arabic script for the brand name and for bare numbers and punctuation', () => {
		const wrong: string[] = [];
		for (const [key, value] of arLeaves) {
			if (!NOT_ARABIC.has(`${name}:${key}`)) continue;
			const text = String(typeof value === 'function' ? sample(value as Fn) : value);
			if (text !== 'Kansencirkel' && /\p{L}/u.test(text)) wrong.push(`${key}: ${text}`);
		}
		expect(wrong).toEqual([]);
	});
});

describe('Arabic bundle', () => {
	it('uses the complete Arabic catalogues, without English fallback', () => {
		expect(arabicBundle.m).toBe(ar);
		expect(arabicBundle.backup).toBe(backupAr);
		expect(arabicBundle.export).toBe(exportAr);
		expect(arabicBundle.elements).toBe(elementsAr);
	});
});

describe('Arabic plurals', () => {
	it('uses the six Arabic forms', () => {
		expect(ar.home.count(0)).toBe('لا توجد محادثات');
		expect(ar.home.count(1)).toBe('محادثة واحدة');
		expect(ar.home.count(2)).toBe('محادثتان');
		expect(ar.home.count(3)).toBe('3 محادثات');
		expect(ar.home.count(11)).toBe('11 محادثةً');
		expect(ar.home.count(100)).toBe('100 محادثة');
		expect(ar.setup.confirmRemoveBody('نور', 2)).toContain('إجابتان');
		expect(ar.setup.confirmRemoveBody('نور', 0)).toContain('0 إجابة');
		expect(backupAr.existingQuestion(2)).toContain('محادثتان');
		expect(ar.lock.minutes(5)).toBe('5 دقائق دون استخدام');
		expect(ar.lock.wait(150)).toContain('بعد 3 دقائق.');
		expect(ar.lock.wait(30)).toContain('بعد 30 ثانيةً.');
		expect(backupAr.answers(1)).toBe('إجابة واحدة');
	});

	it('sums up a restore from its own result messages', () => {
		expect(backupAr.summary({ added: 2, replaced: 1, skipped: 0 })).toBe(
			'تمت إضافة محادثتين. تم استبدال محادثة واحدة.'
		);
		expect(backupAr.summary({ added: 0, replaced: 0, skipped: 0 })).toBe(backupAr.result.nothing);
	});
});

describe('Arabic elements', () => {
	it('has unique names', () => {
		const names = ELEMENT_IDS.map((id) => elementsAr[id].name);
		expect(new Set(names).size).toBe(ELEMENT_IDS.length);
	});

	it.each(ELEMENT_IDS)('%s has a name, a short explanation and open questions', (id) => {
		const text = elementsAr[id];
		expect(text.name.trim()).not.toBe('');
		expect(text.explanation.trim()).not.toBe('');
		expect(text.explanation.length).toBeLessThanOrEqual(120);
		for (const s of [text.name, text.explanation]) expect(s, s).not.toMatch(/[<>]/);
		const all = AUDIENCES.flatMap((a) => text.questions[a]);
		expect(new Set(all).size).toBe(all.length);
		for (const audience of AUDIENCES) {
			const questions = text.questions[audience];
			expect(questions.length, audience).toBeGreaterThanOrEqual(2);
			expect(questions.length, audience).toBeLessThanOrEqual(3);
			for (const q of questions) {
				expect(q.endsWith('؟'), q).toBe(true);
				expect(q, q).not.toMatch(/[<>?]/);
				if (audience === 'child-4-7') expect(q.length, q).toBeLessThanOrEqual(70);
			}
		}
	});
});
