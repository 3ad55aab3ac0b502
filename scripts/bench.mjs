// npm run bench: builds the app and prints, as JSON, what each page costs a cheap tablet
// on first load: the JS and CSS its HTML asks for (SvelteKit lists every module a page
// needs as modulepreload), raw and gzipped; unlocking (bench-unlock.mjs) and importing a big
// backup (bench-import.mjs). Numbers only: nothing here passes or fails.
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

import { benchFeel } from './bench-feel.mjs';
import { benchImport } from './bench-import.mjs';
import { benchUnlock } from './bench-unlock.mjs';

// Its own output folder, so benchmarking never disturbs a build that tests are serving.
const BUILD = 'build-bench';
// The floor of the same stack (bench/floor: one prerendered page, heading, button, textarea).
const FLOOR = 'build-bench-floor';
if (!process.argv.includes('--no-build')) {
	execSync('npx vite build', { stdio: 'ignore', env: { ...process.env, KANSENCIRKEL_OUT: BUILD } });
	execSync('npx vite build', {
		stdio: 'ignore',
		cwd: 'bench/floor',
		env: { ...process.env, FLOOR_OUT: join(process.cwd(), FLOOR) }
	});
}
const started = Date.now();
const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const runs = runsArg ? Number(runsArg.slice(7)) : 5;

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

function precache() {
	const sw = readFileSync(join(BUILD, 'service-worker.js'), 'utf8');
	const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);
	const bytes = urls.reduce((sum, u) => {
		const file = join(BUILD, u.endsWith('/') || u === '' ? `${u}index.html` : u);
		return sum + statSync(file).size;
	}, 0);
	return { urls: urls.length, bytes };
}

const log = (line) => console.error(line);
// Taps, typing and 500 conversations are not yet proven end to end: only with --all.
const all = process.argv.includes('--all');
const feel = await benchFeel(join(process.cwd(), BUILD), join(process.cwd(), FLOOR), {
	runs,
	log,
	coldOnly: !all
});
const cache = precache();
const buildBytes = dirSize(BUILD);
log(`start JS (gzip -9): app ${feel.startJsGzipKB} KB, floor ${feel.floorJsGzipKB} KB`);
log(
	`cold LCP (median of ${runs}): app ${feel.coldLcpMs} ms, floor ${feel.coldLcpFloorMs} ms, ratio ${feel.coldLcpRatio}`
);
log(`precache ${Math.round(cache.bytes / 1024)} KB, build ${Math.round(buildBytes / 1024)} KB`);
if (all)
	log(
		`score tap p95: app ${feel.scoreTapP95Ms} ms, floor ${feel.scoreTapFloorP95Ms} ms, ratio ${feel.scoreTapRatio}`
	);
if (all)
	log(
		`typing p95: app ${feel.typingP95Ms} ms, floor ${feel.typingFloorP95Ms} ms, ratio ${feel.typingRatio}`
	);
if (all) log(`warm offline / cold LCP: ${feel.warmOfflineRatio}`);
if (all)
	log(`500 conversations: home ×${feel.homeWith500Ratio}, unlock ×${feel.unlockWith500Ratio}`);

console.log(
	JSON.stringify(
		{
			...feel,
			precacheKB: Math.round((cache.bytes / 1024) * 10) / 10,
			buildKB: Math.round((buildBytes / 1024) * 10) / 10,
			missing: [
				...(all
					? ['warmOfflineRatio']
					: ['scoreTap*', 'typing*', 'warmOfflineRatio', 'homeWith500Ratio', 'unlockWith500Ratio']),
				'planPdfFirstMs',
				'planPdfRepeatMs'
			],
			precache: cache,
			home: pageCost('index.html'),
			newConversation: pageCost('nieuw/index.html'),
			walkThrough: pageCost('gesprek/index.html'),
			overview: pageCost('gesprek/overzicht/index.html'),
			buildBytes: dirSize(BUILD),
			unlock: await benchUnlock(join(process.cwd(), BUILD)),
			import: await benchImport(join(process.cwd(), BUILD)),
			benchSeconds: Math.round((Date.now() - started) / 1000)
		},
		null,
		2
	)
);
