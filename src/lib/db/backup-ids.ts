import { newId } from '$lib/domain/conversation';
import { ELEMENT_IDS } from '$lib/domain/elements';
import { suggestionKey, type ItemField } from '$lib/domain/plan-suggestions';
import type { z } from 'zod';

// The ids of a backup file's records (see docs/backup-format.md, "Ids"). Ids are stored in the
// clear (they are keys) and conversation ids go into URLs, so a file's ids are never stored
// unless they are of the app's own format: every other id gets a fresh newId, the same one
// everywhere it is referenced. This runs on the file's records before their schemas, so an id
// of any length or spelling is replaced instead of refused; only an id that is no text at all
// (a number, nothing) is refused, with its own message (`invalidId`).

/** The app's own id format: what newId (crypto.randomUUID) makes. */
const APP_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function isAppId(id: string): boolean {
	return APP_ID.test(id);
}

export const RECORD_KINDS = [
	'conversations',
	'answers',
	'plans',
	'coachNotes',
	'classSessions',
	'childVoices'
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/**
 * Every field of a backup's records that holds an id, as a path (`[]`: each item of an array).
 * `declares`: the field names a conversation, person or note; the others refer to one. Person
 * ids (participants and the plan's supporters) are scoped to their conversation.
 * `suggestion`: a plan's suggestion key (`strengths:<person>:<element>`, see
 * domain/plan-suggestions.ts), which holds a person id, or two (person and child).
 * A new field that holds an id is one line here.
 */
export const ID_FIELDS: readonly {
	kind: RecordKind;
	path: string;
	/**
	 * `record`: a row's own id (a coach note), app-wide like conversation ids. `classSession`:
	 * a class session's id (app-wide too: it goes into URLs like a conversation's).
	 */
	holds: 'conversation' | 'person' | 'record' | 'suggestion' | 'classSession';
	declares?: true;
	/** Free words or an id: only a value that is one of the conversation's ids is mapped. */
	words?: true;
}[] = [
	{ kind: 'conversations', path: 'id', holds: 'conversation', declares: true },
	{ kind: 'answers', path: 'conversationId', holds: 'conversation' },
	// A follow-up names the first conversation of its series.
	{ kind: 'conversations', path: 'seriesId', holds: 'conversation' },
	// A follow-up's look-back names the conversation whose plan it looks back at.
	{ kind: 'conversations', path: 'lookBack.previousId', holds: 'conversation' },
	{ kind: 'plans', path: 'conversationId', holds: 'conversation' },
	{ kind: 'conversations', path: 'participants[].id', holds: 'person', declares: true },
	{ kind: 'plans', path: 'supporters[].id', holds: 'person', declares: true },
	{ kind: 'answers', path: 'participantId', holds: 'person' },
	{ kind: 'answers', path: 'childId', holds: 'person' },
	{ kind: 'conversations', path: 'children[]', holds: 'person' },
	{ kind: 'conversations', path: 'skipped[].participantId', holds: 'person' },
	{ kind: 'conversations', path: 'skipped[].childId', holds: 'person' },
	{ kind: 'plans', path: 'strengths[].childId', holds: 'person' },
	{ kind: 'plans', path: 'worries[].childId', holds: 'person' },
	{ kind: 'plans', path: 'focus[].childId', holds: 'person' },
	{ kind: 'plans', path: 'focus[].draft.who', holds: 'person' },
	{ kind: 'plans', path: 'focus[].draft.support', holds: 'person', words: true },
	{ kind: 'plans', path: 'strengths[].participantId', holds: 'person' },
	{ kind: 'plans', path: 'worries[].participantId', holds: 'person' },
	{ kind: 'plans', path: 'focus[].actions[].who', holds: 'person' },
	{ kind: 'plans', path: 'focus[].actions[].support', holds: 'person', words: true },
	{ kind: 'plans', path: 'regisseur', holds: 'person' },
	{ kind: 'plans', path: 'agreements[].participantId', holds: 'person' },
	// An accepted suggestion keeps its key as its id; a removed one is kept by its key.
	{ kind: 'plans', path: 'strengths[].id', holds: 'suggestion' },
	{ kind: 'plans', path: 'worries[].id', holds: 'suggestion' },
	{ kind: 'plans', path: 'dismissed[]', holds: 'suggestion' },
	{ kind: 'coachNotes', path: 'id', holds: 'record', declares: true },
	{ kind: 'coachNotes', path: 'conversationId', holds: 'conversation' },
	{ kind: 'coachNotes', path: 'participantId', holds: 'person' },
	{ kind: 'childVoices', path: 'conversationId', holds: 'conversation' },
	{ kind: 'childVoices', path: 'childId', holds: 'person' },
	// A class record holds no person at all; its agreements' ids are its own and stay.
	{ kind: 'classSessions', path: 'session.id', holds: 'classSession', declares: true },
	{ kind: 'classSessions', path: 'session.seriesId', holds: 'classSession' }
];

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Calls `visit` on each string at `path`; returns the record with each replaced by its result. */
function mapPath(value: unknown, path: readonly string[], visit: (id: string) => string): unknown {
	if (path.length === 0) return typeof value === 'string' ? visit(value) : value;
	const [head = '', ...rest] = path;
	const many = head.endsWith('[]');
	const key = many ? head.slice(0, -2) : head;
	if (!isPlainObject(value) || !Object.hasOwn(value, key)) return value;
	const inner = value[key];
	const next = many
		? Array.isArray(inner)
			? inner.map((item) => mapPath(item, rest, visit))
			: inner
		: mapPath(inner, rest, visit);
	return { ...value, [key]: next };
}

/**
 * The conversation a record belongs to (a class session: itself), as the file names it; none
 * when that is no text.
 */
function ownerOf(kind: RecordKind, record: unknown): string | undefined {
	if (!isPlainObject(record)) return undefined;
	if (kind === 'classSessions') {
		const session = Object.hasOwn(record, 'session') ? record.session : undefined;
		return ownerOf('conversations', session);
	}
	const key = kind === 'conversations' ? 'id' : 'conversationId';
	const owner = Object.hasOwn(record, key) ? record[key] : undefined;
	return typeof owner === 'string' ? owner : undefined;
}

const ELEMENTS: readonly string[] = ELEMENT_IDS;
const SUGGESTION = /^(strengths|worries):(.+):([a-z]+)$/s;

/**
 * A suggestion key with its person ids mapped: `field:person:element` or
 * `field:person:child:element`. Ids may hold a colon themselves, so the person is found
 * among the conversation's own ids rather than by splitting; any other key stays as it is.
 */
function mapSuggestionKey(key: string, people: ReadonlyMap<string, string>): string {
	const match = SUGGESTION.exec(key);
	if (!match) return key;
	const [, field, middle = '', elementId = ''] = match;
	if (!ELEMENTS.includes(elementId)) return key;
	const element = elementId as (typeof ELEMENT_IDS)[number];
	const person = people.get(middle);
	if (person !== undefined) return suggestionKey(field as ItemField, person, element);
	for (const [from, to] of people) {
		if (!middle.startsWith(`${from}:`)) continue;
		const child = people.get(middle.slice(from.length + 1));
		if (child !== undefined) return suggestionKey(field as ItemField, to, element, child);
	}
	return key;
}

/**
 * The file's records (not yet checked) with every id of another format replaced by a fresh
 * one, the same one everywhere it is referenced; ids of the app's format are kept, so a
 * backup made by this app still finds its conversations on this device. A reference to an id
 * the file does not declare stays as it is (the checks after this refuse it).
 */
export function withAppIds(records: Record<RecordKind, readonly unknown[]>) {
	const conversationIds = new Map<string, string>();
	const noteIds = new Map<string, string>();
	const classSessionIds = new Map<string, string>();
	const personIds = new Map<string, Map<string, string>>();
	const peopleOf = (owner: string) => {
		let people = personIds.get(owner);
		if (!people) personIds.set(owner, (people = new Map()));
		return people;
	};
	const mapOf = (holds: (typeof ID_FIELDS)[number]['holds'], owner: string) =>
		holds === 'conversation'
			? conversationIds
			: holds === 'record'
				? noteIds
				: holds === 'classSession'
					? classSessionIds
					: peopleOf(owner);
	const fresh = (map: Map<string, string>, id: string) => {
		// An empty id is no id: it is refused after this (an answer's childId '' means none).
		if (id !== '' && !map.has(id)) map.set(id, isAppId(id) ? id : newId());
		return id;
	};
	for (const field of ID_FIELDS.filter((f) => f.declares)) {
		const segments = field.path.split('.');
		for (const record of records[field.kind]) {
			const owner = ownerOf(field.kind, record);
			if (owner === undefined) continue;
			const map = mapOf(field.holds, owner);
			mapPath(record, segments, (id) => fresh(map, id));
		}
	}
	const out = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, [...records[kind]]])) as Record<
		RecordKind,
		unknown[]
	>;
	for (const field of ID_FIELDS) {
		const segments = field.path.split('.');
		out[field.kind] = out[field.kind].map((record, i) => {
			// The owner as the file names it, read from the record before any mapping.
			const owner = ownerOf(field.kind, records[field.kind][i]);
			if (owner === undefined) return record;
			const map = mapOf(field.holds, owner);
			const visit =
				field.holds === 'suggestion'
					? (key: string) => mapSuggestionKey(key, map)
					: (id: string) => map.get(id) ?? id;
			return mapPath(record, segments, visit);
		});
	}
	return out;
}

const ID_PATHS = new Map(
	RECORD_KINDS.map((kind) => [
		kind,
		new Set(
			ID_FIELDS.filter((f) => f.kind === kind && f.holds !== 'suggestion' && !f.words).map(
				(f) => f.path
			)
		)
	])
);

/**
 * Whether a record's schema issue is about an id that is no usable text (a number, nothing,
 * empty): such an id cannot be mapped, and says so (`invalidId`) instead of `invalidRecord`.
 */
export function isIdIssue(
	kind: RecordKind,
	issue: z.ZodError['issues'][number] | undefined
): boolean {
	if (!issue || !['invalid_type', 'too_small', 'too_big'].includes(issue.code)) return false;
	const path = issue.path.reduce<string>(
		(out, p) =>
			typeof p === 'number' ? `${out}[]` : out === '' ? String(p) : `${out}.${String(p)}`,
		''
	);
	return ID_PATHS.get(kind)?.has(path) === true;
}
