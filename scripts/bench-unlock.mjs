// Part of npm run bench: how long creating a profile and unlocking take in Chromium, without
// and with 4× CPU throttling (a mid-range tablet), and the longest main-thread task meanwhile
// (the page must stay responsive while the key is derived). Numbers only; nothing fails.
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromiumArgs, chromiumPath } from './browser-path.js';

const TYPES = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json'
};

/** Serves a build directory on a free port; just enough for the app (no SPA fallback needed). */
export function serve(root) {
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
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function measure(base, throttle) {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
	const page = await browser.newPage();
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
	await page.addInitScript(() => {
		window.__longest = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
		}).observe({ type: 'longtask', buffered: true });
	});
	await page.goto(`${base}/`);
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	const secret = 'een lange zin als wachtwoord';
	await page.getByLabel('Naam van het profiel').fill('Coach');
	await page.getByLabel('Wachtwoord', { exact: true }).fill(secret);
	await page.getByLabel('Herhaal het wachtwoord').fill(secret);
	await page.evaluate(() => (window.__longest = 0));
	let start = Date.now();
	await page.getByRole('button', { name: 'Maak het profiel' }).click();
	await page.getByRole('link', { name: 'Nieuw gesprek' }).first().waitFor();
	const createMs = Date.now() - start;
	const createLongestTaskMs = await page.evaluate(() => window.__longest);

	await page.getByRole('button', { name: 'Op slot' }).click();
	await page.getByLabel('Wachtwoord', { exact: true }).fill(secret);
	await page.evaluate(() => (window.__longest = 0));
	start = Date.now();
	await page.getByRole('button', { name: 'Open de app' }).click();
	await page.getByRole('link', { name: 'Nieuw gesprek' }).first().waitFor();
	const unlockMs = Date.now() - start;
	const unlockLongestTaskMs = await page.evaluate(() => window.__longest);
	await browser.close();
	return {
		cpuThrottle: throttle,
		createProfileMs: createMs,
		createLongestTaskMs: Math.round(createLongestTaskMs),
		unlockMs,
		unlockLongestTaskMs: Math.round(unlockLongestTaskMs)
	};
}

export async function benchUnlock(root) {
	const server = await serve(root);
	const base = `http://127.0.0.1:${server.address().port}`;
	try {
		return {
			kdf: 'PBKDF2-SHA-256, 600000 iterations',
			runs: [await measure(base, 1), await measure(base, 4)]
		};
	} finally {
		server.close();
	}
}
