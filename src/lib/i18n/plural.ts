// Plural forms through Intl.PluralRules, for every language alike: Dutch and English have
// "one" and "other", Arabic six forms, Polish and Ukrainian "one", "few", "many" and "other".
// A catalogue gives one text per category; no language needs code of its own.

const rules = new Map<string, Intl.PluralRules>();

function rulesFor(locale: string): Intl.PluralRules {
	let r = rules.get(locale);
	if (!r) {
		r = new Intl.PluralRules(locale);
		rules.set(locale, r);
	}
	return r;
}

/** The plural category of a number in a language, e.g. "one" for 1 in Dutch. */
export function pluralCategory(locale: string, n: number): Intl.LDMLPluralRule {
	return rulesFor(locale).select(n);
}

/** The categories a language distinguishes: every plural message gives a text for each. */
export function pluralCategories(locale: string): readonly Intl.LDMLPluralRule[] {
	return rulesFor(locale).resolvedOptions().pluralCategories;
}
