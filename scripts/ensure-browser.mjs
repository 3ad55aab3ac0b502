// Makes sure a Chromium exists for Vitest browser mode and Playwright before the tests run.
// On Debian as root (a fresh CI machine, or this project's machines) it installs Debian's
// chromium package, which needs only the Debian mirror; elsewhere Playwright downloads its own.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './browser-path.js';

const path = chromiumPath();
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (path) {
	console.log(`Chromium: ${path}`);
} else if (isRoot && existsSync('/usr/bin/apt-get')) {
	console.log('No Chromium found: installing Debian’s chromium package…');
	execSync('apt-get update -qq', { stdio: 'inherit' });
	execSync('apt-get install -y -qq chromium fonts-dejavu-core', {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
} else {
	console.log('No system Chromium found: installing Playwright’s Chromium…');
	execSync('npx playwright install chromium', { stdio: 'inherit' });
}
