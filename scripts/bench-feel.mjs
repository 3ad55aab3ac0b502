// Part of npm run bench: what people feel on a cheap tablet (issue 15), the app side by side
// with the floor of its own stack (bench/floor: one prerendered SvelteKit page with a heading,
// a button and a textarea). Headless system Chromium, CDP CPU throttling 4× for everything
// measured (set-up such as making a profile or restoring a backup runs unthrottled, so the
// bench stays short), tablet viewport, app and floor interleaved in the same run.
// Numbers only; nothing here passes or fails.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import {
	KEY_EVENTS,
	PASSPHRASE,
	TAP_EVENTS,
	TEXT,
	THROTTLE,
	backupText,
	baseOf,
	clickAt,
	createProfile,
	interactions,
	launch,
	median,
	newConversation,
	newPage,
	openUnlocked,
	percentile,
	ratio,
	restore,
	round2,
	serve,
	settle,
	until,
	uuid,
	within
} from './bench-common.mjs';

/**
 * A cold first visit (fresh context: no cache, no service worker). JS, gzip -9 from the files
 * on disk: what the page requested before it marked itself interactive (`html[data-ready]`),
 * and everything it requested until it settled (lazy chunks such as the service worker's glue).
 */
async function cold(browser, url, root) {
	const { context, page } = await newPage(browser, { serviceWorkers: 'block' });
	try {
		await page.goto(url);
		await page.locator('html[data-ready]').waitFor({ state: 'attached' });
		const t = await settle(page);
		const scripts = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.filter((r) => new URL(r.name).pathname.endsWith('.js'))
				.map((r) => ({ path: new URL(r.name).pathname, start: r.startTime }))
		);
		const gz = (list) =>
			list.reduce(
				(sum, s) =>
					sum +
					gzipSync(readFileSync(join(root, s.path)), { level: constants.Z_BEST_COMPRESSION })
						.length,
				0
			) / 1024;
		const before = scripts.filter((s) => s.start <= t.ready);
		return {
			...t,
			jsGzipKB: gz(before),
			jsFiles: before.length,
			allJsGzipKB: gz(scripts),
			allJsFiles: scripts.length
		};
	} finally {
		await context.close();
	}
}

/**
 * A second visit: the first visit installs the service worker (`navigator.serviceWorker.ready`
 * resolves once it is active, so its precache is complete); then the network goes off and a
 * new tab opens the same address, which the worker controls and serves from the precache.
 * The earlier version waited for Playwright's `serviceworker` event and a fixed pause instead,
 * and could wait forever; every wait here has a limit, and the second tab must be controlled.
 */
async function warmOffline(browser, url) {
	const { context, page } = await newPage(browser);
	try {
		await page.goto(url);
		await page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await within(
			90_000,
			'service worker active',
			page.evaluate(() => navigator.serviceWorker.ready.then(() => true))
		);
		await settle(page);
		await context.setOffline(true);
		const { page: second, close } = await throttledTab(context);
		await page.close();
		try {
			await second.goto(url);
			await second.locator('html[data-ready]').waitFor({ state: 'attached' });
			const controlled = await second.evaluate(() => navigator.serviceWorker.controller !== null);
			if (!controlled) throw new Error('the second visit was not controlled by the worker');
			return await settle(second);
		} finally {
			await close();
		}
	} finally {
		await context.close();
	}
}

/** Another tab in the same context (same storage and service worker), throttled too. */
async function throttledTab(context) {
	const page = await context.newPage();
	page.setDefaultTimeout(120_000);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
	return { page, close: () => page.close() };
}

const TAPS = 30;

async function floorInput(browser, base) {
	const { context, page } = await newPage(browser);
	try {
		await page.goto(`${base}/`);
		await settle(page);
		const button = page.getByRole('button', { name: /^Score/ });
		await interactions(page, []);
		for (let i = 0; i < TAPS; i++) {
			await button.click();
			await page.waitForTimeout(50);
		}
		const taps = await interactions(page, TAP_EVENTS);
		await page.getByLabel('Notitie').click();
		await page.waitForTimeout(500);
		await interactions(page, []);
		await page.keyboard.type(TEXT, { delay: 40 });
		const keys = await interactions(page, KEY_EVENTS);
		return { taps, keys };
	} finally {
		await context.close();
	}
}

async function appInput(browser, base) {
	const { context, page, setThrottle } = await newPage(browser, {}, { throttle: 1 });
	try {
		await createProfile(page, base);
		await newConversation(page);
		const tab = page
			.getByRole('tablist', { name: 'Wie is er aan de beurt?' })
			.getByRole('tab', { name: /^Ans:/ });
		if ((await tab.count()) && (await tab.getAttribute('aria-selected')) !== 'true')
			await tab.click();
		const card = page.getByRole('region', { name: /^Ans( |$)/ });
		const group = card.getByRole('group', { name: /^Cijfer van / });
		await group.getByRole('radio').first().waitFor();
		await setThrottle(THROTTLE);
		await page.waitForTimeout(1000);
		await interactions(page, []);
		for (let i = 0; i < TAPS; i++) {
			await group.getByRole('radio', { name: String((i % 10) + 1), exact: true }).click();
			await page.waitForTimeout(50);
		}
		const taps = await interactions(page, TAP_EVENTS);
		const closed = card.getByRole('button', { name: 'Wat gaat goed?', exact: true });
		if (await closed.isVisible()) await closed.click();
		await card.getByLabel('Wat gaat goed?', { exact: true }).click();
		await page.waitForTimeout(500);
		await interactions(page, []);
		await page.keyboard.type(TEXT, { delay: 40 });
		const keys = await interactions(page, KEY_EVENTS);
		return { taps, keys };
	} finally {
		await context.close();
	}
}

/**
 * Unlock and home render with `file` (a backup of `count` conversations) restored first, or
 * nothing: page time from the click until the first row (or, with none, "Nieuw gesprek") is
 * visible and no long task ran for 500 ms, at 4×.
 */
async function withConversations(browser, base, file, count) {
	const { context, page, setThrottle } = await newPage(browser, {}, { throttle: 1 });
	try {
		await createProfile(page, base);
		if (file) await restore(page, file, count);
		// Lock from home, so unlocking opens home again.
		await page.getByRole('link', { name: 'Kansencirkel' }).first().click();
		await page.waitForURL(`${base}/`);
		const shown = file
			? page.getByRole('link', { name: /Gezin \d+/ }).first()
			: page.getByRole('link', { name: 'Nieuw gesprek' }).first();
		await page.getByRole('button', { name: 'Op slot' }).click();
		await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSPHRASE);
		await setThrottle(THROTTLE);
		await page.waitForTimeout(500);
		let start = await clickAt(page, page.getByRole('button', { name: 'Open de app' }));
		const unlock = await until(page, start, shown);
		await page.getByRole('link', { name: 'Instellingen' }).click();
		await page.getByRole('heading', { name: 'Instellingen', level: 1 }).waitFor();
		await page.waitForTimeout(500);
		start = await clickAt(page, page.getByRole('link', { name: 'Kansencirkel' }).first());
		const home = await until(page, start, shown);
		return { unlock: Math.round(unlock), home: Math.round(home) };
	} finally {
		await context.close();
	}
}

/**
 * The PDF of a full plan (restored with its conversation), made twice in one page at 4×: the
 * first time loads pdfmake and its fonts lazily, the second reuses them. Wall clock from the
 * click on "PDF delen" until the browser has the download.
 */
async function planPdf(browser, base, file) {
	const { context, page, setThrottle } = await newPage(
		browser,
		{ acceptDownloads: true },
		{ throttle: 1 }
	);
	try {
		await createProfile(page, base);
		await restore(page, file, 1);
		await openUnlocked(page, `${base}/gesprek/plan/?id=${uuid('8000', 0)}&stap=delen`);
		const button = page.getByRole('button', { name: 'PDF delen' });
		await button.waitFor();
		await setThrottle(THROTTLE);
		await settle(page);
		const once = async () => {
			const download = page.waitForEvent('download', { timeout: 120_000 });
			const start = Date.now();
			await button.click();
			const d = await download;
			const ms = Date.now() - start;
			const bytes = readFileSync(await d.path()).length;
			await button.waitFor();
			await page.waitForFunction(
				() =>
					[...document.querySelectorAll('button')].some(
						(b) => b.textContent?.trim() === 'PDF delen' && !b.disabled
					),
				null,
				{ timeout: 60_000 }
			);
			return { ms, bytes };
		};
		const first = await once();
		await page.waitForTimeout(500);
		const repeat = await once();
		return { first: first.ms, repeat: repeat.ms, bytes: first.bytes };
	} finally {
		await context.close();
	}
}

/** Runs `step`; on an error logs it, notes it in `errors` and returns null (the figure stays null). */
async function guarded(errors, name, log, step) {
	try {
		return await step();
	} catch (e) {
		const message = `${name}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
		errors.push(message);
		log(`FAILED ${message}`);
		return null;
	}
}

// Event Timing rounds durations to 8 ms and reports only those of 16 ms or more: a missing
// interaction was faster than that, so it counts as 16.
const pad = (xs, n) => [...xs, ...Array(Math.max(0, n - xs.length)).fill(16)];

export async function benchFeel(
	appRoot,
	floorRoot,
	{ runs = 5, inputRuns = 2, with500Runs = 2, pdfRuns = 3, ports = [0, 0], log = console.log } = {}
) {
	const app = await serve(appRoot, ports[0]);
	const floor = await serve(floorRoot, ports[1]);
	const appBase = baseOf(app);
	const floorBase = baseOf(floor);
	const browser = await launch();
	const dir = mkdtempSync(join(tmpdir(), 'kansencirkel-bench-feel-'));
	const errors = [];
	const med = (xs, k) => median(xs.map((x) => x[k]));
	const out = {};
	try {
		// 1. Cold and warm starts, interleaved: app cold, floor cold, app warm offline.
		const c = { app: [], floor: [], warm: [] };
		for (let i = 0; i < runs; i++) {
			c.app.push(await cold(browser, `${appBase}/`, appRoot));
			c.floor.push(await cold(browser, `${floorBase}/`, floorRoot));
			const warm = await guarded(errors, `warm offline run ${i + 1}`, log, () =>
				warmOffline(browser, `${appBase}/`)
			);
			if (warm) c.warm.push(warm);
			log(
				`start run ${i + 1}/${runs}: LCP app cold ${Math.round(c.app[i].lcp)} ms, floor ${Math.round(c.floor[i].lcp)} ms` +
					(warm ? `, app warm offline ${Math.round(warm.lcp)} ms` : '') +
					`; settled app ${Math.round(c.app[i].settled)} ms, floor ${Math.round(c.floor[i].settled)} ms`
			);
		}
		Object.assign(out, {
			runs,
			startJsGzipKB: round2(med(c.app, 'jsGzipKB')),
			startJsFiles: med(c.app, 'jsFiles'),
			floorJsGzipKB: round2(med(c.floor, 'jsGzipKB')),
			startJsAllGzipKB: round2(med(c.app, 'allJsGzipKB')),
			startJsAllFiles: med(c.app, 'allJsFiles'),
			floorJsAllGzipKB: round2(med(c.floor, 'allJsGzipKB')),
			coldLcpMs: Math.round(med(c.app, 'lcp')),
			coldLcpFloorMs: Math.round(med(c.floor, 'lcp')),
			coldLcpRatio: ratio(med(c.app, 'lcp'), med(c.floor, 'lcp')),
			coldSettledMs: Math.round(med(c.app, 'settled')),
			coldSettledFloorMs: Math.round(med(c.floor, 'settled')),
			coldSettledRatio: ratio(med(c.app, 'settled'), med(c.floor, 'settled'))
		});
		const warmLcp = c.warm.length ? med(c.warm, 'lcp') : null;
		const warmSettled = c.warm.length ? med(c.warm, 'settled') : null;
		Object.assign(out, {
			warmRuns: c.warm.length,
			warmOfflineLcpMs: warmLcp == null ? null : Math.round(warmLcp),
			warmOfflineSettledMs: warmSettled == null ? null : Math.round(warmSettled),
			warmOfflineRatio: ratio(warmLcp, med(c.app, 'lcp')),
			warmOfflineSettledRatio: ratio(warmSettled, med(c.app, 'settled'))
		});

		// 2. Taps and typing, floor and app interleaved; every run's interactions pooled.
		const taps = { app: [], floor: [] };
		const keys = { app: [], floor: [] };
		for (let i = 0; i < inputRuns; i++) {
			const f = await guarded(errors, `floor input run ${i + 1}`, log, () =>
				floorInput(browser, floorBase)
			);
			const a = await guarded(errors, `app input run ${i + 1}`, log, () =>
				appInput(browser, appBase)
			);
			for (const [side, r] of [
				['floor', f],
				['app', a]
			]) {
				if (!r) continue;
				taps[side].push(...pad(r.taps, TAPS));
				keys[side].push(...pad(r.keys, TEXT.length));
			}
			log(
				`input run ${i + 1}/${inputRuns}: ${TAPS} taps and ${TEXT.length} characters each;` +
					` Event Timing entries ≥ 16 ms: taps app ${a?.taps.length ?? '–'}, floor ${f?.taps.length ?? '–'};` +
					` keys app ${a?.keys.length ?? '–'}, floor ${f?.keys.length ?? '–'}`
			);
		}
		const tap = (xs, q) => (xs.length ? percentile(xs, q) : null);
		Object.assign(out, {
			inputRuns,
			taps: taps.app.length,
			typedCharacters: keys.app.length,
			scoreTapP50Ms: tap(taps.app, 0.5),
			scoreTapP95Ms: tap(taps.app, 0.95),
			scoreTapFloorP50Ms: tap(taps.floor, 0.5),
			scoreTapFloorP95Ms: tap(taps.floor, 0.95),
			scoreTapRatio: ratio(tap(taps.app, 0.95), tap(taps.floor, 0.95)),
			typingP50Ms: tap(keys.app, 0.5),
			typingP95Ms: tap(keys.app, 0.95),
			typingFloorP95Ms: tap(keys.floor, 0.95),
			typingRatio: ratio(tap(keys.app, 0.95), tap(keys.floor, 0.95))
		});

		// 3. Unlock and home with 500 conversations vs none, interleaved.
		const file500 = join(dir, 'vijfhonderd.json');
		writeFileSync(file500, backupText(500));
		const empty = [];
		const full = [];
		for (let i = 0; i < with500Runs; i++) {
			const e = await guarded(errors, `empty run ${i + 1}`, log, () =>
				withConversations(browser, appBase, null, 0)
			);
			const f = await guarded(errors, `500 run ${i + 1}`, log, () =>
				withConversations(browser, appBase, file500, 500)
			);
			if (e) empty.push(e);
			if (f) full.push(f);
			log(
				`500 conversations run ${i + 1}/${with500Runs}: unlock ${f?.unlock ?? '–'} vs ${e?.unlock ?? '–'} ms,` +
					` home ${f?.home ?? '–'} vs ${e?.home ?? '–'} ms`
			);
		}
		Object.assign(out, {
			with500Runs,
			homeWith500Ms: med(full, 'home'),
			homeEmptyMs: med(empty, 'home'),
			homeWith500Ratio: ratio(med(full, 'home'), med(empty, 'home')),
			unlockWith500Ms: med(full, 'unlock'),
			unlockEmptyMs: med(empty, 'unlock'),
			unlockWith500Ratio: ratio(med(full, 'unlock'), med(empty, 'unlock'))
		});

		// 4. The PDF of a full plan, first and second time, each run in a fresh browser context.
		const filePlan = join(dir, 'plan.json');
		writeFileSync(filePlan, backupText(1, { plans: true }));
		const pdf = [];
		for (let i = 0; i < pdfRuns; i++) {
			const p = await guarded(errors, `plan PDF run ${i + 1}`, log, () =>
				planPdf(browser, appBase, filePlan)
			);
			if (p) pdf.push(p);
			log(
				`plan PDF run ${i + 1}/${pdfRuns}: first ${p?.first ?? '–'} ms, second ${p?.repeat ?? '–'} ms` +
					(p ? `, ${Math.round(p.bytes / 1024)} KB` : '')
			);
		}
		Object.assign(out, {
			pdfRuns,
			planPdfFirstMs: med(pdf, 'first'),
			planPdfRepeatMs: med(pdf, 'repeat'),
			planPdfKB: pdf.length ? Math.round(med(pdf, 'bytes') / 1024) : null
		});
		return out;
	} finally {
		out.errors = errors;
		await browser.close();
		app.close();
		floor.close();
		rmSync(dir, { recursive: true, force: true });
	}
}
