// npm run bench (issue 15, "Fast on a cheap tablet"): builds the app and a bare floor page of
// the same stack (bench/floor), then measures what people feel on a cheap tablet, app and floor
// interleaved in one run (scripts/bench-feel.mjs), the precache and build sizes, what each
// page's HTML asks for, unlocking (bench-unlock.mjs), Lighthouse (bench-lighthouse.mjs), reading
// class cards (bench-cards.mjs) and, with --import, big imports (bench-import.mjs). Readable
// lines go to stderr, one JSON object to stdout. Numbers only: nothing here passes or fails.
// docs/performance.md explains them.
//   npm run bench                       everything, after building both
//   npm run bench -- --no-build         measure the builds that are there
//   npm run bench -- --quick            fewer runs (3 cold, 1 of the rest), no Lighthouse
//   npm run bench -- --runs=7 --no-lighthouse --import
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

import { THROTTLE, VIEWPORT } from './bench-common.mjs';
import { benchCards, cardLines } from './bench-cards.mjs';
import { benchFeel } from './bench-feel.mjs';
import { benchImport } from './bench-import.mjs';
import { benchLighthouse } from './bench-lighthouse.mjs';
import { benchUnlock } from './bench-unlock.mjs';
import { chromiumPath } from './browser-path.js';

const args = process.argv.slice(2);
const has = (flag) => args.includes(flag);
const num = (name, fallback) => {
	const a = args.find((x) => x.startsWith(`--${name}=`));
	return a ? Number(a.slice(name.length + 3)) : fallback;
};
const quick = has('--quick');
const counts = {
	runs: num('runs', quick ? 3 : 5),
	inputRuns: num('input-runs', quick ? 1 : 2),
	with500Runs: num('with500-runs', quick ? 1 : 2),
	pdfRuns: num('pdf-runs', quick ? 1 : 3)
};
// The ports this bench serves on (app, floor, unlock, Lighthouse, import); 0 picks free ones.
const PORT = Number(process.env.KANSENCIRKEL_BENCH_PORT ?? 4321);
const port = (i) => (PORT ? PORT + i : 0);

const log = (line) => console.error(line);
const started = Date.now();
const since = () => `${Math.round((Date.now() - started) / 1000)} s`;

// Its own output folders, so benchmarking never disturbs a build that tests are serving.
const BUILD = join(process.cwd(), 'build-bench');
const FLOOR = join(process.cwd(), 'build-bench-floor');
if (!has('--no-build')) {
	log('building the app (build-bench/) and the floor (build-bench-floor/)…');
	execSync('npx vite build', { stdio: 'ignore', env: { ...process.env, KANSENCIRKEL_OUT: BUILD } });
	execSync('npx vite build', {
		stdio: 'ignore',
		cwd: 'bench/floor',
		env: { ...process.env, FLOOR_OUT: FLOOR }
	});
	log(`built (${since()})`);
}

/** What a page's HTML asks for (SvelteKit lists every module a page needs as modulepreload). */
function pageCost(page) {
	const html = readFileSync(join(BUILD, page), 'utf8');
	const base = posix.dirname(`/${page}`);
	const refs = new Set();
	for (const m of html.matchAll(/(?:href|src)="([^"]+\.(?:js|css))"/g)) refs.add(m[1]);
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) refs.add(m[1]);
	const cost = { files: 0, jsBytes: 0, jsGzipBytes: 0, cssBytes: 0, cssGzipBytes: 0 };
	for (const ref of refs) {
		const buf = readFileSync(join(BUILD, posix.resolve(base, ref)));
		const kind = ref.endsWith('.js') ? 'js' : 'css';
		cost.files += 1;
		cost[`${kind}Bytes`] += buf.length;
		cost[`${kind}GzipBytes`] += gzipSync(buf).length;
	}
	return cost;
}

function dirSize(dir) {
	return readdirSync(dir).reduce((sum, name) => {
		const p = join(dir, name);
		const s = statSync(p);
		return sum + (s.isDirectory() ? dirSize(p) : s.size);
	}, 0);
}

/** The service worker's precache list (injected by Workbox), counted and summed from disk. */
function precache() {
	const sw = readFileSync(join(BUILD, 'service-worker.js'), 'utf8');
	const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);
	let bytes = 0;
	let gzipBytes = 0;
	for (const u of urls) {
		const buf = readFileSync(join(BUILD, u.endsWith('/') || u === '' ? `${u}index.html` : u));
		bytes += buf.length;
		gzipBytes += gzipSync(buf).length;
	}
	return { urls: urls.length, bytes, gzipBytes };
}

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const chromiumVersion = (() => {
	try {
		return execSync(`${chromiumPath() ?? 'chromium'} --version`, {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		}).trim();
	} catch {
		return 'Playwright Chromium';
	}
})();
const machine = {
	cpus: cpus().length,
	cpu: cpus()[0]?.model,
	memoryGiB: Math.round(totalmem() / 2 ** 30),
	node: process.version,
	chromium: chromiumVersion,
	loadAverageBefore: Math.round(loadavg()[0] * 10) / 10
};
log(
	`${machine.cpus} CPUs (${machine.cpu}), load ${machine.loadAverageBefore}; ${machine.chromium}; ` +
		`CPU throttling ${THROTTLE}×, viewport ${VIEWPORT.width}×${VIEWPORT.height}; ` +
		`runs: ${counts.runs} cold/warm, ${counts.inputRuns} input, ${counts.with500Runs} with 500, ${counts.pdfRuns} PDF`
);

const feel = await benchFeel(BUILD, FLOOR, { ...counts, ports: [port(0), port(1)], log });
const cache = precache();
const buildBytes = dirSize(BUILD);
const ms = (x) => (x == null ? '–' : `${x} ms`);
const lines = [
	`start JS before interactive (gzip -9): app ${feel.startJsGzipKB} KB in ${feel.startJsFiles} files, floor ${feel.floorJsGzipKB} KB`,
	`start JS until settled (gzip -9): app ${feel.startJsAllGzipKB} KB in ${feel.startJsAllFiles} files, floor ${feel.floorJsAllGzipKB} KB`,
	`cold LCP (median of ${feel.runs}): app ${ms(feel.coldLcpMs)}, floor ${ms(feel.coldLcpFloorMs)}, ratio ${feel.coldLcpRatio}`,
	`cold settled: app ${ms(feel.coldSettledMs)}, floor ${ms(feel.coldSettledFloorMs)}, ratio ${feel.coldSettledRatio}`,
	`warm offline LCP (service worker, no network, median of ${feel.warmRuns}): ${ms(feel.warmOfflineLcpMs)}, over cold ${feel.warmOfflineRatio} (settled ${feel.warmOfflineSettledRatio})`,
	`score tap p50/p95 (${feel.taps} taps): app ${feel.scoreTapP50Ms}/${feel.scoreTapP95Ms} ms, floor ${feel.scoreTapFloorP50Ms}/${feel.scoreTapFloorP95Ms} ms, p95 ratio ${feel.scoreTapRatio}`,
	`typing p95 (${feel.typedCharacters} characters): app ${ms(feel.typingP95Ms)}, floor ${ms(feel.typingFloorP95Ms)}, ratio ${feel.typingRatio}`,
	`home with 500 vs none: ${ms(feel.homeWith500Ms)} vs ${ms(feel.homeEmptyMs)}, ratio ${feel.homeWith500Ratio}`,
	`unlock with 500 vs none: ${ms(feel.unlockWith500Ms)} vs ${ms(feel.unlockEmptyMs)}, ratio ${feel.unlockWith500Ratio}`,
	`plan PDF (median of ${feel.pdfRuns}): first ${ms(feel.planPdfFirstMs)}, second ${ms(feel.planPdfRepeatMs)}`,
	`precache ${cache.urls} URLs, ${kb(cache.bytes)} KB (${kb(cache.gzipBytes)} KB gzip); build ${kb(buildBytes)} KB`
];
for (const line of lines) log(line);
log(`(${since()})`);

const unlock = await benchUnlock(BUILD, { port: port(2) });
log(`profile and unlock: ${JSON.stringify(unlock.runs)} (${since()})`);
let lighthouse = null;
if (!quick && !has('--no-lighthouse')) {
	try {
		lighthouse = await benchLighthouse(BUILD, { port: port(3), log });
	} catch (e) {
		feel.errors.push(`lighthouse: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
		log(`FAILED lighthouse: ${e}`);
	}
}
const bigImport = has('--import') ? await benchImport(BUILD, { port: port(4) }) : undefined;
let cards = null;
try {
	cards = await benchCards({ frames: quick ? 20 : 30, port: port(5), log });
	for (const line of cardLines(cards)) log(line);
} catch (e) {
	feel.errors.push(`cards: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
	log(`FAILED cards: ${e}`);
}
machine.loadAverageAfter = Math.round(loadavg()[0] * 10) / 10;

const { errors, ...figures } = feel;
console.log(
	JSON.stringify(
		{
			date: new Date().toISOString(),
			machine,
			cpuThrottle: THROTTLE,
			viewport: VIEWPORT,
			...figures,
			precacheKB: kb(cache.bytes),
			precacheGzipKB: kb(cache.gzipBytes),
			precacheUrls: cache.urls,
			buildKB: kb(buildBytes),
			lighthouse,
			pages: {
				home: pageCost('index.html'),
				newConversation: pageCost('nieuw/index.html'),
				walkThrough: pageCost('gesprek/index.html'),
				overview: pageCost('gesprek/overzicht/index.html')
			},
			unlock,
			import: bigImport,
			...cards,
			errors,
			benchSeconds: Math.round((Date.now() - started) / 1000)
		},
		null,
		2
	)
);
