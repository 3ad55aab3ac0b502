import { afterAll, describe, expect, it } from 'vitest';
import { ELEMENT_IDS } from '$lib/domain/elements';
import { LANGUAGE_IDS, LANGUAGES, SOURCE_LANGUAGE, type Language } from '$lib/domain/languages';
import { AUDIENCES } from '$lib/domain/participant';
import { bundles, catalogueJson } from '$test/catalogues';
import { isSpec, placeholders, type Spec } from './compile';
import { language, m, questionsFor } from './index';
import { pluralCategories } from './plural';
import { QUESTION_PARAMS, SHAPE, type Messages } from './shape';

// The completeness test: every language in domain/languages.ts against the Dutch catalogue and
// the shape (shape.ts). A translator runs it with
//   npx vitest run --project server src/lib/i18n/catalogues.spec.ts

type Leaf = { value: unknown; spec?: Spec };

/** Every leaf by its dotted path: a string, a list, or a whole message the shape declares. */
function leaves(value: unknown, shape: unknown, path = '', out = new Map<string, Leaf>()) {
	if (isSpec(shape)) out.set(path, { value, spec: shape });
	else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
		for (const [key, child] of Object.entries(value)) {
			const childShape = (shape as Record<string, unknown> | undefined)?.[key];
			leaves(child, childShape, path ? `${path}.${key}` : key, out);
		}
	} else out.set(path, { value });
	return out;
}

const leavesOf = (l: Language) => leaves(catalogueJson(l), SHAPE);

/** Every text of a leaf: the string, the list's lines, or each form of a message. */
function texts(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.map(String);
	if (value !== null && typeof value === 'object') return Object.values(value).map(String);
	return [];
}

const same = (a: readonly string[], b: readonly string[]) =>
	[...new Set(a)].sort().join() === [...new Set(b)].sort().join();

const dutch = leavesOf(SOURCE_LANGUAGE);

// The only texts that may stay exactly as in Dutch: the app's name and the dash of an empty cell,
// plus words a language spells the same (English "Status", "Element", "Open").
const ALWAYS_SAME = new Set(['Kansencirkel', '–']);
const SAME_AS_DUTCH: Partial<Record<Language, readonly string[]>> = {
	en: ['Status', 'Element', 'Element {n}: {name}', 'Open {name}', 'Timer']
};
/** Words in downloaded file names: ASCII slugs, so a language in another script uses English
 * words or a transliteration (Arabic: English), and "plan" may be the same word as in Dutch. */
const isFileName = (key: string) => /\.fileName\./.test(key);
const QUESTION_MARK: Partial<Record<Language, string>> = { ar: '؟' };

describe('the language list', () => {
	it('has a catalogue file for every language, and no file for a language it does not list', () => {
		for (const l of LANGUAGE_IDS) expect(() => catalogueJson(l), l).not.toThrow();
		const files = Object.keys(import.meta.glob('./catalogues/*.json'));
		expect(files.sort()).toEqual(LANGUAGE_IDS.map((l) => `./catalogues/${l}.json`).sort());
	});

	it.each(LANGUAGE_IDS)('loads %s through the app when it is chosen', async (l) => {
		await language.set(l, false);
		expect(language.current).toBe(l);
		expect(m.app.saved).toBe(bundles[l].m.app.saved);
		expect(m.home.count(3)).toBe(bundles[l].m.home.count(3));
	});

	afterAll(() => language.set(SOURCE_LANGUAGE, false));
});

describe.each(LANGUAGE_IDS)('%s catalogue', (l) => {
	const own = leavesOf(l);
	const { locale } = LANGUAGES[l];

	it('has exactly the Dutch keys', () => {
		expect(
			[...dutch.keys()].filter((k) => !own.has(k)),
			'missing'
		).toEqual([]);
		expect(
			[...own.keys()].filter((k) => !dutch.has(k)),
			'not in Dutch'
		).toEqual([]);
	});

	it('has a text for every message, in the form the shape asks', () => {
		const wrong: string[] = [];
		for (const [key, { value, spec }] of own) {
			const dutchValue = dutch.get(key)?.value;
			const forms = value !== null && typeof value === 'object' ? Object.keys(value) : [];
			if (!spec || spec.kind === 'text') {
				const kind = Array.isArray(dutchValue) ? 'list' : 'text';
				if (kind === 'list' && (!Array.isArray(value) || value.length === 0)) {
					wrong.push(`${key}: a list of texts`);
				} else if (kind === 'text' && typeof value !== 'string') wrong.push(`${key}: a text`);
			} else if (spec.kind === 'plural') {
				if (Array.isArray(value) || !same(forms, pluralCategories(locale))) {
					wrong.push(`${key}: forms ${pluralCategories(locale).join(', ')}`);
				}
			} else if (!same(forms, spec.values ?? [])) {
				wrong.push(`${key}: a text for each of ${spec.values?.join(', ')}`);
			}
			for (const t of texts(value)) if (t.trim() === '') wrong.push(`${key}: empty`);
		}
		expect(wrong).toEqual([]);
	});

	it('uses exactly the placeholders each message has', () => {
		const wrong: string[] = [];
		// An element question may name the child it is about (QUESTION_PARAMS in shape.ts).
		const questionParams = (key: string): readonly string[] => {
			const audience = /^elements\.[^.]+\.questions\.([^.]+)$/.exec(key)?.[1];
			return audience ? (QUESTION_PARAMS[audience as keyof typeof QUESTION_PARAMS] ?? []) : [];
		};
		for (const [key, { value, spec }] of own) {
			const names = spec?.names ?? questionParams(key);
			const forms = typeof value === 'string' ? { text: value } : (value as object);
			for (const [form, t] of Object.entries(forms)) {
				const used = placeholders(String(t));
				const unknown = used.filter((p) => !names.includes(p));
				if (unknown.length > 0) wrong.push(`${key}.${form}: unknown {${unknown.join('}, {')}}`);
				// A form may leave out the value it is chosen by ("محادثة واحدة" for 1), never the
				// others; a plural's "other" form and a plain text use every parameter.
				const chooser = spec?.kind === 'select' || (spec?.kind === 'plural' && form !== 'other');
				const missing = spec
					? names.filter((n) => !used.includes(n) && !(chooser && n === spec.on))
					: [];
				if (missing.length > 0) wrong.push(`${key}.${form}: missing {${missing.join('}, {')}}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	// Dutch is the source: there is nothing to compare it with, so the test exists only for the others.
	if (l !== SOURCE_LANGUAGE)
		it('translates every text', () => {
			const allowed = new Set([...ALWAYS_SAME, ...(SAME_AS_DUTCH[l] ?? [])]);
			const untranslated: string[] = [];
			for (const [key, { value }] of own) {
				if (isFileName(key)) continue;
				const before = texts(dutch.get(key)?.value);
				for (const t of texts(value)) {
					const words = t.replace(/\{\w+\}/g, '');
					if (before.includes(t) && !allowed.has(t) && /\p{L}/u.test(words)) {
						untranslated.push(`${key}: ${t}`);
					}
				}
			}
			expect(untranslated).toEqual([]);
		});

	// Under lang="ar" nothing Latin may show by mistake: every text with letters has letters of
	// the language's own script (the brand name excepted).
	const script = new Intl.Locale(locale).maximize().script ?? 'Latn';
	if (script !== 'Latn')
		it(`writes every text in its own script (${script})`, () => {
			const letter = new RegExp(`\\p{Script=${script}}`, 'u');
			const foreign: string[] = [];
			for (const [key, { value }] of own) {
				if (isFileName(key)) continue;
				for (const t of texts(value)) {
					const words = t.replace(/\{\w+\}/g, '').replace(/Kansencirkel/g, '');
					if (/\p{L}/u.test(words) && !letter.test(words)) foreign.push(`${key}: ${t}`);
				}
			}
			expect(foreign).toEqual([]);
		});

	it('has the file names as ASCII slugs', () => {
		const slugs = Object.values(bundles[l].export.fileName).concat(
			Object.values(bundles[l].backup.fileName)
		);
		for (const s of slugs) expect(s, s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	describe('elements', () => {
		const elements = bundles[l].elements;
		const mark = QUESTION_MARK[l] ?? '?';

		it('has unique names', () => {
			const names = ELEMENT_IDS.map((id) => elements[id].name);
			expect(new Set(names).size).toBe(ELEMENT_IDS.length);
		});

		it.each(ELEMENT_IDS)('%s has its name on one to three wheel lines', (id) => {
			const { name, wheelLabel } = elements[id];
			expect(wheelLabel.length).toBeGreaterThanOrEqual(1);
			expect(wheelLabel.length).toBeLessThanOrEqual(3);
			for (const line of wheelLabel) expect(line.length, line).toBeLessThanOrEqual(18);
			// "Verantwoordelijk-" + "heid nemen" is "Verantwoordelijkheid nemen".
			expect(wheelLabel.join(' ').replace(/- /g, '')).toBe(name);
		});

		it.each(ELEMENT_IDS)('%s has a short explanation and 2–3 open questions each', (id) => {
			const text = elements[id];
			expect(text.name.trim()).not.toBe('');
			expect(text.explanation.trim()).not.toBe('');
			expect(text.explanation.length).toBeLessThanOrEqual(120);
			for (const s of [text.name, text.explanation]) expect(s, s).not.toMatch(/[<>]/);
			const all = AUDIENCES.flatMap((a) => text.questions[a]);
			expect(new Set(all).size, 'no question twice').toBe(all.length);
			for (const audience of AUDIENCES) {
				const questions = text.questions[audience];
				expect(questions.length, audience).toBeGreaterThanOrEqual(2);
				expect(questions.length, audience).toBeLessThanOrEqual(3);
				for (const q of questions) {
					// Only the placeholders shape.ts allows: {child} in the adults' questions.
					expect(
						placeholders(q).every((n) => QUESTION_PARAMS[audience]?.includes(n)),
						q
					).toBe(true);
					expect(q.endsWith(mark), q).toBe(true);
					expect(q, q).not.toMatch(/[<>]/);
					if (audience === 'child-4-7') expect(q.length, q).toBeLessThanOrEqual(70);
				}
			}
		});
	});
});

describe('plurals', () => {
	it('Dutch and English: singular for one, plural otherwise', () => {
		expect(bundles.nl.m.home.count(1)).toBe('1 gesprek');
		expect(bundles.nl.m.home.count(0)).toBe('0 gesprekken');
		expect(bundles.en.m.home.count(1)).toBe('1 conversation');
		expect(bundles.en.m.home.count(3)).toBe('3 conversations');
		expect(bundles.en.m.setup.confirmRemoveBody('Noor', 1)).toContain('1 answer.');
		expect(bundles.en.backup.summary({ added: 2, replaced: 1, skipped: 0 })).toBe(
			'2 conversations added. 1 conversation replaced.'
		);
		expect(bundles.en.backup.summary({ added: 0, replaced: 0, skipped: 0 })).toBe(
			'Nothing was restored.'
		);
	});

	it('waits in minutes from two minutes on, in seconds below', () => {
		expect(bundles.nl.m.lock.wait(30)).toContain('over 30 seconden');
		expect(bundles.nl.m.lock.wait(1)).toContain('over 1 seconde opnieuw');
		expect(bundles.nl.m.lock.wait(150)).toContain('over 3 minuten');
		expect(bundles.en.m.lock.wait(240)).toContain('in 4 minutes.');
	});

	it('Arabic: the six forms', () => {
		const { m: ar, backup } = bundles.ar;
		expect(ar.home.count(0)).toBe('لا توجد محادثات');
		expect(ar.home.count(1)).toBe('محادثة واحدة');
		expect(ar.home.count(2)).toBe('محادثتان');
		expect(ar.home.count(3)).toBe('3 محادثات');
		expect(ar.home.count(11)).toBe('11 محادثةً');
		expect(ar.home.count(100)).toBe('100 محادثة');
		expect(ar.setup.confirmRemoveBody('نور', 2)).toContain('إجابتان');
		expect(ar.setup.confirmRemoveBody('نور', 0)).toContain('0 إجابة');
		expect(backup.existingQuestion(2)).toContain('محادثتان');
		expect(ar.security.minutes(5)).toBe('5 دقائق دون استخدام');
		expect(ar.lock.wait(150)).toContain('بعد 3 دقائق.');
		expect(ar.lock.wait(30)).toContain('بعد 30 ثانيةً.');
		expect(backup.answers(1)).toBe('إجابة واحدة');
		expect(backup.summary({ added: 2, replaced: 1, skipped: 0 })).toBe(
			'تمت إضافة محادثتين. تم استبدال محادثة واحدة.'
		);
		expect(backup.summary({ added: 0, replaced: 0, skipped: 0 })).toBe(backup.result.nothing);
	});
});

describe('messages built from several texts', () => {
	it('names an unnamed participant by number', () => {
		expect(bundles.nl.m.setup.remove('Noor', 2)).toBe('Noor verwijderen');
		expect(bundles.nl.m.setup.remove('', 2)).toBe('Deelnemer 2 verwijderen');
		expect(bundles.en.m.setup.remove('', 2)).toBe('Remove participant 2');
	});

	it('marks a finished element in the jump list', () => {
		expect(bundles.nl.m.walk.jumpTo(3, 'Erbij horen', true)).toBe('Element 3: Erbij horen (klaar)');
		expect(bundles.nl.m.walk.jumpTo(3, 'Erbij horen', false)).toBe('Element 3: Erbij horen');
	});

	it('says where a strength came from with what it knows', () => {
		const { source } = bundles.nl.export;
		expect(source('Noor', 'Gehoord worden')).toBe('Noor, bij Gehoord worden');
		expect(source('Noor')).toBe('Noor');
		expect(source(undefined, 'Gehoord worden')).toBe('bij Gehoord worden');
		expect(source()).toBe('');
	});
});

/** Checked by svelte-check, never run: the compiled catalogue keeps the call sites typed. */
export function typeChecks(t: Messages): string[] {
	return [
		t.app.saved,
		t.home.count(3),
		t.setup.confirmRemoveBody('Noor', 2),
		t.lock.repeat('pin'),
		t.walk.jumpTo(1, 'Gehoord worden', true),
		// @ts-expect-error a count is a number
		t.home.count('3'),
		// @ts-expect-error two parameters
		t.setup.confirmRemoveBody('Noor'),
		// @ts-expect-error only the kinds of secret there are
		t.lock.repeat('password'),
		// @ts-expect-error no such message
		t.home.nothing
	];
}

describe('questions about a named child', () => {
	it.each(LANGUAGE_IDS)(
		'%s: the adults’ questions name the child; without one they say “your child”',
		async (l) => {
			// Loads the language's catalogue (the questions read it through the app).
			await language.ensure(l);
			const parent = questionsFor('heard', 'parent', l, 'Noor');
			expect(parent.every((q) => q.includes('Noor') && !q.includes('{child}'))).toBe(true);
			expect(questionsFor('safe', 'professional', l, 'Daan').every((q) => q.includes('Daan'))).toBe(
				true
			);
			expect(questionsFor('heard', 'parent', l).join(' ')).toContain(
				bundles[l].m.walk.childFallback.parent
			);
			// Children answer about themselves: their questions name nobody.
			expect(questionsFor('heard', 'child-8-12', l, 'Noor').join(' ')).not.toContain('Noor');
		}
	);

	it('asks a Dutch parent about Noor by name', () => {
		expect(questionsFor('heard', 'parent', 'nl', 'Noor')[0]).toBe(
			'Wanneer merk je dat Noor zich gehoord voelt?'
		);
	});
});
