// What the bench scripts share (npm run bench, issue 15): a static server for a build folder,
// the browser and its throttled tablet page, waiting until a page has settled, the statistics,
// a profile as a person makes one, and backups to seed conversations through the app's own
// restore. Numbers only: nothing here passes or fails a test.
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromiumArgs, chromiumPath } from './browser-path.js';

/** CDP CPU throttling: a cheap tablet is about 4× slower than this machine. */
export const THROTTLE = 4;
export const VIEWPORT = { width: 1024, height: 768 };
export const PASSPHRASE = 'een lange zin als wachtwoord';
export const ELEMENTS = [
	'heard',
	'belonging',
	'responsibility',
	'developing',
	'active',
	'healthy',
	'home',
	'safe'
];
/** A realistic note, 200 characters or more (the typing figure types all of it). */
export const TEXT =
	'Sam gaat graag naar school en heeft twee goede vrienden in de klas. Thuis is het soms druk, ' +
	'maar op woensdag eten we samen. Hij wil graag op voetbal, dat kost wel geld. Oma helpt mee ' +
	'als het nodig is.';

const TYPES = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json'
};

/**
 * Serves a build folder on 127.0.0.1 (`port` 0: a free one); just enough for the app (every
 * page is prerendered, so no SPA fallback).
 */
export function serve(root, port = 0) {
	const server = createServer((req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
		let file = join(root, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file.startsWith(root) || !existsSync(file)) {
			res.writeHead(404).end();
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		res.end(readFileSync(file));
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

export const baseOf = (server) => `http://127.0.0.1:${server.address().port}`;

export const launch = (args = []) =>
	chromium.launch({ executablePath: chromiumPath(), args: [...chromiumArgs, ...args] });

export const median = (xs) => {
	if (xs.length === 0) return null;
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** The nearest-rank percentile `q` (0–1). */
export const percentile = (xs, q) => {
	if (xs.length === 0) return null;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil(s.length * q) - 1))];
};
export const p95 = (xs) => percentile(xs, 0.95);

/** Two decimals; null stays null (a figure that could not be measured). */
export const round2 = (x) => (x == null || !Number.isFinite(x) ? null : Math.round(x * 100) / 100);
export const ratio = (a, b) => (a == null || b == null || b === 0 ? null : round2(a / b));

/** Rejects after `ms` with `what` in the message, so a bench step can never hang forever. */
export function within(ms, what, promise) {
	let timer;
	return Promise.race([
		promise.finally(() => clearTimeout(timer)),
		new Promise((_, reject) => {
			timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
		})
	]);
}

/** Records LCP, long tasks and Event Timing entries from the very start of every page. */
function observe() {
	window.__perf = { lcp: 0, longEnd: 0, events: [], ready: 0 };
	// When the page marks itself interactive (`html[data-ready]`, app and floor alike).
	new MutationObserver(() => {
		if (!window.__perf.ready && document.documentElement.dataset.ready)
			window.__perf.ready = performance.now();
	}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
	const watch = (type, each, extra = {}) => {
		try {
			new PerformanceObserver((l) => l.getEntries().forEach(each)).observe({
				type,
				buffered: true,
				...extra
			});
		} catch {
			// An entry type this browser lacks: that figure stays empty.
		}
	};
	watch('largest-contentful-paint', (e) => (window.__perf.lcp = e.startTime));
	watch('longtask', (e) => {
		window.__perf.longEnd = Math.max(window.__perf.longEnd, e.startTime + e.duration);
	});
	watch(
		'event',
		(e) => {
			if (e.interactionId)
				window.__perf.events.push({ id: e.interactionId, name: e.name, duration: e.duration });
		},
		{ durationThreshold: 16 }
	);
}

/** A fresh context (no cache, no storage) and page at the tablet viewport, CPU throttled. */
export async function newPage(browser, extra = {}, { throttle = THROTTLE } = {}) {
	const context = await browser.newContext({
		viewport: VIEWPORT,
		locale: 'nl-NL',
		hasTouch: true,
		...extra
	});
	await context.addInitScript(observe);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	const setThrottle = (rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate });
	await setThrottle(throttle);
	page.setDefaultTimeout(120_000);
	return { context, page, cdp, setThrottle };
}

/** Milliseconds of quiet (no long task) that count as settled. */
const QUIET = 500;

/**
 * Waits until the page has settled: the load event done and no long task for QUIET ms (at
 * most `limit` ms; then `capped` says so). `settled` is the latest of LCP, the last long task,
 * the last script and the load event, in page time.
 */
export async function settle(page, { limit = 60_000 } = {}) {
	await page.waitForLoadState('load');
	const started = Date.now();
	let capped = false;
	for (;;) {
		const quiet = await page.evaluate(
			() => performance.now() - Math.max(window.__perf.longEnd, window.__perf.lcp)
		);
		if (quiet > QUIET) break;
		if (Date.now() - started > limit) {
			capped = true;
			break;
		}
		await page.waitForTimeout(100);
	}
	const t = await page.evaluate(() => {
		const scripts = performance
			.getEntriesByType('resource')
			.filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'));
		const scriptsEnd = Math.max(0, ...scripts.map((r) => r.responseEnd));
		const nav = performance.getEntriesByType('navigation')[0];
		return {
			ready: window.__perf.ready,
			lcp: window.__perf.lcp,
			settled: Math.max(window.__perf.lcp, window.__perf.longEnd, scriptsEnd, nav.loadEventEnd)
		};
	});
	return { ...t, capped };
}

/**
 * Page time (ms) from `start` (a performance.now() of the page) until `shown` is visible and
 * no long task ran for QUIET ms: what a person waits for after a click in a single-page app.
 */
export async function until(page, start, shown, { limit = 120_000 } = {}) {
	await shown.waitFor();
	const visible = await page.evaluate(() => performance.now());
	const started = Date.now();
	for (;;) {
		const quiet = await page.evaluate(() => performance.now() - window.__perf.longEnd);
		if (quiet > QUIET) break;
		if (Date.now() - started > limit) throw new Error(`still busy after ${limit} ms`);
		await page.waitForTimeout(100);
	}
	const longEnd = await page.evaluate(() => window.__perf.longEnd);
	return Math.max(visible, longEnd) - start;
}

/** Clicks `target` and returns the page time of the click (for `until`). */
export async function clickAt(page, target) {
	await target.waitFor();
	const start = await page.evaluate(() => performance.now());
	await target.click();
	return start;
}

/** The longest Event Timing duration of each interaction whose entries match `names`. */
export async function interactions(page, names) {
	const events = await page.evaluate(() => window.__perf.events.splice(0));
	const by = new Map();
	for (const e of events)
		if (names.includes(e.name)) by.set(e.id, Math.max(by.get(e.id) ?? 0, e.duration));
	return [...by.values()];
}

export const TAP_EVENTS = ['pointerdown', 'pointerup', 'click'];
export const KEY_EVENTS = ['keydown', 'keypress', 'input', 'keyup', 'beforeinput'];

/** The first screen: make a profile with a passphrase, as a person does. */
export async function createProfile(page, base) {
	await page.goto(`${base}/`);
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await page.getByLabel('Naam van het profiel').fill('Coach');
	await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSPHRASE);
	await page.getByLabel('Herhaal het wachtwoord').fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Maak het profiel' }).click();
	await page.getByRole('link', { name: 'Nieuw gesprek' }).first().waitFor();
}

/** A family conversation made through the UI: Sam (child), Ans (parent), Eva (coach). */
export async function newConversation(page) {
	await page.getByRole('link', { name: 'Nieuw gesprek' }).first().click();
	await page.getByLabel('Titel').fill('Gezin J.');
	const kid = page.getByRole('group', { name: 'Kind 1', exact: true });
	await kid.getByLabel('Voornaam of bijnaam').fill('Sam');
	await kid.getByLabel('Leeftijd').selectOption({ label: '8 tot en met 11 jaar' });
	const others = [
		['Ans', 'Ouder of verzorger'],
		['Eva', 'CJG-coach']
	];
	const sets = page.getByRole('group', { name: /^Deelnemer \d+$/ });
	while ((await sets.count()) < others.length)
		await page.getByRole('button', { name: /Deelnemer toevoegen/ }).click();
	for (const [i, [name, role]] of others.entries()) {
		const set = page.getByRole('group', { name: `Deelnemer ${i + 1}`, exact: true });
		await set.getByLabel('Voornaam of bijnaam').fill(name);
		await set.getByLabel('Rol').selectOption({ label: role });
	}
	await page.getByRole('button', { name: 'Start het gesprek' }).click();
	await page.getByText('Element 1 van 8').waitFor();
}

/** Opens `url`; a page load asks for the passphrase again: give it, as the coach would. */
export async function openUnlocked(page, url) {
	await page.goto(url);
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	const locked = page.getByRole('heading', { name: 'De app is op slot' });
	if (await locked.isVisible()) {
		await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSPHRASE);
		await page.getByRole('button', { name: 'Open de app' }).click();
		await locked.waitFor({ state: 'hidden' });
	}
}

/** Restores a backup file in Settings and waits for "N gesprek(ken) toegevoegd.". */
export async function restore(page, file, count) {
	await page.getByRole('link', { name: 'Instellingen' }).click();
	await page.getByRole('heading', { name: 'Instellingen', level: 1 }).waitFor();
	await page.getByLabel('Kies een back-upbestand').setInputFiles(file);
	const region = page.getByRole('region', { name: 'Back-up terugzetten' });
	await region.getByRole('button', { name: 'Terugzetten' }).click();
	const done = count === 1 ? '1 gesprek toegevoegd.' : `${count} gesprekken toegevoegd.`;
	await region.getByText(done).waitFor({ timeout: 300_000 });
}

/** An app-format id (a v4 UUID shape), so a restore keeps it and the bench knows the URL. */
export const uuid = (group, n) => `00000000-0000-4000-${group}-${String(n).padStart(12, '0')}`;

/** A full gedragen plan: 3 focus elements × 3 actions and every section filled. */
function fullPlan(conversationId, [child, parent, coach], at) {
	const focus = ['heard', 'belonging', 'safe'].map((elementId, f) => ({
		elementId,
		childId: null,
		goal: `Een doel voor ${elementId}: ${TEXT.slice(0, 80)}`,
		actions: ['Samen een plan maken', 'Elke week even bellen', 'Met de juf praten'].map(
			(what, a) => ({
				id: `a${f}${a}`,
				what: `${what} (${f + 1}.${a + 1})`,
				who: [child.id, parent.id, 'sup1'][a],
				when: a === 0 ? '2027-01-15' : 'elke week',
				support: a === 2 ? coach.id : ''
			})
		)
	}));
	const items = (kind, from) =>
		ELEMENTS.slice(0, 4).map((elementId, i) => ({
			id: `${kind}${i}`,
			text: `${from[i % from.length].name}: ${TEXT.slice(i * 20, i * 20 + 90)}${i === 0 ? ' 🏅' : ''}`,
			participantId: from[i % from.length].id,
			elementId
		}));
	return {
		conversationId,
		strengths: items('s', [child, parent, coach]),
		worries: items('w', [parent, coach]),
		dismissed: [],
		focus,
		supporters: [
			{ id: 'sup1', name: 'Juf Mira', relation: 'leerkracht' },
			{ id: 'sup2', name: 'Opa Henk', relation: 'opa' }
		],
		planB: 'Als het niet lukt, bellen we de CJG-coach en kijken we samen opnieuw.',
		safety: 'Bij ruzie gaat Sam even naar opa. Opa is altijd te bellen.',
		regisseur: parent.id,
		evaluationDate: '2027-02-01',
		agreements: [child, parent, coach].map((p) => ({ participantId: p.id, at })),
		createdAt: at,
		updatedAt: at
	};
}

/**
 * A plain backup (the app's own format) of `count` family conversations, each with a child
 * and two adults (3 participants) answering all 8 elements with realistic notes; with
 * `plans`, every conversation has a full plan. The restore encrypts everything as usual.
 */
export function backupText(count, { plans = false } = {}) {
	const file = JSON.parse(
		readFileSync(new URL('../tests/fixtures/backup/v1-all.json', import.meta.url), 'utf8')
	);
	const conversations = [];
	const answers = [];
	const planList = [];
	const at = Date.UTC(2026, 10, 1);
	for (let c = 0; c < count; c++) {
		const id = uuid('8000', c);
		const participants = [
			{ id: uuid('9000', c * 10), name: 'Sam', role: 'child', ageGroup: '12-18' },
			{ id: uuid('9000', c * 10 + 1), name: 'Ans', role: 'parent' },
			{ id: uuid('9000', c * 10 + 2), name: 'Eva', role: 'coach' }
		];
		conversations.push({
			id,
			kind: 'family',
			title: `Gezin ${c + 1}`,
			mode: 'open',
			participants,
			revealed: [],
			createdAt: at,
			updatedAt: at + c * 60_000
		});
		for (const [p, person] of participants.entries())
			for (const [e, elementId] of ELEMENTS.entries())
				answers.push({
					conversationId: id,
					participantId: person.id,
					elementId,
					score: ((c + e + p) % 10) + 1,
					strengths: TEXT.slice(0, 90),
					worries: (e + p) % 2 ? TEXT.slice(90, 150) : '',
					wishes: (e + p) % 3 ? '' : TEXT.slice(150),
					wantsToTalk: (e + p) % 4 === 0,
					updatedAt: at + 86_400_000
				});
		if (plans) planList.push(fullPlan(id, participants, at + 2 * 86_400_000));
	}
	return JSON.stringify({
		...file,
		scope: 'all',
		payload: { encoding: 'plain', data: { conversations, answers, plans: planList } }
	});
}
