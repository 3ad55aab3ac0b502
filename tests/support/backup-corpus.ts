import type { AnswerPatch } from '$lib/domain/answer';
import type { Conversation } from '$lib/domain/conversation';
import type { ElementId } from '$lib/domain/elements';
import type { Plan } from '$lib/domain/plan';
import {
	BACKUP_FORMAT,
	MAX_ANSWERS,
	MAX_BACKUP_BYTES,
	MAX_CONVERSATIONS,
	MAX_PLANS,
	type BackupErrorKey
} from '$lib/db/backup';
import type { Repos } from '$lib/db';
import { MAX_TIMESTAMP, MIN_TIMESTAMP } from '$lib/domain/time';

// Test support for backup.spec.ts: the realistic database the frozen backup fixtures were made
// from, and a corpus of hostile backup files derived from a valid one.

const day = (d: number, h = 10) => Date.UTC(2026, 10, d, h, 0, 0);

/** Participant ids as the app makes them (newId): a restore keeps ids of this format. */
export const P = {
	zoe: '9f1c2a4e-5b6d-4c7e-8f90-a1b2c3d4e501',
	ans: '9f1c2a4e-5b6d-4c7e-8f90-a1b2c3d4e502',
	henk: '9f1c2a4e-5b6d-4c7e-8f90-a1b2c3d4e503',
	daan: '9f1c2a4e-5b6d-4c7e-8f90-a1b2c3d4e504',
	/** A supporter in the plan (not a participant). */
	sanne: '9f1c2a4e-5b6d-4c7e-8f90-a1b2c3d4e505'
} as const;

/**
 * A family conversation ("om de beurt", three people including a child of 4–7, notes with emoji
 * and ë, scores and unanswered ones, a full plan) and a youth's self-reflection.
 */
export async function seedExample(
	repos: Repos
): Promise<{ family: Conversation; self: Conversation }> {
	const family = await repos.conversations.create(
		{
			kind: 'family',
			title: 'Gezin Zoë',
			mode: 'turns',
			revealed: [],
			participants: [
				{ id: P.zoe, name: 'Zoë', role: 'child', ageGroup: '4-7' },
				{ id: P.ans, name: 'Ans', role: 'parent' },
				{ id: P.henk, name: 'Opa Henk', role: 'network', relation: 'opa' }
			]
		},
		day(2, 9)
	);
	const a = (participant: string, element: ElementId, patch: AnswerPatch, t: number) =>
		repos.answers.save(family.id, participant, element, patch, t);
	await a(
		P.zoe,
		'heard',
		{ score: 8, strengths: 'Mama luistert als ik verdrietig ben 😊' },
		day(2, 10)
	);
	await a(P.ans, 'heard', { score: 7 }, day(2, 10));
	await a(
		P.henk,
		'heard',
		{ score: 8, strengths: 'Zoë vertelt opa alles over school' },
		day(2, 10)
	);
	await a(
		P.zoe,
		'belonging',
		{ score: 4, worries: 'Op het schoolplein speelt niemand met mij 😢', wantsToTalk: true },
		day(2, 11)
	);
	await a(P.ans, 'belonging', { score: 8 }, day(2, 11));
	await a(
		P.henk,
		'belonging',
		{ score: 6, worries: 'Ze zegt dat ze geen vriendjes heeft' },
		day(2, 11)
	);
	await a(P.zoe, 'active', { score: 10, strengths: 'Zwemmen!! 🏊‍♀️🏊‍♀️' }, day(2, 12));
	await a(P.ans, 'active', { score: 9 }, day(2, 12));
	await a(P.henk, 'active', { score: 9, wishes: 'Samen naar de kinderboerderij 🐐' }, day(2, 12));
	await a(P.zoe, 'home', { score: null, wishes: 'Meer tijd met papa' }, day(2, 13));
	await a(
		P.ans,
		'home',
		{ score: 6, worries: "Sinds de scheiding is het onrustig, ook voor Zoë's broertje" },
		day(2, 13)
	);
	await a(
		P.ans,
		'safe',
		{ score: null, wantsToTalk: true, worries: 'Ruzie bij de overdracht "op zondag"' },
		day(2, 14)
	);
	await a(
		P.ans,
		'developing',
		{ score: 8, strengths: 'Ze kent al alle letters – knap hè?' },
		day(2, 14)
	);
	await repos.conversations.update(family.id, { revealed: ['heard', 'belonging'] }, day(2, 15));

	const plan: Plan = {
		conversationId: family.id,
		strengths: [
			{
				id: 's1',
				text: 'Zoë zwemt graag en is daar trots op 🏅',
				participantId: P.zoe,
				elementId: 'active'
			},
			{ id: 's2', text: 'Opa is er elke woensdag' }
		],
		worries: [
			{
				id: 'w1',
				text: 'Zoë voelt zich alleen op het schoolplein',
				participantId: P.zoe,
				elementId: 'belonging'
			}
		],
		dismissed: ['low:home'],
		focus: [
			{
				elementId: 'belonging',
				childId: 'p-zoe',
				goal: 'Zoë heeft in de pauze iemand om mee te spelen',
				actions: [
					{
						id: 'a1',
						what: 'Juf Sanne vragen om een speelmaatje',
						who: P.ans,
						when: '2026-11-30',
						support: P.sanne
					},
					{
						id: 'a2',
						what: 'Een vriendje uitnodigen om te spelen',
						who: P.zoe,
						when: 'elke week',
						support: P.ans
					}
				]
			},
			{
				elementId: 'home',
				childId: null,
				goal: 'Rustige overdracht op zondag',
				actions: [
					{
						id: 'a3',
						what: 'Overdracht bij opa thuis',
						who: P.henk,
						when: 'op zondag',
						support: ''
					}
				]
			}
		],
		supporters: [{ id: P.sanne, name: 'Juf Sanne', relation: 'leerkracht' }],
		planB: 'Als het niet lukt, bellen we de CJG-coach.\nDan kijken we samen opnieuw.',
		safety: 'Bij ruzie gaat Zoë even naar opa.',
		regisseur: P.ans,
		evaluationDate: '2027-01-11',
		agreements: [],
		createdAt: day(3, 9),
		updatedAt: day(3, 9)
	};
	await repos.plans.save({
		...plan,
		agreements: [
			{ participantId: P.zoe, at: day(3, 10) },
			{ participantId: P.ans, at: day(3, 10) },
			{ participantId: P.henk, at: day(3, 11) }
		],
		updatedAt: day(3, 11)
	});

	const self = await repos.conversations.create(
		{
			kind: 'self',
			title: 'Mijn kansencirkel',
			mode: 'open',
			revealed: [],
			participants: [{ id: P.daan, name: 'Daan', role: 'child', ageGroup: '12-18' }]
		},
		day(10, 15)
	);
	await repos.answers.save(
		self.id,
		P.daan,
		'heard',
		{ score: 5, worries: 'Thuis luistert niemand echt' },
		day(10, 15)
	);
	await repos.answers.save(
		self.id,
		P.daan,
		'active',
		{ score: 9, strengths: 'Voetbal met mijn team ⚽' },
		day(10, 15)
	);
	await repos.answers.save(
		self.id,
		P.daan,
		'healthy',
		{ score: 3, wantsToTalk: true, worries: 'Ik slaap slecht' },
		day(10, 16)
	);
	await repos.answers.save(
		self.id,
		P.daan,
		'safe',
		{ score: null, wantsToTalk: true },
		day(10, 16)
	);
	return {
		family: (await repos.conversations.get(family.id))!,
		self: (await repos.conversations.get(self.id))!
	};
}

// ---------------------------------------------------------------------------------------------
// Hostile files

export interface HostileFile {
	name: string;
	/** The error parseBackup must give. */
	expected: BackupErrorKey;
	/** Big files are made only when asked for, once. */
	large?: boolean;
	text: () => string;
}

type Path = readonly (string | number)[];
type Node = Record<string | number, unknown>;

function walk(root: unknown, path: Path): Node {
	let node = root;
	for (const key of path) node = (node as Node)[key];
	return node as Node;
}

function parent(root: unknown, path: Path): [Node, string | number] {
	return [walk(root, path.slice(0, -1)), path[path.length - 1]!];
}

/** A JSON literal that JSON.stringify cannot write (1e309, NaN), put in place afterwards. */
const RAW = '@@raw@@';
const raw = (literal: string) => `${RAW}${literal}${RAW}`;
const rawPattern = new RegExp(`"${RAW}(.*?)${RAW}"`, 'g');

function lazy(make: () => string): () => string {
	let cached: string | undefined;
	return () => (cached ??= make());
}

const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const WRONG_SAMPLES: readonly unknown[] = [42, 'x', true, null, [], {}];
/** Fields that may be null; a wrong value there is one of another type than the non-null one. */
const NULLABLE = new Set(['score', 'regisseur', 'evaluationDate']);

/**
 * At least 200 distinct bad backup files, derived from `validText` (a valid v1 backup with a
 * family conversation with three participants and a plan with focus, actions, supporters and
 * agreements, plus a second conversation).
 */
export function hostileBackups(validText: string): HostileFile[] {
	const files: HostileFile[] = [];
	const base = () => JSON.parse(validText) as Node;
	const add = (name: string, expected: BackupErrorKey, text: string) =>
		files.push({ name, expected, text: () => text });
	const addLarge = (name: string, expected: BackupErrorKey, make: () => string) =>
		files.push({ name, expected, large: true, text: lazy(make) });
	/** A changed copy of the valid file. */
	const variant = (name: string, expected: BackupErrorKey, change: (file: Node) => void) => {
		const file = base();
		change(file);
		add(name, expected, JSON.stringify(file, null, '\t').replace(rawPattern, '$1'));
	};
	const set = (path: Path, value: unknown) => (file: Node) => {
		const [node, key] = parent(file, path);
		node[key] = value;
	};
	const remove = (path: Path) => (file: Node) => {
		const [node, key] = parent(file, path);
		delete node[key];
	};

	const sample = base();
	const data = ['payload', 'data'];
	const conversations = [...data, 'conversations'];
	const answers = [...data, 'answers'];
	const plans = [...data, 'plans'];
	const family = [...conversations, 0];
	const familyId = walk(sample, family).id as string;
	const participants = walk(sample, [...family, 'participants']) as unknown as Node[];
	const child = [...family, 'participants', participants.findIndex((p) => p.role === 'child')];
	const network = [...family, 'participants', participants.findIndex((p) => p.role === 'network')];
	const answerList = walk(sample, answers) as unknown as Node[];
	const scored = [
		...answers,
		answerList.findIndex((a) => a.conversationId === familyId && a.score !== null)
	];
	const plan = [...plans, 0];
	const self = [...conversations, 1];
	const selfParticipant = (walk(sample, [...self, 'participants', 0]) as Node).id as string;
	const label = (path: Path) =>
		path
			.slice(path[0] === 'payload' && path[1] === 'data' ? 2 : 0)
			.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
			.join('')
			.replace(/^\./, '');

	// --- empty, not JSON, truncated, wrong shape ---------------------------------------------
	for (const [name, text] of [
		['empty string', ''],
		['one space', ' '],
		['newlines', '\n\n\n'],
		['mixed whitespace', ' \t\r\n \t '],
		['byte order mark only', '\uFEFF'],
		['byte order mark and whitespace', '\uFEFF  \n']
	] as const)
		add(name, 'empty', text);

	for (const [name, text] of [
		['plain text', 'hallo, dit is mijn back-up'],
		['html page', '<!doctype html><html><body>Not found</body></html>'],
		['single quotes', "{'format': 'kansencirkel-backup', 'formatVersion': 1}"],
		['unquoted keys', '{format: "kansencirkel-backup", formatVersion: 1}'],
		['the word undefined', 'undefined'],
		['NaN literal', 'NaN'],
		['Infinity literal', 'Infinity'],
		['trailing comma', '{"format": "kansencirkel-backup",}'],
		['comment', '// back-up\n{"format": "kansencirkel-backup"}'],
		['two objects', '{"a": 1} {"b": 2}'],
		['valid file twice', validText + validText],
		['valid file with extra brace', validText.trimEnd() + '}'],
		['valid file with trailing comma', validText.trimEnd() + ','],
		['nul byte', '\u0000'],
		['zip header', 'PK\u0003\u0004\u0014\u0000\u0006\u0000'],
		['pdf header', '%PDF-1.7\n%âãÏÓ'],
		['unclosed array', '[1, 2'],
		['unterminated string', '"kansencirkel-backup'],
		['csv', 'id,title,score\n1,Gezin,7'],
		['base64 blob', 'eyJmb3JtYXQiOiJrYW5zZW5jaXJrZWwtYmFja3VwIn0='],
		['score NaN literal', validText.replace(/"score": \d+/, '"score": NaN')],
		['score Infinity literal', validText.replace(/"score": \d+/, '"score": Infinity')],
		['lone surrogate escape broken', '{"format": "\\ud800\\"}']
	] as const)
		add(name, 'corrupt', text);

	const end = validText.lastIndexOf('}');
	const cuts = 40;
	for (let i = 1; i <= cuts; i++) {
		const at = Math.max(1, Math.floor((end * i) / (cuts + 1)));
		add(`truncated at ${at} of ${validText.length}`, 'corrupt', validText.slice(0, at));
	}
	add('truncated before last brace', 'corrupt', validText.slice(0, end));

	for (const [name, text] of [
		['null', 'null'],
		['zero', '0'],
		['number', '42'],
		['negative number', '-1'],
		['float', '3.14'],
		['true', 'true'],
		['false', 'false'],
		['string', '"kansencirkel-backup"'],
		['empty string JSON', '""'],
		['empty array', '[]'],
		['array of empty object', '[{}]'],
		['backup inside an array', `[${validText}]`],
		['empty object', '{}'],
		['data without envelope', JSON.stringify(walk(sample, data))],
		['records only', JSON.stringify(walk(sample, conversations))]
	] as const)
		add(`wrong shape: ${name}`, 'notBackup', text);

	// --- format and formatVersion ------------------------------------------------------------
	for (const format of [
		'kansencirkel',
		'Kansencirkel-backup',
		'KANSENCIRKEL-BACKUP',
		' kansencirkel-backup',
		'kansencirkel-backup ',
		'kansencirkel-backup-v2',
		'lifewheel-backup',
		''
	])
		variant(`format ${JSON.stringify(format)}`, 'notBackup', set(['format'], format));
	variant('format missing', 'notBackup', remove(['format']));

	for (const [name, value] of [
		['0', 0],
		['-1', -1],
		['1.5', 1.5],
		['"1"', '1'],
		['"2"', '2'],
		['"v1"', 'v1'],
		['1e309', raw('1e309')],
		['-1e309', raw('-1e309')],
		['1e300', 1e300],
		['2^53 + 1', raw('9007199254740993')]
	] as const)
		variant(`formatVersion ${name}`, 'unknownVersion', set(['formatVersion'], value));
	variant('formatVersion missing', 'unknownVersion', remove(['formatVersion']));
	for (const version of [2, 3, 99, 2 ** 31])
		variant(`formatVersion ${version} (future)`, 'newerVersion', set(['formatVersion'], version));

	// --- every field of the envelope and of every record type, wrong-typed ------------------
	const wrongTyped = (path: Path, expected: BackupErrorKey) => {
		const original = walk(sample, path.slice(0, -1))[path[path.length - 1]!];
		const key = String(path[path.length - 1]);
		for (const value of WRONG_SAMPLES) {
			if (kindOf(value) === kindOf(original)) continue;
			if (value === null && NULLABLE.has(key)) continue;
			variant(`${label(path)} is ${kindOf(value)}`, expected, set(path, value));
		}
	};
	/** Every field wrong-typed; a field that holds an id is refused as such (`invalidId`). */
	const everyField = (path: Path, expected: BackupErrorKey, ids: readonly string[] = []) => {
		for (const key of Object.keys(walk(sample, path)))
			wrongTyped([...path, key], ids.includes(key) ? 'invalidId' : expected);
	};
	wrongTyped(['format'], 'notBackup');
	wrongTyped(['formatVersion'], 'unknownVersion');
	for (const key of ['appVersion', 'createdAt', 'scope', 'payload'])
		wrongTyped([key], 'invalidEnvelope');
	for (const key of ['encoding', 'data']) wrongTyped(['payload', key], 'invalidEnvelope');
	for (const key of ['conversations', 'answers', 'plans'])
		wrongTyped([...data, key], 'invalidEnvelope');

	everyField(family, 'invalidRecord', ['id']);
	everyField(child, 'invalidRecord', ['id']);
	wrongTyped([...network, 'relation'], 'invalidRecord');
	everyField(scored, 'invalidRecord', ['conversationId', 'participantId']);
	everyField(plan, 'invalidRecord', ['conversationId', 'regisseur']);
	const itemIds: Record<string, string[]> = {
		strengths: ['participantId'],
		worries: ['participantId'],
		focus: [],
		supporters: ['id'],
		agreements: ['participantId']
	};
	for (const [list, ids] of Object.entries(itemIds))
		everyField([...plan, list, 0], 'invalidRecord', ids);
	// `support` holds free words or an id: a wrong one is just a wrong record.
	everyField([...plan, 'focus', 0, 'actions', 0], 'invalidRecord', ['who']);

	// --- missing required fields -------------------------------------------------------------
	for (const key of ['appVersion', 'createdAt', 'scope', 'payload'])
		variant(`${key} missing`, 'invalidEnvelope', remove([key]));
	variant('payload.encoding missing', 'invalidEnvelope', remove(['payload', 'encoding']));
	variant('payload.data missing', 'invalidEnvelope', remove(['payload', 'data']));
	for (const key of ['conversations', 'answers', 'plans'])
		variant(`${key} missing`, 'invalidEnvelope', remove([...data, key]));
	const required: [Path, string[]][] = [
		[family, ['id', 'kind', 'title', 'participants', 'createdAt', 'updatedAt']],
		[child, ['id', 'name', 'role', 'ageGroup']],
		[scored, ['conversationId', 'participantId', 'elementId', 'updatedAt']],
		[plan, ['conversationId', 'createdAt', 'updatedAt']],
		[[...plan, 'focus', 0], ['elementId']],
		[
			[...plan, 'focus', 0, 'actions', 0],
			['id', 'what', 'who']
		],
		[
			[...plan, 'supporters', 0],
			['id', 'name']
		]
	];
	// A missing id is refused as such; an action's own id is no reference, just a field.
	const isId = (path: Path, key: string) =>
		['conversationId', 'participantId', 'who'].includes(key) ||
		(key === 'id' && path[path.length - 2] !== 'actions');
	for (const [path, keys] of required)
		for (const key of keys)
			variant(
				`${label([...path, key])} missing`,
				isId(path, key) ? 'invalidId' : 'invalidRecord',
				remove([...path, key])
			);

	// --- encodings and scope -----------------------------------------------------------------
	const aesGcm = {
		encoding: 'aes-gcm',
		kdf: { name: 'PBKDF2', iterations: 600000, hash: 'SHA-256', salt: 'c2FsdHNhbHRzYWx0c2FsdA==' },
		iv: 'aXZpdml2aXZpdml2',
		ciphertext: 'Y2lwaGVydGV4dGNpcGhlcnRleHQ='
	};
	variant('aes-gcm payload', 'encrypted', set(['payload'], aesGcm));
	// Parts the app does not know are refused, never skipped without a word.
	variant('a key next to the envelope fields', 'unknownParts', set(['comment'], 'van de tablet'));
	variant('a __DATA__ key next to the payload', 'unknownParts', set(['__DATA__'], { x: 1 }));
	variant('a second data next to the payload', 'unknownParts', set(['data'], walk(sample, data)));
	variant('a key next to payload.data', 'unknownParts', set(['payload', 'extra'], true));
	variant('a list the app does not know in data', 'unknownParts', set([...data, 'photos'], []));
	variant(
		'aes-gcm payload with a key the app does not know',
		'unknownParts',
		set(['payload'], { ...aesGcm, hint: 'de naam van de hond' })
	);
	variant(
		'aes-gcm kdf with a key the app does not know',
		'invalidEnvelope',
		set(['payload'], { ...aesGcm, kdf: { ...aesGcm.kdf, memory: 1 } })
	);
	variant('an unknown key and a wrong field: the wrong field', 'invalidEnvelope', (file) => {
		file.comment = 'x';
		file.scope = 'everything';
	});
	variant(
		'aes-gcm payload without kdf',
		'invalidEnvelope',
		set(['payload'], { encoding: 'aes-gcm' })
	);
	variant(
		'aes-gcm encoding with plain data',
		'invalidEnvelope',
		set(['payload', 'encoding'], 'aes-gcm')
	);
	for (const encoding of ['AES-GCM', 'gzip', 'base64', 'Plain', 'plain ', '', 'rot13'])
		variant(
			`encoding ${JSON.stringify(encoding)}`,
			'unknownEncoding',
			set(['payload', 'encoding'], encoding)
		);
	for (const scope of ['everything', 'All', '', 'conversations'])
		variant(`scope ${JSON.stringify(scope)}`, 'invalidEnvelope', set(['scope'], scope));
	variant(
		'scope conversation with two conversations',
		'scopeMismatch',
		set(['scope'], 'conversation')
	);
	variant('scope conversation without conversations', 'scopeMismatch', (file) => {
		file.scope = 'conversation';
		walk(file, data).conversations = [];
		walk(file, data).answers = [];
		walk(file, data).plans = [];
	});
	for (const [name, value] of [
		['yesterday', 'yesterday'],
		['30 February', '2026-02-30T10:00:00.000Z'],
		['Dutch date', '23-11-2026'],
		['date only', '2026-11-23'],
		['empty', ''],
		['hour 25', '2026-11-23T25:00:00Z']
	] as const)
		variant(`createdAt ${name}`, 'invalidEnvelope', set(['createdAt'], value));
	variant('appVersion empty', 'invalidEnvelope', set(['appVersion'], ''));
	variant('appVersion huge', 'invalidEnvelope', set(['appVersion'], '1.'.repeat(1000)));

	// --- ids colliding, references -----------------------------------------------------------
	variant('two conversations with the same id', 'duplicate', set([...self, 'id'], familyId));
	variant('conversation listed twice', 'duplicate', (file) => {
		(walk(file, conversations) as unknown as Node[]).push(walk(file, family));
	});
	variant('answer listed twice', 'duplicate', (file) => {
		(walk(file, answers) as unknown as Node[]).push(walk(file, scored));
	});
	variant('same answer key with different score', 'duplicate', (file) => {
		(walk(file, answers) as unknown as Node[]).push({ ...walk(file, scored), score: 1 });
	});
	variant('two plans for one conversation', 'duplicate', (file) => {
		(walk(file, plans) as unknown as Node[]).push({ ...walk(file, plan), planB: 'Anders' });
	});
	variant('participant id twice in a conversation', 'invalidRecord', (file) => {
		const list = walk(file, [...family, 'participants']) as unknown as Node[];
		list.push({ ...list[0], name: 'Tweeling' });
	});
	variant(
		'answer to a missing conversation',
		'brokenReference',
		set([...scored, 'conversationId'], 'nope')
	);
	variant('answer by a stranger', 'brokenReference', set([...scored, 'participantId'], 'stranger'));
	variant(
		'answer by a participant of another conversation',
		'brokenReference',
		set([...scored, 'participantId'], selfParticipant)
	);
	variant(
		'plan of a missing conversation',
		'brokenReference',
		set([...plan, 'conversationId'], 'nope')
	);
	variant('answers without conversations', 'brokenReference', (file) => {
		walk(file, data).conversations = [];
		walk(file, data).plans = [];
	});
	for (const element of ['happiness', '', 'Heard', 'HEARD', '__proto__x'])
		variant(
			`answer on unknown element ${JSON.stringify(element)}`,
			'invalidRecord',
			set([...scored, 'elementId'], element)
		);
	variant('revealed unknown element', 'invalidRecord', set([...family, 'revealed'], ['happiness']));
	variant(
		'focus on unknown element',
		'invalidRecord',
		set([...plan, 'focus', 0, 'elementId'], 'luck')
	);

	// --- prototype keys at several depths ----------------------------------------------------
	const depths: [string, Path][] = [
		['top level', []],
		['payload', ['payload']],
		['data', data],
		['conversation', family],
		['participant', child],
		['answer', scored],
		['plan', plan],
		['plan action', [...plan, 'focus', 0, 'actions', 0]]
	];
	const payloads = new Map<string, unknown>([
		['__proto__', { polluted: 'yes', isAdmin: true }],
		['constructor', { prototype: { polluted: 'yes' } }],
		['prototype', { polluted: 'yes' }]
	]);
	for (const [where, path] of depths)
		for (const key of ['__proto__', 'constructor', 'prototype'])
			variant(`${key} key in ${where}`, 'forbiddenKey', (file) => {
				// An own property: assigning `__proto__` would change the object's prototype instead.
				Object.defineProperty(walk(file, path), key, {
					value: payloads.get(key),
					enumerable: true,
					configurable: true,
					writable: true
				});
			});
	variant('format only reachable through __proto__', 'notBackup', (file) => {
		delete file.format;
		Object.defineProperty(file, '__proto__', {
			value: { format: BACKUP_FORMAT },
			enumerable: true
		});
	});
	variant('participant name only reachable through __proto__', 'forbiddenKey', (file) => {
		const p = walk(file, child);
		Object.defineProperty(p, '__proto__', { value: { name: p.name }, enumerable: true });
		delete p.name;
	});

	// --- sizes and counts (made once, when asked) --------------------------------------------
	const selfConversation = walk(sample, self);
	addLarge(`${10_000} conversations`, 'tooMany', () => {
		const file = base();
		walk(file, data).conversations = Array.from({ length: 10_000 }, (_, i) => ({
			...selfConversation,
			id: `c-${i}`
		}));
		return JSON.stringify(file);
	});
	addLarge(`${MAX_CONVERSATIONS + 1} conversations`, 'tooMany', () => {
		const file = base();
		walk(file, data).conversations = Array.from({ length: MAX_CONVERSATIONS + 1 }, (_, i) => ({
			...selfConversation,
			id: `c-${i}`
		}));
		return JSON.stringify(file);
	});
	addLarge(`${MAX_ANSWERS + 1} answers`, 'tooMany', () => {
		const file = base();
		const one = walk(sample, scored);
		walk(file, data).answers = Array.from({ length: MAX_ANSWERS + 1 }, () => one);
		return JSON.stringify(file);
	});
	addLarge(`${MAX_PLANS + 1} plans`, 'tooMany', () => {
		const file = base();
		const one = walk(sample, plan);
		walk(file, data).plans = Array.from({ length: MAX_PLANS + 1 }, () => one);
		return JSON.stringify(file);
	});
	addLarge('a 20 MB note', 'invalidRecord', () => {
		const file = base();
		walk(file, scored).worries = 'ë'.repeat(20 * 1024 * 1024);
		return JSON.stringify(file);
	});
	addLarge('a 30 MB note', 'tooLarge', () => {
		const file = base();
		walk(file, scored).worries = 'x'.repeat(30 * 1024 * 1024);
		return JSON.stringify(file);
	});
	addLarge('arrays nested 200,000 deep', 'corrupt', () =>
		validText.trimEnd().replace(/}$/, `, "x": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`)
	);
	addLarge('valid file padded past the size limit', 'tooLarge', () =>
		validText.padEnd(MAX_BACKUP_BYTES + 1, ' ')
	);

	// --- values the domain refuses -----------------------------------------------------------
	for (const [name, value] of [
		['0', 0],
		['11', 11],
		['-1', -1],
		['5.5', 5.5],
		['"7"', '7'],
		['"NaN"', 'NaN'],
		['1e309', raw('1e309')],
		['-1e309', raw('-1e309')],
		['1e300', 1e300],
		['10.000001', 10.000001],
		['1e-9', 1e-9],
		['100', 100],
		['empty string', '']
	] as const)
		variant(`score ${name}`, 'invalidRecord', set([...scored, 'score'], value));

	for (const [name, value] of [
		['nul', 'Zo\u0000ë'],
		['bell', 'Ans\u0007'],
		['escape sequence', '\u001b[31mrood'],
		['newline', 'Ans\nJansen'],
		['tab', 'Ans\tJansen'],
		['delete', 'Ans\u007f'],
		['C1 control', 'Ans\u0085'],
		['line separator', 'Ans\u2028Jansen'],
		['41 characters', 'x'.repeat(41)],
		['1000 characters', 'Zoë'.repeat(334)],
		['empty', ''],
		['spaces only', '    ']
	] as const) {
		variant(`participant name with ${name}`, 'invalidRecord', set([...child, 'name'], value));
		variant(`title with ${name}`, 'invalidRecord', set([...family, 'title'], value));
	}
	variant(
		'supporter name of 41 characters',
		'invalidRecord',
		set([...plan, 'supporters', 0, 'name'], 'y'.repeat(41))
	);
	variant(
		'relation of 41 characters',
		'invalidRecord',
		set([...network, 'relation'], 'z'.repeat(41))
	);
	for (const field of ['strengths', 'worries', 'wishes'])
		variant(
			`note ${field} of 2001 characters`,
			'invalidRecord',
			set([...scored, field], 'ë'.repeat(2001))
		);
	variant('plan B of 2001 characters', 'invalidRecord', set([...plan, 'planB'], 'x'.repeat(2001)));
	variant(
		'action without words',
		'invalidRecord',
		set([...plan, 'focus', 0, 'actions', 0, 'what'], '  ')
	);
	variant('action without who', 'invalidId', set([...plan, 'focus', 0, 'actions', 0, 'who'], ''));

	for (const [name, value] of [
		['30 February', '2026-02-30'],
		['month 13', '2026-13-01'],
		['Dutch order', '31-12-2026'],
		['yesterday', 'yesterday'],
		['no leading zeros', '2026-2-3'],
		['with time', '2026-11-23T10:00:00Z']
	] as const)
		variant(`evaluationDate ${name}`, 'invalidRecord', set([...plan, 'evaluationDate'], value));
	for (const [name, value] of [
		['yesterday', 'yesterday'],
		['-1', -1],
		['1.5', 1.5],
		['1e309', raw('1e309')],
		['2^60', 2 ** 60]
	] as const)
		variant(
			`conversation createdAt ${name}`,
			'invalidRecord',
			set([...family, 'createdAt'], value)
		);

	variant('self-reflection with two people', 'invalidRecord', (file) => {
		const list = walk(file, [...self, 'participants']) as unknown as Node[];
		list.push({ id: 'p-extra', name: 'Extra', role: 'parent' });
	});
	variant('child with an empty age group', 'invalidRecord', set([...child, 'ageGroup'], ''));
	variant(
		'child with a birth date age group',
		'invalidRecord',
		set([...child, 'ageGroup'], '2019-05-01')
	);
	variant('role admin', 'invalidRecord', set([...child, 'role'], 'admin'));
	variant('kind class', 'invalidRecord', set([...family, 'kind'], 'class'));
	variant('mode secret', 'invalidRecord', set([...family, 'mode'], 'secret'));
	variant('no participants', 'invalidRecord', set([...family, 'participants'], []));
	variant('13 participants', 'invalidRecord', (file) => {
		walk(file, family).participants = Array.from({ length: 13 }, (_, i) => ({
			id: `p${i}`,
			name: `Persoon ${i}`,
			role: 'parent'
		}));
	});
	variant('empty conversation id', 'invalidId', set([...family, 'id'], ''));
	variant('empty participant id', 'invalidId', set([...child, 'id'], ''));
	variant('four focus elements', 'invalidRecord', (file) => {
		walk(file, plan).focus = ['heard', 'belonging', 'active', 'safe'].map((elementId) => ({
			elementId,
			goal: '',
			actions: []
		}));
	});
	variant('the same focus element twice', 'invalidRecord', (file) => {
		const focus = walk(file, [...plan, 'focus']) as unknown as Node[];
		focus.push({ ...focus[0] });
	});
	return files;
}

// ---------------------------------------------------------------------------------------------
// Boundary values of every date and number field

export interface BoundaryFile {
	name: string;
	/** Whether parseBackup accepts it. */
	ok: boolean;
	text: string;
}

/**
 * The valid file with one date or number field set to each boundary value: min-1, min, max,
 * max+1, MAX_SAFE_INTEGER, negative and fractional (issue 11, item 4). Timestamps are bounded by
 * domain/time.ts, scores by domain/score.ts; the envelope's ISO createdAt the same way.
 */
export function boundaryBackups(validText: string): BoundaryFile[] {
	const out: BoundaryFile[] = [];
	const data = ['payload', 'data'];
	const conversation = [...data, 'conversations', 0];
	const answer = [...data, 'answers', 0];
	const plan = [...data, 'plans', 0];
	const fields: [string, Path][] = [
		['conversation createdAt', [...conversation, 'createdAt']],
		['conversation updatedAt', [...conversation, 'updatedAt']],
		['answer updatedAt', [...answer, 'updatedAt']],
		['plan createdAt', [...plan, 'createdAt']],
		['plan updatedAt', [...plan, 'updatedAt']],
		['agreement at', [...plan, 'agreements', 0, 'at']]
	];
	const times: [string, number, boolean][] = [
		['min-1', MIN_TIMESTAMP - 1, false],
		['min', MIN_TIMESTAMP, true],
		['max', MAX_TIMESTAMP, true],
		['max+1', MAX_TIMESTAMP + 1, false],
		['MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER, false],
		['negative', -Date.UTC(2026, 0, 1), false],
		['fractional', Date.UTC(2026, 0, 1) + 0.5, false]
	];
	const put = (name: string, path: Path, value: unknown, ok: boolean) => {
		const file = JSON.parse(validText) as Node;
		const [node, key] = parent(file, path);
		node[key] = value;
		out.push({ name, ok, text: JSON.stringify(file, null, '\t') });
	};
	for (const [field, path] of fields) {
		for (const [label, value, ok] of times) put(`${field} ${label}`, path, value, ok);
	}
	const scores: [string, number, boolean][] = [
		['min-1', 0, false],
		['min', 1, true],
		['max', 10, true],
		['max+1', 11, false],
		['MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER, false],
		['negative', -3, false],
		['fractional', 7.5, false]
	];
	for (const [label, value, ok] of scores) put(`score ${label}`, [...answer, 'score'], value, ok);
	const iso = (ms: number) => new Date(ms).toISOString();
	const created: [string, string, boolean][] = [
		['min-1', '1969-12-31T23:59:59.999Z', false],
		['min', iso(MIN_TIMESTAMP), true],
		['max', iso(MAX_TIMESTAMP), true],
		['max+1', iso(MAX_TIMESTAMP + 1), false],
		['year 9999', '9999-12-31T23:59:59.999Z', false]
	];
	for (const [label, value, ok] of created)
		put(`backup createdAt ${label}`, ['createdAt'], value, ok);
	return out;
}
