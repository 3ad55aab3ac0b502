// One place that decides which Chromium the tests drive: CHROMIUM_PATH, then Debian's
// /usr/bin/chromium, else undefined so Playwright uses its own downloaded browser.
import { existsSync } from 'node:fs';

export function chromiumPath() {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	return undefined;
}

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
