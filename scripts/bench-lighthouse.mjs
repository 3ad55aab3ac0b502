// Part of npm run bench (or alone: node scripts/bench-lighthouse.mjs [build folder]): Lighthouse
// 12 (mobile preset, its simulated throttling) in the system Chromium through chrome-launcher.
// - home: a navigation of `/` (a first visit: the screen that makes a profile);
// - walkThroughLoad: a navigation of a walk-through element's address on a device that has the
//   app (profile and service worker kept: `disableStorageReset`); a page load always asks for
//   the passphrase, so this is what opening that address costs, lock screen included;
// - walkThrough: a snapshot of the element screen itself, unlocked, with a conversation made
//   through the UI (Playwright drives the same browser). A snapshot has no load, so it scores
//   accessibility and best practices only.
// Numbers only; nothing fails.
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { snapshot } from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { resolve } from 'node:path';
import { chromiumArgs, chromiumPath } from './browser-path.js';
import { baseOf, createProfile, newConversation, serve } from './bench-common.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/** Category scores 0–100 (null where Lighthouse gave none), and the failing audits' ids. */
function scores(lhr) {
	const out = {};
	for (const id of CATEGORIES) {
		const c = lhr.categories[id];
		if (c) out[id] = c.score == null ? null : Math.round(c.score * 100);
	}
	const failing = Object.values(lhr.audits)
		.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
		.filter((a) => a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
		.filter((a) =>
			Object.values(lhr.categories).some((c) =>
				c.auditRefs.some((r) => r.id === a.id && r.weight > 0)
			)
		)
		.map((a) => a.id);
	const metric = (id) => {
		const v = lhr.audits[id]?.numericValue;
		return v == null ? undefined : Math.round(v);
	};
	return {
		...out,
		lcpMs: metric('largest-contentful-paint'),
		tbtMs: metric('total-blocking-time'),
		failing
	};
}

export async function benchLighthouse(root, { port = 0, debugPort = 0, log = console.log } = {}) {
	const server = await serve(root, port);
	const base = baseOf(server);
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath(),
		chromeFlags: ['--headless=new', ...chromiumArgs],
		port: debugPort || undefined
	});
	const flags = {
		port: chrome.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: CATEGORIES
	};
	try {
		const out = {};
		let started = Date.now();
		const home = await lighthouse(`${base}/`, flags);
		out.home = scores(home.lhr);
		log(
			`lighthouse home: ${JSON.stringify(out.home)} (${Math.round((Date.now() - started) / 1000)} s)`
		);

		// Make a profile and a conversation in this browser, then audit the element screen.
		started = Date.now();
		const pw = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
		const context = pw.contexts()[0];
		const page = await context.newPage();
		await createProfile(page, base);
		await newConversation(page);
		const walkUrl = page.url();
		const pp = await puppeteer.connect({
			browserURL: `http://127.0.0.1:${chrome.port}`,
			defaultViewport: null
		});
		const target = (await pp.pages()).find((p) => p.url() === walkUrl);
		if (!target) throw new Error('the walk-through page is not found over CDP');
		const snap = await snapshot(target, {
			flags: { onlyCategories: ['accessibility', 'best-practices'], logLevel: 'error' }
		});
		out.walkThrough = scores(snap.lhr);
		await pp.disconnect();
		await page.close();
		await pw.close();
		log(
			`lighthouse walk-through element (snapshot): ${JSON.stringify(out.walkThrough)} (${Math.round((Date.now() - started) / 1000)} s)`
		);

		started = Date.now();
		const load = await lighthouse(walkUrl, { ...flags, disableStorageReset: true });
		out.walkThroughLoad = scores(load.lhr);
		log(
			`lighthouse walk-through address (navigation): ${JSON.stringify(out.walkThroughLoad)} (${Math.round((Date.now() - started) / 1000)} s)`
		);
		return { version: home.lhr.lighthouseVersion, preset: 'mobile', ...out };
	} finally {
		await chrome.kill();
		server.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const root = resolve(process.argv[2] ?? 'build-bench');
	console.log(JSON.stringify(await benchLighthouse(root, { log: console.error }), null, 2));
}
