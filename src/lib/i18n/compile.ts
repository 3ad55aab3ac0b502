import { pluralCategory } from './plural';

// Turns a JSON catalogue into the functions components call (`m.home.count(3)`). A catalogue
// holds plain strings, lists of strings, and three kinds of messages, which the shape
// (shape.ts) declares once for every language:
//   text    "Geen gesprek gevonden met “{q}”."              named placeholders in braces
//   plural  { "one": "1 gesprek", "other": "{n} gesprekken" }  one text per Intl.PluralRules
//                                                              category of the language
//   select  { "pin": "Herhaal de pincode", "passphrase": … }  one text per value of a parameter

type Args = readonly unknown[];

/** A parameter name for every positional argument, in order. */
type Names<A extends Args> = { readonly [K in keyof A]: string };

export interface Spec<A extends Args = Args> {
	readonly kind: 'text' | 'plural' | 'select';
	/** The placeholder name of each argument, in the order the function takes them. */
	readonly names: readonly string[];
	/** plural and select: the parameter that chooses the text. */
	readonly on?: string;
	/** select: the values that parameter can have; each needs a text. */
	readonly values?: readonly string[];
	/** Only a type: the function the message becomes. */
	readonly fn?: (...args: A) => string;
}

/** A message with placeholders: `text<[q: string]>('q')`. */
export function text<A extends Args>(...names: Names<A>): Spec<A> {
	return { kind: 'text', names };
}

/** A message whose text depends on the plural category of one numeric parameter. */
export function plural<A extends Args>(on: string, ...names: Names<A>): Spec<A> {
	return { kind: 'plural', on, names };
}

/** A message whose text depends on the value of one parameter (an enum). */
export function select<A extends Args>(
	on: string,
	values: readonly string[],
	...names: Names<A>
): Spec<A> {
	return { kind: 'select', on, values, names };
}

export function isSpec(value: unknown): value is Spec {
	return value !== null && typeof value === 'object' && 'kind' in value && 'names' in value;
}

/** What a JSON catalogue (typed by the Dutch one) becomes under a shape. */
export type Compiled<J, S> = J extends string
	? string
	: J extends readonly string[]
		? readonly string[]
		: {
				[K in keyof J]: K extends keyof S
					? S[K] extends Spec<infer A>
						? (...args: A) => string
						: Compiled<J[K], S[K]>
					: Compiled<J[K], unknown>;
			};

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names a text uses, e.g. ["name", "n"]. */
export function placeholders(template: string): string[] {
	return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] as string);
}

function fill(template: string, names: readonly string[], args: Args): string {
	return template.replace(PLACEHOLDER, (whole, name: string) => {
		const i = names.indexOf(name);
		return i < 0 ? whole : String(args[i]);
	});
}

function message(value: unknown, spec: Spec, locale: string, path: string) {
	if (spec.kind === 'text') {
		if (typeof value !== 'string') throw new TypeError(`${path}: expected a text`);
		return (...args: Args) => fill(value, spec.names, args);
	}
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		throw new TypeError(`${path}: expected an object of texts`);
	}
	const forms = value as Record<string, string>;
	const at = spec.names.indexOf(spec.on ?? '');
	return (...args: Args) => {
		const key =
			spec.kind === 'plural' ? pluralCategory(locale, Number(args[at])) : String(args[at]);
		return fill(forms[key] ?? forms.other ?? '', spec.names, args);
	};
}

/**
 * Compiles one part of a catalogue. Strings and lists stay as they are; wherever the shape has a
 * spec, the JSON value becomes a function. `locale` decides the plural categories.
 */
export function compile(value: unknown, shape: unknown, locale: string, path = ''): unknown {
	if (isSpec(shape)) return message(value, shape, locale, path);
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
	const out: Record<string, unknown> = {};
	for (const [key, child] of Object.entries(value)) {
		const childShape =
			shape !== null && typeof shape === 'object' ? (shape as Record<string, unknown>)[key] : {};
		out[key] = compile(child, childShape, locale, path ? `${path}.${key}` : key);
	}
	return out;
}
