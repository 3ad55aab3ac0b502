import {
	A_FEW,
	classMedians,
	isDiscussed,
	projected,
	resultFor,
	totalOf,
	type ClassRecord,
	type ClassWho
} from '$lib/domain/class-session';
import type { ElementId } from '$lib/domain/elements';
import type { PlanStatus } from '$lib/domain/plan';
import { faceToScore, FACES, scoreToFace, type Face } from '$lib/domain/score';
import { ratingKey } from '$lib/domain/series';
import { seriesStyle, type SeriesStyle } from '$lib/wheel';
import { elementText, exportText as t, formatDate, formatDay, formatWhen, m } from '$lib/i18n';
import type { DocItem, DocReview, DocWheel, PlanDocument } from './plan-document';

/*
 * What the plan says, in which order, for whom: the one place that decides it. Every medium
 * (the sheet in the app, the HTML file, the PDF, the text) formats these blocks and adds only
 * its own looks. Texts are resolved here in the current language; user text stays exactly as
 * typed and each medium escapes it for itself. Like the document, a layout never holds the
 * coach's meldcode hint.
 */

/** Who reads it: the whole plan for the adults, or the child's own version in simple words. */
export type Audience = 'adult' | 'child';

/** The paper a printed layout is made for (portrait). */
export type PageSize = 'A4' | 'A3';

/** Whose layout it is: a plan's audience, or the class's poster (classLayout). */
export type LayoutKind = Audience | 'class';

export type SectionId =
	| 'review'
	| 'done'
	| 'participants'
	| 'wheel'
	| 'strengths'
	| 'worries'
	| 'focus'
	| 'mine'
	| 'goals'
	| 'others'
	| 'planB'
	| 'safety'
	| 'evaluation'
	| 'agreement'
	// The class poster
	| 'classAgreements'
	| 'lookBack'
	| 'classElement'
	| 'classWheel';

/** "Label: value", with what to say when there is no value yet. */
export interface Field {
	label: string;
	/** User text, or null when not filled in. */
	value: string | null;
	missing: string;
}

export interface ActionCard {
	elementId: ElementId;
	element: string;
	/** Who does it, or null when that goes without saying (the only child's own actions). */
	who: string | null;
	what: string;
	/** When, ready to show; '' when not said. */
	when: string;
	/** "Sanne helpt", or '' without a helper. */
	helper: string;
}

export type Block =
	/** Nothing filled in yet; `quiet` ones are shown muted. */
	| { kind: 'empty'; text: string; quiet: boolean }
	/** User text as a paragraph. */
	| { kind: 'text'; text: string }
	| { kind: 'people'; people: { name: string; role: string }[] }
	| ({ kind: 'field' } & Field)
	| {
			kind: 'wheel';
			wheel: Pick<DocWheel, 'participants' | 'answers'>;
			/** Participants whose points show as faces (the youngest children). */
			faces: string[];
			alt: string;
			/** The legend's heading, when not the plan's "Wie is wie". */
			legend?: string;
			/** Each participant's line, in order, when not the default (now solid, before dashed). */
			styles?: SeriesStyle[];
	  }
	/** The terugblik: under a caption, "label: value (note)" per line; labels hold user text. */
	| { kind: 'review'; caption: string; rows: ReviewRow[] }
	| { kind: 'items'; items: { text: string; source: string }[] }
	| {
			kind: 'focus';
			elementId: ElementId;
			element: string;
			/** "Voor Noor" / "Voor het hele gezin"; '' when it goes without saying. */
			forWhom: string;
			goal: Field;
			/** The action table: caption, column headers and rows of user text ('' = blank). */
			caption: string;
			columns: string[];
			rows: string[][];
			blank: string;
			noActions: string;
	  }
	| { kind: 'goals'; goals: { elementId: ElementId; element: string; goal: string }[] }
	| { kind: 'actions'; whenLabel: string; cards: ActionCard[] }
	| { kind: 'date'; text: string }
	| { kind: 'agreements'; rows: { name: string; answer: string; agreed: boolean }[] }
	/** The class's agreements, each a big card: wat, and below it wie and wanneer. */
	| { kind: 'pledges'; whoLabel: string; whenLabel: string; cards: Pledge[] }
	/**
	 * The class picture of one element: how many chose each face, saddest first, as the class
	 * may see it ("een paar" for one or two: `projected`).
	 */
	| { kind: 'faces'; elementId: ElementId; caption: string; faces: FaceCount[] };

export interface ReviewRow {
	/** "Elke avond praten (Mama)", "Veilig zijn" (may hold user text). */
	label: string;
	/** What became of it, in words. */
	value: string;
	/** The group's note (user text), or ''. */
	note: string;
}

export interface Pledge {
	what: string;
	/** "de hele klas", "de juf/meester" or the role as typed. */
	who: string;
	/** When, ready to show; '' when not said. */
	when: string;
}

export interface FaceCount {
	face: Face;
	/** The face's name ("Blij"). */
	label: string;
	/** The count as shown: "0", "een paar", "5". */
	count: string;
}

export interface Section {
	id: SectionId;
	heading: string;
	/** A section about one element wears its colour. */
	elementId?: ElementId;
	blocks: Block[];
}

export interface Header {
	/** Small capitals above the title (adults). */
	kicker?: string;
	/** The version's own name (child: "Mijn plan"). */
	heading?: string;
	/** The conversation's title, user text. */
	title: string;
	meta?: string;
	status?: { label: string; value: string; help: string; status: PlanStatus };
	intro?: string;
}

export interface PlanLayout {
	audience: LayoutKind;
	/** The title on the pages (the PDF's footer): "Gedragen plan – Gezin Jansen". */
	title: string;
	/**
	 * The file's own title (PDF metadata, the HTML file's <title>): "Gedragen plan", never the
	 * conversation's title. A browser that opens the file shows it as the tab's title and keeps
	 * it in its history; a share sheet or file manager shows it too.
	 */
	fileTitle: string;
	header: Header;
	sections: Section[];
	footer: string;
}

const items = (list: readonly DocItem[]): Block => ({
	kind: 'items',
	items: list.map((i) => ({ text: i.text, source: t.source(i.by, i.element) }))
});

/**
 * Every action with its focus element: the child's own actions apart from the others'. For
 * one child (`childId`), "mine" is that child's own actions, wherever they are; the others are
 * the actions of the focus elements for that child and for the whole family.
 */
function splitActions(doc: PlanDocument, childId?: string) {
	const all = doc.focus.flatMap((f) =>
		f.actions.map((a) => ({
			...a,
			elementId: f.elementId,
			element: f.element,
			forChild: f.childId
		}))
	);
	if (childId === undefined)
		return { mine: all.filter((a) => a.byChild), others: all.filter((a) => !a.byChild) };
	return {
		mine: all.filter((a) => a.whoId === childId),
		others: all.filter(
			(a) => a.whoId !== childId && (a.forChild === null || a.forChild === childId)
		)
	};
}

/** A solid line now and a dashed one last time, in the person's own colour and marker. */
const NOW_DASH = '';
const BEFORE_DASH = '9 6';

/** A compared score in words: a face's name for someone compared with faces, else the number. */
const scoreText = (value: number, faces: boolean) =>
	faces ? m.faces[scoreToFace(value)] : String(value);

/**
 * The follow-up's terugblik, compact: what became of each action, the goal ratings in words,
 * the change per focus element per person, and per child the wheel with last time dashed.
 */
function reviewSection(doc: PlanDocument, review: DocReview): Section {
	const r = t.review;
	const several = doc.children.length > 1;
	const childName = (id: string) => doc.children.find((c) => c.id === id)?.name ?? '';
	const blocks: Block[] = [
		{ kind: 'empty', text: r.intro(formatDate(review.previousAt)), quiet: false }
	];
	if (review.actions.length)
		blocks.push({
			kind: 'review',
			caption: r.actions,
			rows: review.actions.map((a) => ({
				label: `${a.what} (${a.who})`,
				value: a.outcome ? r.outcomes[a.outcome] : r.notLooked,
				note: a.note.trim()
			}))
		});
	if (review.goals.length)
		blocks.push({
			kind: 'review',
			caption: r.goals,
			rows: review.goals.map((g) => ({
				label: g.element,
				value: g.rating === null ? r.notRated : r.ratings[ratingKey(g.rating)],
				note: `${t.goal}: ${g.goal}`
			}))
		});
	blocks.push(
		review.changes.length
			? {
					kind: 'review',
					caption: r.changes,
					rows: review.changes.map((c) => ({
						label: several ? `${c.element} – ${childName(c.childId)}` : c.element,
						value:
							scoreText(c.from, c.faces) === scoreText(c.to, c.faces)
								? r.same(c.name, scoreText(c.to, c.faces))
								: r.change(c.name, scoreText(c.from, c.faces), scoreText(c.to, c.faces)),
						note: c.faces ? r.faces : ''
					}))
				}
			: { kind: 'empty', text: r.noChanges, quiet: true }
	);
	for (const w of review.wheels) {
		// Person i keeps one colour and marker at both moments; only the dash tells them apart.
		const people = [...new Set(w.lines.map((l) => l.personId))];
		const lines = w.lines.map((l) => ({ ...l, id: `${l.personId}|${l.moment}` }));
		const wheel: Block = {
			kind: 'wheel',
			wheel: {
				participants: lines.map((l) => ({
					id: l.id,
					name: l.moment === 'now' ? r.now(l.name) : r.before(l.name)
				})),
				answers: lines.flatMap((l) =>
					(Object.entries(l.values) as [ElementId, number | null][]).map(([elementId, score]) => ({
						participantId: l.id,
						elementId,
						score
					}))
				)
			},
			faces: lines.filter((l) => l.faces).map((l) => l.id),
			alt: r.wheelAlt(several ? w.name : doc.title),
			legend: r.legend,
			styles: lines.map((l) => ({
				...seriesStyle(people.indexOf(l.personId)),
				dash: l.moment === 'now' ? NOW_DASH : BEFORE_DASH
			}))
		};
		blocks.push(...(several ? [{ kind: 'text', text: w.name } as Block, wheel] : [wheel]));
	}
	return { id: 'review', heading: r.heading, blocks };
}

function adult(doc: PlanDocument): Section[] {
	const none = (text: string): Block => ({ kind: 'empty', text, quiet: true });
	const sections: Section[] = [
		{
			id: 'participants',
			heading: t.participants,
			blocks: [
				{
					kind: 'people',
					people: [...doc.participants, ...doc.supporters].map((p) => ({
						name: p.name,
						role: p.role
					}))
				},
				{ kind: 'field', label: t.regisseur, value: doc.regisseur, missing: t.noRegisseur }
			]
		},
		...(doc.review ? [reviewSection(doc, doc.review)] : []),
		{
			id: 'wheel',
			heading: t.wheel,
			// With several children one wheel each, under the child's name.
			blocks: doc.wheels.flatMap((w): Block[] => {
				const wheel: Block = {
					kind: 'wheel',
					wheel: w,
					faces: doc.participants.filter((p) => p.faces).map((p) => p.id),
					alt: t.wheelAlt(doc.wheels.length > 1 ? w.name : doc.title)
				};
				return doc.wheels.length > 1 ? [{ kind: 'text', text: w.name }, wheel] : [wheel];
			})
		},
		{
			id: 'strengths',
			heading: t.strengths,
			blocks: [doc.strengths.length ? items(doc.strengths) : none(t.nothing)]
		},
		{
			id: 'worries',
			heading: t.worries,
			blocks: [doc.worries.length ? items(doc.worries) : none(t.nothing)]
		},
		{
			id: 'focus',
			heading: t.focus,
			blocks: doc.focus.length
				? doc.focus.map((f) => ({
						kind: 'focus',
						elementId: f.elementId,
						element: f.element,
						forWhom: doc.children.length > 1 || f.childId === null ? f.forWhom : '',
						goal: { label: t.goal, value: f.goal.trim() ? f.goal : null, missing: t.noGoal },
						caption: t.actionsFor(f.element),
						columns: [t.what, t.who, t.when, t.support],
						rows: f.actions.map((a) => [a.what, a.who, formatWhen(a.when), a.support]),
						blank: t.empty,
						noActions: t.noActions
					}))
				: [none(t.noFocus)]
		},
		{
			id: 'planB',
			heading: t.planB,
			blocks: [doc.planB.trim() ? { kind: 'text', text: doc.planB } : none(t.nothing)]
		}
	];
	if (doc.safety.trim())
		sections.push({
			id: 'safety',
			heading: t.safety,
			blocks: [{ kind: 'text', text: doc.safety }]
		});
	sections.push(
		{
			id: 'evaluation',
			heading: t.evaluation,
			blocks: [
				doc.evaluationDate
					? { kind: 'date', text: formatDay(doc.evaluationDate) }
					: none(t.noEvaluation)
			]
		},
		{
			id: 'agreement',
			heading: t.agreement,
			blocks: [
				{
					kind: 'agreements',
					rows: doc.agreements.map((a) => ({
						name: a.name,
						answer: a.at === null ? t.notYet : t.agreedOn(formatDate(a.at)),
						agreed: a.at !== null
					}))
				}
			]
		}
	);
	return sections;
}

/**
 * The child's version: their own actions first, simple words, no scores and no worries. With
 * `childId` it is that child's version: their own actions first, then the goals and actions
 * for them and for the whole family (not those only for a brother or sister).
 */
function child(doc: PlanDocument, childId?: string): Section[] {
	const c = t.child;
	const say = (text: string): Block => ({ kind: 'empty', text, quiet: false });
	const { mine, others } = splitActions(doc, childId);
	const focus =
		childId === undefined
			? doc.focus
			: doc.focus.filter((f) => f.childId === null || f.childId === childId);
	// With more than one child and no one child chosen, "Dit ga ik doen" says whose action it is.
	const manyChildren = childId === undefined && doc.participants.filter((p) => p.child).length > 1;
	const cards = (list: typeof mine, showWho: boolean): Block => ({
		kind: 'actions',
		whenLabel: c.when,
		cards: list.map((a) => ({
			elementId: a.elementId,
			element: a.element,
			who: showWho ? a.who : null,
			what: a.what,
			when: a.when.trim() ? formatWhen(a.when) : '',
			helper: a.support.trim() ? c.helper(a.support) : ''
		}))
	});
	// "Dit heb ik gedaan!": the child's own actions of last time that were done or partly.
	const me = childId ?? doc.children[0]?.id;
	const done = (doc.review?.actions ?? []).filter(
		(a) => a.whoId === me && (a.outcome === 'done' || a.outcome === 'partly')
	);
	const sections: Section[] = [];
	if (done.length)
		sections.push({
			id: 'done',
			heading: c.done,
			blocks: [
				{
					kind: 'actions',
					whenLabel: c.when,
					cards: done.map((a) => ({
						elementId: a.elementId,
						element: a.element,
						who: null,
						what: a.what,
						when: '',
						helper: c.outcomes[a.outcome as 'done' | 'partly']
					}))
				}
			]
		});
	sections.push(
		{
			id: 'mine',
			heading: c.mine,
			blocks: [mine.length ? cards(mine, manyChildren) : say(c.noMine)]
		},
		{
			id: 'goals',
			heading: c.focus,
			blocks: [
				focus.length
					? {
							kind: 'goals',
							goals: focus.map((f) => ({
								elementId: f.elementId,
								element: f.element,
								goal: f.goal.trim() ? f.goal : ''
							}))
						}
					: say(t.noFocus)
			]
		},
		{
			id: 'others',
			heading: c.others,
			blocks: [others.length ? cards(others, true) : say(c.noOthers)]
		}
	);
	// What goes well about this child, or about everyone; never a brother's or sister's.
	const strengths =
		childId === undefined
			? doc.strengths
			: doc.strengths.filter((i) => i.childId === undefined || i.childId === childId);
	if (strengths.length)
		sections.push({ id: 'strengths', heading: c.strengths, blocks: [items(strengths)] });
	if (doc.planB.trim())
		sections.push({ id: 'planB', heading: c.planB, blocks: [{ kind: 'text', text: doc.planB }] });
	if (doc.safety.trim())
		sections.push({
			id: 'safety',
			heading: c.safety,
			blocks: [{ kind: 'text', text: doc.safety }]
		});
	sections.push(
		{
			id: 'evaluation',
			heading: c.evaluation,
			blocks: [
				{
					kind: 'date',
					text: doc.evaluationDate ? formatDay(doc.evaluationDate) : c.noEvaluation
				}
			]
		},
		{
			id: 'agreement',
			heading: c.agreement,
			blocks: [
				{
					kind: 'agreements',
					rows: doc.agreements.map((a) => ({
						name: a.name,
						answer: a.at === null ? c.notYet : c.agreed,
						agreed: a.at !== null
					}))
				}
			]
		}
	);
	return sections;
}

/**
 * The plan laid out for one audience. `childId`, for the child version: whose version (one of
 * `doc.children`); absent or unknown: the first child's (a self-reflection: the youth's).
 */
export function planLayout(doc: PlanDocument, audience: Audience, childId?: string): PlanLayout {
	const forChild =
		audience === 'child' && doc.children.length > 0
			? (doc.children.find((c) => c.id === childId) ?? doc.children[0])
			: undefined;
	const header: Header =
		audience === 'child'
			? {
					heading:
						forChild && doc.children.length > 1
							? `${t.child.title} – ${forChild.name}`
							: t.child.title,
					title: doc.title,
					intro: t.child.intro
				}
			: {
					kicker: t.title,
					title: doc.title,
					meta: t.conversationOf(formatDate(doc.conversationAt)),
					status: {
						label: t.statusLabel,
						value: t.status[doc.status],
						help: t.statusHelp[doc.status],
						status: doc.status
					}
				};
	return {
		audience,
		title: `${audience === 'child' ? t.child.title : t.title} – ${doc.title}`,
		fileTitle: audience === 'child' ? t.child.title : t.title,
		header,
		sections: audience === 'child' ? child(doc, forChild?.id) : adult(doc),
		footer: t.generatedAt(formatDate(doc.generatedAt))
	};
}

// ---- The class poster ------------------------------------------------------------------------

/** Who does a class agreement, as the poster says it. */
export function classWhoLabel(who: ClassWho): string {
	return who === 'klas' ? t.class.wholeClass : who === 'leerkracht' ? t.class.teacher : who.role;
}

/** A count as the class may see it: 1 and 2 are "een paar" (in the current language). */
export function classCount(count: number): string {
	const shown = projected(count);
	return shown === A_FEW ? t.class.aFew : String(shown);
}

export interface ClassLayoutOptions {
	/** When the poster was made (ms), for its footer. */
	generatedAt: number;
	/** With the class wheel of median faces (default true). */
	wheel?: boolean;
}

/** A printed poster: the layout's options and the paper (A4 unless A3 is asked for). */
export interface ClassPosterOptions extends ClassLayoutOptions {
	pageSize?: PageSize;
}

/**
 * The klassenafspraken poster in the plan's blocks: the agreements as big cards, the day to
 * look back, then per discussed element what the class chose (counts as `projected`, so one or
 * two children are never told apart) and what the class said, and the class wheel. The record
 * holds no pupil names, so none can appear.
 */
export function classLayout(record: ClassRecord, opts: ClassLayoutOptions): PlanLayout {
	const c = t.class;
	const group = record.session.group;
	const { agreements, lookBackDate } = record.agreements;
	const sections: Section[] = [
		{
			id: 'classAgreements',
			heading: c.agreements,
			blocks: [
				agreements.length
					? {
							kind: 'pledges',
							whoLabel: t.who,
							whenLabel: t.when,
							cards: agreements.map((a) => ({
								what: a.what,
								who: classWhoLabel(a.who),
								when: a.when.trim() ? formatWhen(a.when) : ''
							}))
						}
					: { kind: 'empty', text: c.noAgreements, quiet: true }
			]
		},
		{
			id: 'lookBack',
			heading: c.lookBackHeading,
			blocks: [
				lookBackDate
					? { kind: 'date', text: c.lookBack(formatDay(lookBackDate)) }
					: { kind: 'empty', text: c.noLookBack, quiet: false }
			]
		}
	];
	for (const elementId of record.session.elements) {
		const result = resultFor(record, elementId);
		if (!isDiscussed(result)) continue;
		// Only notes, no choices counted: no row of zeros.
		const blocks: Block[] =
			totalOf(result.counts) > 0
				? [
						{
							kind: 'faces',
							elementId,
							caption: c.chose,
							faces: FACES.map((face) => ({
								face,
								label: m.faces[face],
								count: classCount(result.counts[face])
							}))
						}
					]
				: [];
		if (result.notes.trim())
			blocks.push({ kind: 'field', label: c.said, value: result.notes, missing: '' });
		sections.push({
			id: 'classElement',
			heading: elementText(elementId).name,
			elementId,
			blocks
		});
	}
	const medians = Object.entries(classMedians(record)) as [ElementId, Face][];
	if ((opts.wheel ?? true) && medians.length)
		sections.push({
			id: 'classWheel',
			heading: c.wheel,
			blocks: [
				{
					kind: 'wheel',
					wheel: {
						participants: [{ id: 'class', name: group }],
						answers: medians.map(([elementId, face]) => ({
							participantId: 'class',
							elementId,
							score: faceToScore(face)
						}))
					},
					faces: ['class'],
					alt: c.wheelAlt(group),
					legend: c.legend
				}
			]
		});
	return {
		audience: 'class',
		title: `${c.title} – ${group}`,
		fileTitle: c.title,
		header: { heading: c.title, title: group },
		sections,
		footer: t.generatedAt(formatDate(opts.generatedAt))
	};
}
