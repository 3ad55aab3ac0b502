// Makes sure a Chromium exists for Vitest browser mode and Playwright before the tests run.
// On Debian CI, .ci/run installs the chromium package; elsewhere Playwright downloads its own.
import { execSync } from 'node:child_process';
import { chromiumPath } from './browser-path.js';

const path = chromiumPath();
if (path) {
	console.log(`Chromium: ${path}`);
} else {
	console.log('No system Chromium found: installing Playwright’s Chromium…');
	execSync('npx playwright install chromium', { stdio: 'inherit' });
}
