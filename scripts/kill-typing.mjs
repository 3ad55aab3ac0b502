// Kills the browser mid-typing many times (e2e/kill-typing.e2e.ts) and prints the milliseconds
// of typing lost per run, the median and the worst. Needs a production build (`npx vite build`).
// Usage: node scripts/kill-typing.mjs [runs=10]   (E2E_PORT picks the preview port, as for e2e)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 10);
const out = mkdtempSync(join(tmpdir(), 'kill-typing-'));
const result = spawnSync(
	'npx',
	[
		'playwright',
		'test',
		'e2e/kill-typing.e2e.ts',
		`--repeat-each=${runs}`,
		'--workers=1',
		'--reporter=line'
	],
	{ stdio: 'inherit', env: { ...process.env, KILL_TYPING_OUT: out } }
);
const lost = readdirSync(out)
	.map((f) => JSON.parse(readFileSync(join(out, f), 'utf8')))
	.sort((a, b) => a.lostMs - b.lostMs);
rmSync(out, { recursive: true, force: true });
if (lost.length === 0) {
	console.error('no run finished');
	process.exit(1);
}
for (const [i, r] of lost.entries())
	console.log(`run ${i + 1}: ${r.lostMs} ms lost (${r.lostChars} of ${r.typed} keys)`);
const ms = lost.map((r) => r.lostMs);
const median =
	ms.length % 2 ? ms[(ms.length - 1) / 2] : (ms[ms.length / 2 - 1] + ms[ms.length / 2]) / 2;
console.log(`${ms.length} runs: median ${median} ms, worst ${ms.at(-1)} ms of typing lost`);
process.exit(result.status ?? 1);
