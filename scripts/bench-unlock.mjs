// Part of npm run bench: how long creating a profile and unlocking take in Chromium, without
// and with 4× CPU throttling (a mid-range tablet), and the longest main-thread task meanwhile
// (the page must stay responsive while the key is derived). Numbers only; nothing fails.
import { PASSPHRASE, baseOf, launch, serve } from './bench-common.mjs';

async function measure(base, throttle) {
	const browser = await launch();
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
	const secret = PASSPHRASE;
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

export async function benchUnlock(root, { port = 0 } = {}) {
	const server = await serve(root, port);
	const base = baseOf(server);
	try {
		return {
			kdf: 'PBKDF2-SHA-256, 600000 iterations',
			runs: [await measure(base, 1), await measure(base, 4)]
		};
	} finally {
		server.close();
	}
}
