import { chromium, test, type BrowserContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../scripts/browser-path.js';
import { ready } from './app';
import { expect, readStore } from './fixtures';

// A tablet whose browser is killed (battery, OS, crash) while someone types: no pagehide, no
// journal, only what the autosave had already written. Budget: at most 0.5 s of typing lost.
// `scripts/kill-typing.mjs` runs this test many times and prints the milliseconds lost.

/** Time between two keys (keyboard.type's delay): 20 keys a second, a fast typist. */
const PACE_MS = 50;
const BUDGET_MS = 500;
const TEXT =
	'het gaat best goed op school maar thuis is het soms lastig en ik slaap slecht '.repeat(4);

/** The Chromium processes running with this profile (the browser and its helpers). */
function processesOf(userDataDir: string): { pid: number; ppid: number }[] {
	const out = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' });
	return out
		.split('\n')
		.filter((line) => line.includes(`--user-data-dir=${userDataDir}`))
		.map((line) => {
			const [pid, ppid] = line.trim().split(/\s+/);
			return { pid: Number(pid), ppid: Number(ppid) };
		});
}

/** The browser process of this profile (the one whose parent is not one of them). */
function browserPid(userDataDir: string): number {
	const procs = processesOf(userDataDir);
	const pids = new Set(procs.map((p) => p.pid));
	const browser = procs.find((p) => !pids.has(p.ppid));
	if (!browser) throw new Error('no browser process for this profile');
	return browser.pid;
}

function launch(userDataDir: string, baseURL: string): Promise<BrowserContext> {
	return chromium.launchPersistentContext(userDataDir, {
		executablePath: chromiumPath(),
		args: chromiumArgs,
		baseURL,
		locale: 'nl-NL',
		viewport: { width: 1024, height: 768 },
		hasTouch: true
	});
}

function watchConsole(page: Page, errors: string[]) {
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (err) => errors.push(err.message));
}

test('a browser killed while someone types keeps all but the last half second', async ({
	baseURL
}, testInfo) => {
	const userDataDir = mkdtempSync(join(tmpdir(), 'kansencirkel-kill-'));
	const errors: string[] = [];
	try {
		let context = await launch(userDataDir, baseURL!);
		let page = context.pages()[0] ?? (await context.newPage());
		watchConsole(page, errors);
		await page.goto('/nieuw/');
		await ready(page);
		await page.getByLabel('Zelfreflectie').check();
		await page.getByLabel('Titel').fill('Doortypen');
		await page.getByLabel('Voornaam of bijnaam').fill('Noor');
		await page.getByRole('button', { name: 'Start het gesprek' }).click();
		await expect(page.getByText('Element 1 van 8')).toBeVisible();
		const url = page.url();

		// Looked up before typing, so the kill follows the last key at once.
		const pid = browserPid(userDataDir);
		// Type steadily, then kill the browser somewhere between 3 and 6 seconds in.
		const killAt = 60 + Math.floor(Math.random() * 60);
		// The note opens when tapped, and the typing goes into it.
		await page.getByRole('button', { name: 'Zorgen', exact: true }).click();
		const typedAt: number[] = [];
		for (const ch of TEXT.slice(0, killAt)) {
			await page.keyboard.type(ch, { delay: PACE_MS });
			typedAt.push(Date.now());
		}
		process.kill(pid, 'SIGKILL');
		const killedAt = Date.now();
		await context.close().catch(() => {});

		// Open the same profile again, as after a restart.
		context = await launch(userDataDir, baseURL!);
		page = context.pages()[0] ?? (await context.newPage());
		watchConsole(page, errors);
		await page.goto(url);
		await ready(page);
		// A note with text is shown open; an empty one (nothing survived) is its button again.
		const field = page.getByLabel('Zorgen');
		const closed = page.getByRole('button', { name: 'Zorgen', exact: true });
		await expect(field.or(closed)).toBeVisible();
		const shown = (await closed.isVisible()) ? '' : await field.inputValue();
		const stored = (await readStore<{ worries: string }>(page, 'answers'))[0]?.worries ?? '';
		await context.close();

		const typed = TEXT.slice(0, killAt);
		expect(typed.startsWith(stored), 'what is stored is what was typed').toBe(true);
		expect(shown).toBe(stored);
		const lostChars = typed.length - stored.length;
		// The ms of typing lost: from the last key that survived to the kill.
		const lostMs = killedAt - (stored.length === 0 ? typedAt[0]! : typedAt[stored.length - 1]!);
		testInfo.annotations.push({ type: 'lost', description: `${lostChars} keys, ${lostMs} ms` });
		if (process.env.KILL_TYPING_OUT) {
			mkdirSync(process.env.KILL_TYPING_OUT, { recursive: true });
			writeFileSync(
				join(process.env.KILL_TYPING_OUT, `run-${testInfo.repeatEachIndex}.json`),
				JSON.stringify({ typed: typed.length, lostChars, lostMs })
			);
		}
		// At this pace the budget is ten keys.
		expect(lostChars, `${lostChars} keys (${lostMs} ms) of typing lost`).toBeLessThanOrEqual(
			Math.floor(BUDGET_MS / PACE_MS)
		);
		expect(errors, 'console errors').toEqual([]);
	} finally {
		rmSync(userDataDir, { recursive: true, force: true });
	}
});
