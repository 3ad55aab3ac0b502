// Part of npm run bench (or alone: node scripts/bench-import.mjs [build folder]): the longest
// main-thread task while a big file is imported in Settings (issue 11, item 8; the budget is
// 200 ms). Three files: 25 MiB (refused from its size), a hostile 24 MB one (read, parsed and
// refused in the worker) and a valid backup of 50,000 answers (read, previewed, restored).
// Each run is a fresh browser; median and worst over the runs, without and with 4× CPU
// throttling (a mid-range tablet). Numbers only; nothing fails.
//   KANSENCIRKEL_BENCH_RUNS=5 KANSENCIRKEL_BENCH_THROTTLES=1 node scripts/bench-import.mjs build-bench
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ELEMENTS, PASSPHRASE, baseOf, launch, median, serve } from './bench-common.mjs';

const fixture = () =>
	JSON.parse(
		readFileSync(new URL('../tests/fixtures/backup/v1-all.json', import.meta.url), 'utf8')
	);

/** A valid plain backup with exactly `count` answers: conversations of 12 people × 8 elements. */
function manyAnswers(count) {
	const conversations = [];
	const answers = [];
	let n = 0;
	for (let c = 0; answers.length < count; c++) {
		const id = `00000000-0000-4000-8000-${String(c).padStart(12, '0')}`;
		const participants = Array.from({ length: 12 }, (_, p) => ({
			id: `00000000-0000-4000-9000-${String(c * 100 + p).padStart(12, '0')}`,
			name: `Persoon ${p + 1}`,
			role: 'parent'
		}));
		conversations.push({
			id,
			kind: 'family',
			title: `Gezin ${c + 1}`,
			mode: 'open',
			participants,
			revealed: [],
			createdAt: Date.UTC(2026, 10, 1),
			updatedAt: Date.UTC(2026, 10, 1) + c
		});
		for (const p of participants) {
			for (const elementId of ELEMENTS) {
				if (answers.length === count) break;
				answers.push({
					conversationId: id,
					participantId: p.id,
					elementId,
					score: (n++ % 10) + 1,
					strengths: 'Gaat goed',
					worries: '',
					wishes: '',
					wantsToTalk: false,
					updatedAt: Date.UTC(2026, 10, 2)
				});
			}
		}
	}
	const file = fixture();
	return {
		text: JSON.stringify({
			...file,
			payload: { encoding: 'plain', data: { conversations, answers, plans: [] } }
		}),
		conversations: conversations.length
	};
}

function files(dir) {
	const hostile = fixture();
	hostile.payload.data.answers[0].worries = 'ë'.repeat(12_000_000);
	const valid = manyAnswers(50_000);
	const write = (name, content) => {
		const path = join(dir, name);
		writeFileSync(path, content);
		return path;
	};
	return {
		size25MiB: write('groot.json', Buffer.alloc(25 * 1024 * 1024, 0x5b)),
		hostile24MB: write('vijandig.json', JSON.stringify(hostile)),
		valid50000: write('groot-en-goed.json', valid.text),
		conversations: valid.conversations
	};
}

/** The most thread time (ms) one task of a renderer's main thread took in a Chrome trace. */
function longestCpu(events) {
	const main = new Set(
		events
			.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
			.map((e) => `${e.pid}:${e.tid}`)
	);
	let most = 0;
	for (const e of events) {
		if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask') continue;
		if (main.has(`${e.pid}:${e.tid}`)) most = Math.max(most, e.tdur ?? 0);
	}
	return Math.round(most / 1000);
}

async function run(base, throttle, paths) {
	const browser = await launch();
	try {
		const page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1024, height: 768 } });
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
		await page.addInitScript(() => {
			window.__longest = 0;
			new PerformanceObserver((list) => {
				for (const e of list.getEntries())
					window.__longest = Math.max(window.__longest, e.duration);
			}).observe({ type: 'longtask', buffered: true });
		});
		await page.goto(`${base}/`);
		await page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await page.getByLabel('Naam van het profiel').fill('Coach');
		await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSPHRASE);
		await page.getByLabel('Herhaal het wachtwoord').fill(PASSPHRASE);
		await page.getByRole('button', { name: 'Maak het profiel' }).click();
		await page.getByRole('link', { name: 'Instellingen' }).click();
		await page.getByRole('heading', { name: 'Instellingen', level: 1 }).waitFor();
		const restore = page.getByRole('region', { name: 'Back-up terugzetten' });
		const input = page.getByLabel('Kies een back-upbestand');

		/**
		 * While `step` goes on: the longest task as the page sees it (wall clock, so a busy
		 * machine that leaves the page's thread waiting makes it longer), the most CPU time one
		 * task of the page's main thread took (from a Chrome trace: what the app's own work
		 * costs, whatever else the machine does), and the time taken.
		 */
		const measure = async (step) => {
			await page.evaluate(() => (window.__longest = 0));
			await browser.startTracing(page, { categories: ['toplevel'] });
			const start = Date.now();
			await step();
			const ms = Date.now() - start;
			const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
			const longest = Math.round(await page.evaluate(() => window.__longest));
			return { longest, cpu: longestCpu(trace.traceEvents ?? trace), ms };
		};
		const out = {};
		out.size25MiB = await measure(async () => {
			await input.setInputFiles(paths.size25MiB);
			await restore.getByRole('alert').filter({ hasText: 'hooguit 25 MB' }).waitFor();
		});
		out.hostile24MB = await measure(async () => {
			await input.setInputFiles(paths.hostile24MB);
			await restore.getByRole('alert').filter({ hasText: 'gegevens die niet kloppen' }).waitFor();
		});
		out.valid50000 = await measure(async () => {
			await input.setInputFiles(paths.valid50000);
			await restore.getByRole('button', { name: 'Terugzetten' }).click({ timeout: 0 });
			await restore
				.getByText(`${paths.conversations} gesprekken toegevoegd.`)
				.waitFor({ timeout: 0 });
		});
		return out;
	} finally {
		await browser.close();
	}
}

export async function benchImport(
	root,
	{ runs = Number(process.env.KANSENCIRKEL_BENCH_RUNS ?? 3), port = 0 } = {}
) {
	const dir = mkdtempSync(join(tmpdir(), 'kansencirkel-bench-import-'));
	const server = await serve(root, port);
	const base = baseOf(server);
	try {
		const paths = files(dir);
		const out = { budgetMs: 200, runs, results: [] };
		const throttles = (process.env.KANSENCIRKEL_BENCH_THROTTLES ?? '1,4').split(',').map(Number);
		for (const throttle of throttles) {
			const all = [];
			// The wall clock counts the time the page's thread waits for a CPU: note how busy.
			const load = [loadavg()[0]];
			for (let i = 0; i < runs; i++) all.push(await run(base, throttle, paths));
			load.push(loadavg()[0]);
			const summary = {
				cpuThrottle: throttle,
				machine: { cpus: cpus().length, loadAverage: load.map((l) => Math.round(l * 10) / 10) }
			};
			const stats = (xs) => ({ median: Math.round(median(xs)), worst: Math.max(...xs), runs: xs });
			for (const name of ['size25MiB', 'hostile24MB', 'valid50000']) {
				summary[name] = {
					longestTaskMs: stats(all.map((r) => r[name].longest)),
					longestTaskCpuMs: stats(all.map((r) => r[name].cpu)),
					durationMs: Math.round(median(all.map((r) => r[name].ms)))
				};
			}
			out.results.push(summary);
		}
		return out;
	} finally {
		server.close();
		rmSync(dir, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const root = resolve(process.argv[2] ?? 'build');
	console.log(JSON.stringify(await benchImport(root), null, 2));
}
