import type { BackupErrorKey, RestoreChoice } from '$lib/domain/backup';
import type { ClassLevel, ClassSessionSummary } from '$lib/domain/class-session';
import type { Kind } from '$lib/domain/conversation';
import type { ElementId } from '$lib/domain/elements';
import type { AgeGroup, Audience, Role } from '$lib/domain/participant';
import type { PlanStatus } from '$lib/domain/plan';
import type { Face } from '$lib/domain/score';
import { compile, plural, select, text, type Compiled } from './compile';
import { LOCK, lockTexts, SECRET, type Secret } from './shape-start';
import type { ElementCatalogue } from './types';

// The shape of every catalogue, declared once. Which keys exist comes from the Dutch catalogue
// (catalogues/nl.json, the reference); this file only says which messages take parameters, and
// of what kind (see compile.ts). catalogues.spec.ts checks every language against both.

/** A catalogue as a file: Dutch decides the keys. */
export type CatalogueJson = typeof import('./catalogues/nl.json');

const MESSAGES = {
	classSetup: {
		earlier: text<[name: string]>('name'),
		later: text<[name: string]>('name')
	},
	classSession: {
		position: text<[n: number, total: number, name: string]>('n', 'total', 'name'),
		exactTitle: text<[name: string]>('name'),
		countLabel: text<[name: string]>('name'),
		pictureTitle: text<[name: string]>('name'),
		minutes: plural<[n: number]>('n', 'n'),
		seconds: plural<[n: number]>('n', 'n'),
		wheelTitle: text<[group: string]>('group'),
		homeMeta: text<[level: string, n: number]>('level', 'n'),
		homeProgress: text<[done: number, total: number]>('done', 'total')
	},
	classSeries: {
		moment: text<[n: number, date: string]>('n', 'date'),
		change: {
			moreHappy: text<[when: string]>('when'),
			fewerHappy: text<[when: string]>('when'),
			moreSad: text<[when: string]>('when'),
			fewerSad: text<[when: string]>('when'),
			same: text<[when: string]>('when')
		},
		homeSequence: text<[n: number]>('n'),
		previousAgreementsHelp: text<[date: string]>('date')
	},
	classAgreements: {
		listTitle: plural<[n: number]>('n', 'n'),
		dateOn: text<[date: string]>('date'),
		deleteConfirmTitle: text<[group: string]>('group')
	},
	home: {
		noMatch: text<[q: string]>('q'),
		progress: text<[done: number, total: number]>('done', 'total'),
		participants: plural<[n: number]>('n', 'n'),
		changed: text<[date: string]>('date'),
		count: plural<[n: number]>('n', 'n'),
		lookBackOn: text<[date: string]>('date'),
		sequence: text<[n: number]>('n')
	},
	followUp: {
		startFor: text<[title: string]>('title')
	},
	lookBack: {
		progress: text<[done: number, total: number]>('done', 'total'),
		goal: text<[goal: string]>('goal'),
		forChild: text<[name: string]>('name'),
		action: text<[what: string, who: string]>('what', 'who')
	},
	setup: {
		deleteConfirmTitle: text<[title: string]>('title'),
		remove: {
			named: text<[name: string]>('name'),
			unnamed: text<[n: number]>('n')
		},
		confirmRemoveTitle: text<[name: string]>('name'),
		confirmRemoveBody: plural<[name: string, n: number]>('n', 'name', 'n'),
		participantNumber: text<[n: number]>('n'),
		// Several children at one table
		childNumber: text<[n: number]>('n'),
		answersAbout: text<[name: string]>('name')
	},
	settings: {
		usageValue: text<[used: string, quota: string]>('used', 'quota')
	},
	lock: LOCK,
	security: {
		currentProfile: text<[label: string]>('label'),
		minutes: plural<[n: number]>('n', 'n'),
		lockSaved: plural<[n: number]>('n', 'n')
	},
	walk: {
		progress: text<[n: number, total: number]>('n', 'total'),
		jumpTo: {
			open: text<[n: number, name: string]>('n', 'name'),
			done: text<[n: number, name: string]>('n', 'name')
		},
		questionsFor: text<[name: string]>('name'),
		scoreLegend: text<[name: string]>('name'),
		faceLegend: text<[name: string]>('name'),
		characters: text<[n: number, max: number]>('n', 'max'),
		readAloud: text<[what: string]>('what'),
		questionLanguage: text<[language: string]>('language'),
		about: text<[name: string]>('name'),
		who: {
			answeredWith: text<[name: string, score: string]>('name', 'score')
		}
	},
	turns: {
		handOver: text<[name: string]>('name'),
		iAm: text<[name: string]>('name'),
		waiting: plural<[n: number, total: number]>('n', 'n', 'total'),
		overviewHidden: plural<[n: number]>('n', 'n'),
		statusHidden: plural<[n: number, total: number]>('n', 'n', 'total'),
		hasAnswered: text<[name: string]>('name'),
		notYet: text<[name: string]>('name'),
		yourTurn: text<[name: string]>('name'),
		revealBody: text<[element: string]>('element')
	},
	previous: {
		score: text<[score: string]>('score'),
		face: text<[face: string]>('face')
	},
	childVoice: {
		link: text<[name: string]>('name'),
		start: text<[name: string]>('name'),
		thanks: text<[name: string]>('name'),
		forChild: text<[name: string]>('name'),
		followUp: text<[n: number]>('n')
	},
	overTime: {
		aboutChild: text<[name: string]>('name'),
		onlyOne: text<[name: string]>('name'),
		moment: text<[n: number]>('n'),
		momentOn: text<[n: number, date: string]>('n', 'date'),
		personMoment: text<[name: string, n: number]>('name', 'n'),
		scaleChanged: text<[name: string]>('name'),
		wheel: {
			titleOne: text<[name: string]>('name'),
			titleAll: text<[name: string]>('name')
		},
		lines: {
			chart: text<[element: string]>('element')
		},
		summary: {
			span: text<[from: string, to: string]>('from', 'to'),
			change: text<[element: string, name: string, from: string, to: string]>(
				'element',
				'name',
				'from',
				'to'
			),
			same: text<[name: string]>('name'),
			notCompared: text<[names: string]>('names'),
			actionsAt: text<[moment: string]>('moment'),
			action: text<[what: string, who: string, outcome: string]>('what', 'who', 'outcome')
		}
	},
	coachNote: {
		ask: select<[kind: Secret]>('kind', SECRET, 'kind'),
		wrote: text<[name: string, role: string, element: string, date: string]>(
			'name',
			'role',
			'element',
			'date'
		),
		wroteGeneral: text<[name: string, role: string, date: string]>('name', 'role', 'date'),
		exportMeta: text<[date: string]>('date')
	},
	overview: {
		wheelTitle: text<[title: string]>('title'),
		pointLabel: text<[name: string, score: string]>('name', 'score'),
		flaggedBy: text<[names: string]>('names'),
		lowestBy: text<[name: string, score: string]>('name', 'score'),
		openElement: text<[name: string]>('name'),
		// Several children at one table; a self-reflection speaks to "jij"
		aboutChild: text<[name: string]>('name'),
		wheelTitleChild: text<[title: string, name: string]>('title', 'name'),
		checkChildren: text<[name: string]>('name'),
		self: {
			lowestScore: text<[score: string]>('score')
		}
	},
	plan: {
		suggestedBy: text<[name: string, element: string]>('name', 'element'),
		suggestedByAbout: text<[name: string, child: string, element: string]>(
			'name',
			'child',
			'element'
		),
		aboutChild: text<[name: string]>('name'),
		suggestedFor: text<[names: string]>('names'),
		acceptLabel: text<[text: string]>('text'),
		dismissLabel: text<[text: string]>('text'),
		itemLabel: text<[n: number]>('n'),
		removeItem: text<[n: number]>('n'),
		goal: text<[element: string]>('element'),
		newActionFor: text<[element: string]>('element'),
		removeAction: text<[what: string]>('what'),
		removeSupporter: text<[name: string]>('name'),
		agree: text<[name: string]>('name'),
		agreedAt: text<[date: string]>('date'),
		// The plan in steps, its drafts and what is missing before agreeing.
		stepOf: text<[n: number, total: number]>('n', 'total'),
		previousStep: text<[step: string]>('step'),
		nextStep: text<[step: string]>('step'),
		suggestionCount: plural<[n: number]>('n', 'n'),
		evaluationOn: text<[date: string]>('date'),
		missing: {
			forWhom: text<[element: string]>('element'),
			goal: text<[element: string]>('element'),
			action: text<[element: string]>('element'),
			draft: text<[element: string]>('element'),
			goTo: text<[step: string]>('step')
		},
		childVersionFor: text<[name: string]>('name'),
		// "Uit het vorige plan" in a follow-up (carry-over)
		carry: {
			takeAction: text<[what: string]>('what'),
			takenAction: text<[what: string]>('what'),
			takeGoal: text<[element: string]>('element'),
			takenGoal: text<[element: string]>('element'),
			gone: text<[name: string]>('name')
		}
	},
	// The class discussion's pictures, hands-up counting and secret ballot (components/class/).
	classUi: {
		picture: {
			total: plural<[n: number]>('n', 'n')
		},
		scan: {
			seenOf: text<[n: number, total: number]>('n', 'total'),
			seen: plural<[n: number]>('n', 'n'),
			already: plural<[n: number]>('n', 'n'),
			counted: plural<[n: number, name: string]>('n', 'n', 'name')
		},
		count: {
			more: text<[face: string]>('face'),
			less: text<[face: string]>('face'),
			countOf: text<[face: string]>('face'),
			changed: text<[face: string, n: number]>('face', 'n'),
			total: plural<[n: number]>('n', 'n'),
			confirm: text<[n: number, face: string]>('n', 'face'),
			overPresent: plural<[total: number, present: number]>('present', 'total', 'present')
		}
	}
};

const EXPORT = {
	conversationOf: text<[date: string]>('date'),
	generatedAt: text<[date: string]>('date'),
	wheelAlt: text<[title: string]>('title'),
	source: {
		both: text<[by: string, element: string]>('by', 'element'),
		element: text<[element: string]>('element')
	},
	actionsFor: text<[element: string]>('element'),
	agreedOn: text<[date: string]>('date'),
	page: text<[n: number, total: number]>('n', 'total'),
	forChild: text<[name: string]>('name'),
	child: {
		helper: text<[name: string]>('name')
	},
	// The follow-up plan's terugblik (plan-layout.ts)
	review: {
		intro: text<[date: string]>('date'),
		change: text<[name: string, from: string, to: string]>('name', 'from', 'to'),
		same: text<[name: string, value: string]>('name', 'value'),
		wheelAlt: text<[title: string]>('title'),
		now: text<[name: string]>('name'),
		before: text<[name: string]>('name')
	},
	class: {
		lookBack: text<[date: string]>('date'),
		wheelAlt: text<[group: string]>('group')
	}
};

const BACKUP = {
	madeOn: text<[date: string]>('date'),
	contains: plural<[n: number]>('n', 'n'),
	/** After `contains`, when the file holds class sessions too. */
	containsClasses: plural<[n: number]>('n', 'n'),
	/** The preview shows a few conversations; how many more the file holds. */
	andMore: plural<[n: number]>('n', 'n'),
	answers: plural<[n: number]>('n', 'n'),
	changedInBackup: text<[date: string]>('date'),
	changedOnDevice: text<[date: string]>('date'),
	existingQuestion: plural<[n: number]>('n', 'n'),
	result: {
		added: plural<[n: number]>('n', 'n'),
		replaced: plural<[n: number]>('n', 'n'),
		skipped: plural<[n: number]>('n', 'n')
	}
};

/**
 * The element questions are plain lists, not compiled; the adults' questions name the child
 * they are about with {child} (filled in by questionsFor in index.ts). No other placeholder.
 */
export const QUESTION_PARAMS: Partial<Record<Audience, readonly string[]>> = {
	parent: ['child'],
	professional: ['child']
};

/** The shape of each part of a catalogue, for the loader and the completeness test. */
export const SHAPE = {
	messages: MESSAGES,
	elements: {},
	export: EXPORT,
	backup: BACKUP
} as const;

function messages(json: CatalogueJson['messages'], locale: string) {
	const m = compile(json, MESSAGES, locale) as Compiled<typeof json, typeof MESSAGES>;
	return {
		...m,
		// Components look errors up by the key a zod issue gives.
		errors: m.errors as Record<string, string>,
		setup: {
			...m.setup,
			/** "Noor verwijderen", or "Deelnemer 2 verwijderen" while the name is still empty. */
			remove: (name: string, n: number) =>
				name ? m.setup.remove.named(name) : m.setup.remove.unnamed(n)
		},
		lock: lockTexts(m.lock),
		walk: {
			...m.walk,
			jumpTo: (n: number, name: string, done: boolean) =>
				done ? m.walk.jumpTo.done(n, name) : m.walk.jumpTo.open(n, name)
		}
	};
}

function exportTexts(json: CatalogueJson['export'], locale: string) {
	const t = compile(json, EXPORT, locale) as Compiled<typeof json, typeof EXPORT>;
	return {
		...t,
		/** Where a strength or worry came from: "Noor, bij Gehoord worden". */
		source: (by?: string, element?: string) =>
			by && element
				? t.source.both(by, element)
				: (by ?? (element ? t.source.element(element) : ''))
	};
}

function backupTexts(json: CatalogueJson['backup'], locale: string) {
	const b = compile(json, BACKUP, locale) as Compiled<typeof json, typeof BACKUP>;
	return {
		...b,
		/** One line for the result: only the counts that are not zero. */
		summary: (r: { added: number; replaced: number; skipped: number }): string => {
			const parts: string[] = [];
			if (r.added > 0) parts.push(b.result.added(r.added));
			if (r.replaced > 0) parts.push(b.result.replaced(r.replaced));
			if (r.skipped > 0) parts.push(b.result.skipped(r.skipped));
			return parts.length > 0 ? parts.join(' ') : b.result.nothing;
		}
	};
}

export type Messages = ReturnType<typeof messages>;
export type ExportTexts = ReturnType<typeof exportTexts>;
export type BackupTexts = ReturnType<typeof backupTexts>;

/** Every catalogue of one language, ready to use. */
export interface Bundle {
	m: Messages;
	export: ExportTexts;
	backup: BackupTexts;
	elements: ElementCatalogue;
}

/** A language's JSON catalogue as the app uses it; `locale` chooses its plural rules. */
export function compileBundle(json: CatalogueJson, locale: string): Bundle {
	return {
		m: messages(json.messages, locale),
		export: exportTexts(json.export, locale),
		backup: backupTexts(json.backup, locale),
		elements: json.elements as ElementCatalogue
	};
}

// The Dutch catalogue names exactly the values the domain has: a new role, kind or error key
// without a text fails svelte-check here.
type Exactly<T, K extends PropertyKey> = [keyof T] extends [K]
	? [K] extends [keyof T]
		? true
		: false
	: false;
type Assert<T extends true> = T;
type M = CatalogueJson['messages'];
export type ShapeChecks = [
	Assert<Exactly<M['kind'], Kind | ClassSessionSummary['kind']>>,
	Assert<Exactly<M['kindHelp'], Kind | ClassSessionSummary['kind']>>,
	Assert<Exactly<M['classLevel'], ClassLevel>>,
	Assert<Exactly<M['classLevelHelp'], ClassLevel>>,
	Assert<Exactly<M['role'], Role>>,
	Assert<Exactly<M['ageGroup'], AgeGroup>>,
	Assert<Exactly<M['faces'], `${Face}`>>,
	Assert<Exactly<CatalogueJson['export']['status'], PlanStatus>>,
	Assert<Exactly<CatalogueJson['export']['statusHelp'], PlanStatus>>,
	Assert<Exactly<CatalogueJson['backup']['errors'], BackupErrorKey>>,
	Assert<Exactly<CatalogueJson['backup']['choice'], RestoreChoice>>,
	Assert<Exactly<CatalogueJson['backup']['choiceHelp'], RestoreChoice>>,
	Assert<Exactly<CatalogueJson['elements'], ElementId>>,
	Assert<Exactly<CatalogueJson['elements']['heard']['questions'], Audience>>
];
